#!/usr/bin/env bash
# Measures what the terminal app costs on the wire and on the CPU, and runs the render/core benchmarks.
# Prints figures; asserts nothing beyond sanity (the app started, the sim answered). Runs in about 3-5 minutes.
#
#   scripts/bench-terminal.sh                 # all four parts
#   PARTS="idle row" scripts/bench-terminal.sh
#   IDLE_SECONDS=20 CPU_SECONDS=30 CPU_POLL=5 CONFIG=debug scripts/bench-terminal.sh
#   SKIP_BUILD=1 ...                          # use the binary already built
#
# (a) idle:  bytes the app writes to its terminal over IDLE_SECONDS of 1 s polls that change nothing, counted with
#            tmux pipe-pane -o (everything the program writes to the pane), after the first full frame has settled.
# (b) row:   bytes for one new attempt row: one API call through the simulator from an address no rule covers
#            (sim --trust-forwarded-for, X-Forwarded-For: 192.0.2.44) is recorded as a blocked attempt; the next
#            poll shows it. Compared with the number of screen cells (character or style) that changed.
# (c) cpu:   utime+stime of the app process from /proc/PID/stat over CPU_SECONDS at a 5 s poll.
# (d) bench: swift run -c release sgaccess-bench (state->grid at 1000+1000 and 100 000 rules, filter keystroke, core).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PARTS=${PARTS:-"idle row cpu bench"}
IDLE_SECONDS=${IDLE_SECONDS:-20}
CPU_SECONDS=${CPU_SECONDS:-30}
CPU_POLL=${CPU_POLL:-5}
CONFIG=${CONFIG:-debug}    # CONFIG=release measures the CPU of an optimised build (its first build takes long)
COLS=${COLS:-120}
ROWS=${ROWS:-40}
SOCKET="sgaccess-bench-$$"
WORK=$(mktemp -d /tmp/sgaccess-bench.XXXXXX)
KEY=$(grep -o 'demoAPIKey = "[^"]*"' Sources/SendGridSimulator/Configuration/SimulatorConfiguration.swift | cut -d'"' -f2)
SIM_PID=""

say() { printf '%s\n' "$*"; }
LAUNCH=0
tm() { tmux -L "$SOCKET-$LAUNCH" "$@"; }
cleanup() {
    local i; for ((i = 0; i <= LAUNCH; i++)); do tmux -L "$SOCKET-$i" kill-server 2>/dev/null || true; done
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
    [ -n "$SIM_PID" ] && wait "$SIM_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v tmux >/dev/null || { say "tmux missing: apt-get install tmux"; exit 1; }
command -v curl >/dev/null || { say "curl missing: apt-get install curl"; exit 1; }

say "== machine"
say "  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
say "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say "  $(swift --version 2>/dev/null | head -1)"

if [[ " $PARTS " =~ " idle "|" row "|" cpu " ]]; then
    say "== building sgaccess ($CONFIG; the bytes do not depend on the build, the CPU figure does)"
    [ -n "${SKIP_BUILD:-}" ] || swift build -c "$CONFIG" $([ "$CONFIG" = release ] && echo --static-swift-stdlib) --product sgaccess 2>&1 | grep -E "error:" || true
    BIN="$(swift build -c "$CONFIG" --product sgaccess --show-bin-path)/sgaccess"
    [ -x "$BIN" ] || { say "build failed"; exit 1; }

    # A simulator without traffic that trusts X-Forwarded-For (so part b can appear to call from elsewhere).
    SENDGRID_API_KEY="$KEY" "$BIN" sim --port 0 --seed demo --trust-forwarded-for >"$WORK/sim.out" 2>"$WORK/sim.err" &
    SIM_PID=$!
    for _ in $(seq 100); do grep -q "listening on" "$WORK/sim.out" && break; sleep 0.1; done
    URL=$(sed -n 's/^listening on //p' "$WORK/sim.out")
    PORT=${URL##*:}
    [ -n "$URL" ] || { say "simulator did not start:"; cat "$WORK/sim.err"; exit 1; }
    say "  simulator at $URL (seed demo, no traffic, pid $SIM_PID)"
fi

wait_for() {  # wait_for TEXT SECONDS
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        tm capture-pane -p -t bench 2>/dev/null | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    say "  timed out waiting for '$1'; the pane shows:"; tm capture-pane -p -t bench || true
    exit 1
}

launch() {  # launch POLL_SECONDS: the app in a fresh tmux server and pane, its output piped to $WORK/pane.bytes
    tm kill-server 2>/dev/null || true
    LAUNCH=$((LAUNCH + 1))  # a new server each time: reusing a socket right after kill-server races its shutdown
    : >"$WORK/pane.bytes"
    tm -f /dev/null new-session -d -s bench -x "$COLS" -y "$ROWS" \
        "exec env TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=$WORK/state SENDGRID_API_KEY=$KEY \
         $BIN tui --base-url $URL --my-ip 203.0.113.10 --poll-interval $1"
    tm set-option -t bench status off >/dev/null
    tm pipe-pane -o -t bench "cat >> $WORK/pane.bytes"
    APP_PID=$(tm display-message -p -t bench '#{pane_pid}')
    wait_for "203.0.113.0/24" 20
}

bytes() { stat -c %s "$WORK/pane.bytes"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Bytes the app has sent and received on its open connections to the simulator (from ss -ti), "sent received".
net_bytes() {
    ss -tinH state established "( dport = :$PORT )" 2>/dev/null | awk '
        { for (i = 1; i <= NF; i++) { if ($i ~ /^bytes_sent:/) { split($i, a, ":"); s += a[2] }
                                      if ($i ~ /^bytes_received:/) { split($i, b, ":"); r += b[2] } } }
        END { print s + 0, r + 0 }'
}

# Cells (character or SGR style) that differ between two `capture-pane -p -e` captures.
changed_cells() {
    python3 - "$1" "$2" <<'PY'
import re, sys, unicodedata
def cells(path):
    grid, sgr = [], ""
    for line in open(path, encoding="utf-8", errors="replace").read().split("\n"):
        row = []
        for m in re.finditer(r"\x1b\[([0-9;:]*)m|(.)", line):
            if m.group(1) is not None:
                sgr = "" if m.group(1) in ("", "0") else sgr + ";" + m.group(1)
                continue
            ch = m.group(2)
            row.append((ch, sgr))
            if unicodedata.east_asian_width(ch) in ("W", "F"): row.append(("", sgr))
        grid.append(row)
    return grid
a, b = cells(sys.argv[1]), cells(sys.argv[2])
n = 0
for y in range(max(len(a), len(b))):
    ra = a[y] if y < len(a) else []; rb = b[y] if y < len(b) else []
    for x in range(max(len(ra), len(rb))):
        ca = ra[x] if x < len(ra) else (" ", ""); cb = rb[x] if x < len(rb) else (" ", "")
        if ca[0] == " " and cb[0] == " " and not ca[1] and not cb[1]: continue
        if ca != cb: n += 1
print(n)
PY
}

if [[ " $PARTS " =~ " idle " ]]; then
    say "== (a) idle: bytes written to the terminal, 1 s polls that change nothing, ${COLS}x${ROWS}"
    launch 1
    sleep 3  # first full frame plus the first polls (the app's own request updates its own attempt row)
    b0=$(bytes); read -r ns0 nr0 < <(net_bytes)
    tm capture-pane -p -t bench >"$WORK/idle-before.txt"
    say "  first frame and settling: $b0 bytes"
    sleep "$IDLE_SECONDS"
    b1=$(bytes); read -r ns1 nr1 < <(net_bytes)
    tm capture-pane -p -t bench >"$WORK/idle-after.txt"
    say "  written over ${IDLE_SECONDS} s of idle polls: $((b1 - b0)) bytes (the header counts 'updated Ns ago' below a minute; nothing else should change)"
    say "  meanwhile on its connections to the simulator (ss -ti): $((ns1 - ns0)) bytes sent, $((nr1 - nr0)) received (it did poll)"
    if ! diff -q "$WORK/idle-before.txt" "$WORK/idle-after.txt" >/dev/null; then
        say "  the screen text changed during the idle period:"; diff "$WORK/idle-before.txt" "$WORK/idle-after.txt" | sed 's/^/    /' | head -20 || true
    fi
fi

if [[ " $PARTS " =~ " row " ]]; then
    say "== (b) one new attempt row (192.0.2.44, blocked), ${COLS}x${ROWS}, 1 s polls"
    [[ " $PARTS " =~ " idle " ]] || { launch 1; sleep 3; }
    tm capture-pane -p -e -t bench >"$WORK/row-before.ansi"
    b0=$(bytes)
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" \
        -H "X-Forwarded-For: 192.0.2.44" "$URL/v3/access_settings/activity?limit=1")
    say "  API call from 192.0.2.44 answered $status (403 = refused and recorded as a blocked attempt)"
    wait_for "192.0.2.44" 10
    sleep 2.5  # two more polls: everything the row causes has been written
    b1=$(bytes)
    tm capture-pane -p -e -t bench >"$WORK/row-after.ansi"
    cells=$(changed_cells "$WORK/row-before.ansi" "$WORK/row-after.ansi")
    ratio=$(python3 -c "print(f'{$((b1 - b0)) / max($cells, 1):.2f}')")
    say "  bytes written: $((b1 - b0)); screen cells changed: $cells; bytes per changed cell: $ratio (target <= ~2)"
fi

if [[ " $PARTS " =~ " cpu " ]]; then
    say "== (c) idle CPU at a ${CPU_POLL} s poll over ${CPU_SECONDS} s, ${COLS}x${ROWS}"
    launch "$CPU_POLL"
    sleep 2
    hz=$(getconf CLK_TCK)
    t0=$(ticks "$APP_PID"); s0=$(ticks "$SIM_PID"); n0=$(date +%s.%N); b0=$(bytes)
    sleep "$CPU_SECONDS"
    t1=$(ticks "$APP_PID"); s1=$(ticks "$SIM_PID"); n1=$(date +%s.%N); b1=$(bytes)
    python3 - "$t0" "$t1" "$s0" "$s1" "$n0" "$n1" "$hz" <<'PY'
import sys
t0, t1, s0, s1 = map(int, sys.argv[1:5]); n0, n1 = float(sys.argv[5]), float(sys.argv[6]); hz = int(sys.argv[7])
wall = n1 - n0
app = (t1 - t0) / hz / wall * 100; sim = (s1 - s0) / hz / wall * 100
print(f"  app: {t1 - t0} ticks of 1/{hz} s in {wall:.1f} s = {app:.2f} % of a core (target < 0.5 %)")
print(f"  simulator (for context): {sim:.2f} % of a core")
PY
    say "  bytes written to the terminal in that time: $((b1 - b0)) (a second idle window)"
    say "  app resident memory: $(awk '/VmRSS/ {print $2, $3}' "/proc/$APP_PID/status")"
fi
tm kill-server 2>/dev/null || true

if [[ " $PARTS " =~ " bench " ]]; then
    say "== (d) swift run -c release sgaccess-bench"
    swift build -c release --static-swift-stdlib --product sgaccess-bench 2>&1 | grep -E "error:" || true
    "$(swift build -c release --product sgaccess-bench --show-bin-path)/sgaccess-bench"
fi
say "== load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
