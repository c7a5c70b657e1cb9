#!/usr/bin/env bash
# Every figure of the "Cost at size" table, at 1000 and 100 000 rules, from one release build, printed as one
# Markdown table (docs/FIGURES.md holds the last run). Prints figures; asserts only that the app started.
#
#   scripts/figures.sh                          # RULES="1000 100000" MEM_MINUTES=10 IDLE_SECONDS=30
#   MEM_MINUTES=2 IDLE_SECONDS=20 SKIP_BUILD=1 scripts/figures.sh     # a quick run
#
# Per rule count, against a local simulator holding that many rules (203.0.113.0/24 first, covering --my-ip):
#   first frame: launch in tmux until the list is on screen, against two `curl --compressed` GETs (list and
#                activity, started together like the app's); the ratio is the figure. The tmux server is started
#                before the clock (an operator's terminal is already up); "harness alone" is the same timing of a
#                program that prints the awaited text at once.
#   at 120x40, then after resizing to 80x24: bytes to the terminal per idle minute (IDLE_SECONDS of the default
#                cadence, scaled), per cursor move (Down), per new attempt row, per resize; each beside the ideal:
#                the screen cells (character or style) that changed.
#   idle CPU:    utime+stime of the app over the rest of the memory window (default cadence: activity every 5 s,
#                list every 60 s).
#   memory:      VmRSS every 30 s from launch over MEM_MINUTES (first, max, last), smaps_rollup at the end.
#   API bytes:   read by the app (/proc/PID/io rchar: its sockets, nothing else reads while idle) per minute over
#                the rest of the memory window, which holds list polls (every 60 s) as well as activity polls.
#   key latency: a second launch polling every 1 s with the list read every 2 s while a rule is added every 2 s
#                (so every list poll is a changed ingest): 60 keys, each measured by the app itself
#                (SGACCESS_KEY_LATENCY_LOG: from handling the key read to the end of drawing its frame).
set -euo pipefail
cd "$(dirname "$0")/.."
RULES=${RULES:-"1000 100000"}
FRAME_ONLY=${FRAME_ONLY:-}   # FRAME_ONLY=1: the first-frame row only
# Launches per first-frame figure (each beside its pair of curls): the simulator's answer time varies by ±30 ms from
# one request to the next, so the median of 3 could land 5 % off either way.
FRAME_ROUNDS=${FRAME_ROUNDS:-9}
MEM_MINUTES=${MEM_MINUTES:-10}
IDLE_SECONDS=${IDLE_SECONDS:-30}
SOCKET="sgaccess-figures-$$"
WORK=$(mktemp -d /tmp/sgaccess-figures.XXXXXX)
KEY=$(grep -o 'demoAPIKey = "[^"]*"' Sources/SendGridSimulator/Configuration/SimulatorConfiguration.swift | cut -d'"' -f2)
SIM_PID=""; LAUNCH=0; ROWS_OUT=()
say() { printf '%s\n' "$*" >&2; }
tm() { tmux -L "$SOCKET-$LAUNCH" "$@"; }
stop_sim() {
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
    [ -n "$SIM_PID" ] && wait "$SIM_PID" 2>/dev/null || true
    SIM_PID=""
}
cleanup() {
    local i; for ((i = 0; i <= LAUNCH; i++)); do tmux -L "$SOCKET-$i" kill-server 2>/dev/null || true; done
    stop_sim; rm -rf "$WORK"
}
trap cleanup EXIT
for tool in tmux curl python3 ss; do command -v $tool >/dev/null || { say "$tool missing"; exit 1; }; done

MACHINE="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr)"
say "== $(date -u '+%Y-%m-%d %H:%M UTC'); $MACHINE; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --static-swift-stdlib --product sgaccess 2>&1 | grep -E "error:" || true
BIN=${BIN:-"$(swift build -c release --product sgaccess --show-bin-path)/sgaccess"}  # BIN=… skips SwiftPM
[ -x "$BIN" ] || { say "build failed"; exit 1; }

state_file() { python3 scripts/sim-state.py "$1" "$2"; }  # state_file N PATH
start_sim() {  # start_sim N: sets URL, PORT
    state_file "$1" "$WORK/state-$1.json"
    SENDGRID_API_KEY="$KEY" "$BIN" sim --port 0 --seed empty --rule-cap $(($1 + 1000)) --state "$WORK/state-$1.json" \
        --trust-forwarded-for >"$WORK/sim.out" 2>"$WORK/sim.err" &
    SIM_PID=$!
    for _ in $(seq 300); do grep -q "listening on" "$WORK/sim.out" && break; sleep 0.1; done
    URL=$(sed -n 's/^listening on //p' "$WORK/sim.out"); PORT=${URL##*:}
    [ -n "$URL" ] || { say "simulator did not start:"; cat "$WORK/sim.err" >&2; exit 1; }
}
now() { date +%s.%N; }
screen() { tm capture-pane -p -e -t fig; }
bytes() { stat -c %s "$WORK/pane.bytes"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
rchar() { awk '/^rchar:/ {print $2}' "/proc/$1/io"; }
wait_for() {  # wait_for TEXT SECONDS
    local i
    for ((i = 0; i < $2 * 100; i++)); do tm capture-pane -p -t fig 2>/dev/null | grep -qF -- "$1" && return 0; sleep 0.01; done
    say "timed out waiting for '$1':"; tm capture-pane -p -t fig >&2 || true; exit 1
}
launch() {  # launch COLS ROWS EXTRA-ENV ARGS...: sets APP_PID, FRAME (seconds from launch to the list on screen)
    local cols=$1 rows=$2 env=$3; shift 3
    LAUNCH=$((LAUNCH + 1)); : >"$WORK/pane.bytes"
    # The terminal is up before the clock starts, as an operator's is: a tmux server holding an idle session.
    tm -f /dev/null new-session -d -s hold -x "$cols" -y "$rows" "exec sleep 86400"
    tm set-option -g status off >/dev/null
    local command="exec env TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=$WORK/xdg \
         SENDGRID_API_KEY=$KEY $env $BIN tui --base-url $URL --my-ip 203.0.113.10 $*"
    # HARNESS_ONLY: a program that prints the awaited text at once, timed the same way: what the harness costs.
    [ -z "${HARNESS_ONLY:-}" ] || command="printf '203.0.113.0/24'; exec sleep 60"
    local t0; t0=$(now)
    tm new-session -d -s fig -x "$cols" -y "$rows" "$command"
    wait_for "203.0.113.0/24" 120
    FRAME=$(python3 -c "print($(now) - $t0)")
    tm pipe-pane -o -t fig "cat >> $WORK/pane.bytes"  # the byte figures below are differences from here on
    APP_PID=$(tm display-message -p -t fig '#{pane_pid}')
}
cells() {  # cells (character or style) that differ between two `capture-pane -p -e` captures
    python3 - "$1" "$2" <<'PY'
import re, sys, unicodedata
def apply(style, params):  # one SGR sequence applied to (attributes, fg, bg): styles compare, not code histories
    attrs, fg, bg = style
    p = [x.split(":")[0] for x in params.split(";")] if params else ["0"]
    i = 0
    while i < len(p):
        c = int(p[i] or 0)
        if c == 0: attrs, fg, bg = frozenset(), None, None
        elif c in (1, 2, 3, 4, 5, 7, 8, 9): attrs = attrs | {c}
        elif c == 22: attrs = attrs - {1, 2}
        elif 23 <= c <= 29: attrs = attrs - {c - 20}
        elif 30 <= c <= 37 or 90 <= c <= 97: fg = str(c)
        elif 40 <= c <= 47 or 100 <= c <= 107: bg = str(c)
        elif c == 39: fg = None
        elif c == 49: bg = None
        elif c in (38, 48):
            n = 3 if i + 1 < len(p) and p[i + 1] == "5" else 5
            if c == 38: fg = ";".join(p[i + 1:i + n])
            else: bg = ";".join(p[i + 1:i + n])
            i += n - 1
        i += 1
    return attrs, fg, bg
def cells(path):
    grid, style = [], (frozenset(), None, None)
    for line in open(path, encoding="utf-8", errors="replace").read().split("\n"):
        row = []
        for m in re.finditer(r"\x1b\[([0-9;:]*)m|(.)", line):
            if m.group(1) is not None:
                style = apply(style, m.group(1))
                continue
            row.append((m.group(2), style))
            if unicodedata.east_asian_width(m.group(2)) in ("W", "F"): row.append(("", style))
        grid.append(row)
    return grid
blank = (" ", (frozenset(), None, None))
a, b = cells(sys.argv[1]), cells(sys.argv[2])
n = 0
for y in range(max(len(a), len(b))):
    ra = a[y] if y < len(a) else []; rb = b[y] if y < len(b) else []
    for x in range(max(len(ra), len(rb))):
        ca = ra[x] if x < len(ra) else blank; cb = rb[x] if x < len(rb) else blank
        if ca != cb: n += 1
print(n)
PY
}
stats() {  # min / median / max of numbers on stdin, in ms
    python3 -c "
import statistics, sys
v = [float(x) for x in sys.stdin.read().split()]
print(f'{min(v):.1f} / {statistics.median(v):.1f} / {max(v):.1f} ms')"
}
# step NAME COMMAND: bytes written and cells changed by COMMAND once the screen settles; "bytes / cells".
step() {
    screen >"$WORK/a"; local b0; b0=$(bytes)
    eval "$2"; sleep 1.5
    screen >"$WORK/b"
    echo "$(($(bytes) - b0)) / $(cells "$WORK/a" "$WORK/b")"
}
idle() {  # bytes to the terminal per minute over IDLE_SECONDS
    local b0; b0=$(bytes); sleep "$IDLE_SECONDS"
    echo "$((($(bytes) - b0) * 60 / IDLE_SECONDS))"
}
curls() {  # two compressed GETs started together, like the app's first requests: seconds
    local t0; t0=$(now)
    curl -s --compressed -o /dev/null -H "Authorization: Bearer $KEY" "$URL/v3/access_settings/whitelist" & local p1=$!
    curl -s --compressed -o /dev/null -H "Authorization: Bearer $KEY" "$URL/v3/access_settings/activity?limit=1000" &
    wait "$p1" $! || true
    python3 -c "print($(now) - $t0)"
}
sample_memory() {  # in the background: VmRSS in kB every 30 s into $WORK/rss
    : >"$WORK/rss"
    while kill -0 "$1" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$1/status" >>"$WORK/rss" 2>/dev/null; sleep 30; done
}
add_rules() {  # in the background: one new rule every 2 s
    local i=0
    while :; do
        i=$((i + 1))
        curl -s -o /dev/null -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
            -d "{\"ips\":[{\"ip\":\"198.18.$((i / 256 % 256)).$((i % 256))\"}]}" "$URL/v3/access_settings/whitelist"
        sleep 2
    done
}
key_latency() {  # 60 keys (Down, Up, …) 0.2–0.5 s apart, timed by the app; the app is quit: "min / median / max"
    local i k
    for ((i = 0; i < 60; i++)); do
        k=Down; ((i % 2)) && k=Up
        tm send-keys -t fig "$k"; sleep 0.$((RANDOM % 4 + 2))
    done
    tm send-keys -t fig q
    for ((i = 0; i < 500; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.02; done
    printf '%s keys, ' "$(wc -l <"$WORK/keys.log")"; stats <"$WORK/keys.log"
}
row_from() {  # one API call from $1, which no rule covers: a blocked attempt row on the next poll
    curl -s -o /dev/null -H "Authorization: Bearer $KEY" -H "X-Forwarded-For: $1" "$URL/v3/access_settings/activity?limit=1"
    wait_for "$1" 15
}

for n in $RULES; do
    say "== $n rules"; start_sim "$n"
    # First frames beside the curls, interleaved so that both see the same load: the median of FRAME_ROUNDS each.
    frames=(); cs=()
    for ((round = 0; round < FRAME_ROUNDS; round++)); do
        cs+=("$(curls)"); launch 120 40 "" --poll-interval 5; frames+=("$FRAME"); tm kill-server 2>/dev/null || true
    done
    ratio=$(python3 -c "
import statistics as s
f = s.median([$(IFS=,; echo "${frames[*]}")]); c = s.median([$(IFS=,; echo "${cs[*]}")])
print(f'{f:.3f} s vs {c:.3f} s = {f / c:.2f}×')")
    harness=()
    for _ in 1 2 3; do HARNESS_ONLY=1 launch 120 40 ""; harness+=("$FRAME"); tm kill-server 2>/dev/null || true; done
    ratio="$ratio; harness alone $(python3 -c "
import statistics as s
print(f'{s.median([$(IFS=,; echo "${harness[*]}")]) * 1000:.0f} ms')")"
    if [ -n "$FRAME_ONLY" ]; then
        say "   first frame $ratio (frames: ${frames[*]}; curls: ${cs[*]}; load $(load1))"; stop_sim; continue
    fi
    load_frame=$(load1)
    launch 120 40 "" --poll-interval 5
    sample_memory "$APP_PID" & MEM_PID=$!
    t0=$(now)
    idle120=$(idle)
    move120=$(step move "tm send-keys -t fig Down")
    row120=$(step row "row_from 192.0.2.44")
    resize80=$(step resize "tm resize-window -t fig -x 80 -y 24")
    idle80=$(idle)
    move80=$(step move "tm send-keys -t fig Up")
    row80=$(step row "row_from 192.0.2.45")
    resize120=$(step resize "tm resize-window -t fig -x 120 -y 40")
    # The rest of the memory window: idle CPU over it.
    rest=$(python3 -c "print(max(30, $MEM_MINUTES * 60 - ($(now) - $t0)))")
    k0=$(ticks "$APP_PID"); io0=$(rchar "$APP_PID"); w0=$(now); sleep "$rest"
    k1=$(ticks "$APP_PID"); io1=$(rchar "$APP_PID"); w1=$(now)
    cpu=$(python3 -c "print(f'{($k1 - $k0) / $(getconf CLK_TCK) / ($w1 - $w0) * 100:.2f} %')")
    api=$(python3 -c "print(f'{($io1 - $io0) * 60 / ($w1 - $w0):,.0f} over {($w1 - $w0) / 60:.1f} min'.replace(',', ' '))")
    awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" >>"$WORK/rss"
    load_mem=$(load1)
    rollup=$(awk '/^(Rss|Anonymous):/ {printf "%s %.1f MB; ", $1, $2 / 1024}' "/proc/$APP_PID/smaps_rollup")
    libs=$(grep -o '/[^ ]*\.so[^ ]*' "/proc/$APP_PID/maps" | sort -u | wc -l); curl_libs=$(grep -c 'libcurl' "/proc/$APP_PID/maps" || true)
    mem=$(python3 -c "
r = [int(x) / 1024 for x in open('$WORK/rss').read().split()]
print(f'{r[0]:.1f} → max {max(r):.1f} → {r[-1]:.1f} MB ({len(r)} samples)')")
    kill "$MEM_PID" 2>/dev/null || true
    tm kill-server 2>/dev/null || true
    # Key latency while every list poll is a changed list.
    : >"$WORK/keys.log"
    launch 120 40 "SGACCESS_KEY_LATENCY_LOG=$WORK/keys.log" --poll-interval 1 --list-interval 2
    add_rules & ADD_PID=$!
    sleep 3
    keys=$(key_latency); LOADS="$load_frame / $load_mem / $(load1)"
    kill "$ADD_PID" 2>/dev/null || true; wait "$ADD_PID" 2>/dev/null || true
    tm kill-server 2>/dev/null || true
    stop_sim
    say "   first frame $ratio; memory $mem; $rollup libraries $libs (libcurl: $curl_libs); cpu $cpu; api $api; keys $keys"
    ROWS_OUT+=("$n|$idle120|$idle80|$move120|$move80|$row120|$row80|$resize120|$resize80|$ratio|$cpu|$mem|$keys|$api|$rollup|$libs|$LOADS")
done

[ -z "$FRAME_ONLY" ] || exit 0
printf '\nMachine: %s. Date: %s. Command: `scripts/figures.sh` (MEM_MINUTES=%s IDLE_SECONDS=%s FRAME_ROUNDS=%s), release build.\n\n' \
    "$MACHINE" "$(date -u '+%Y-%m-%d')" "$MEM_MINUTES" "$IDLE_SECONDS" "$FRAME_ROUNDS"
FRAME_ROUNDS=$FRAME_ROUNDS python3 - "${ROWS_OUT[@]}" <<'PY'
import os, sys
rows = [r.split("|") for r in sys.argv[1:]]
names = ["rules", "idle120", "idle80", "move120", "move80", "row120", "row80", "resize120", "resize80", "frame",
         "cpu", "mem", "keys", "api", "rollup", "libs", "loads"]
cols = [dict(zip(names, r)) for r in rows]
def line(label, f):
    print("| " + label + " | " + " | ".join(f(c) for c in cols) + " |")
print("| figure | " + " | ".join(f"{int(c['rules']):,} rules".replace(",", " ") for c in cols) + " |")
print("|---|" + "---|" * len(cols))
line("bytes to the terminal per idle minute, 120×40 / 80×24 (the header's “updated Ns ago” ticks: issue 8)",
     lambda c: f"{c['idle120']} / {c['idle80']}")
line("cursor move (Down), bytes / ideal cells, 120×40", lambda c: c["move120"])
line("cursor move (Up), bytes / ideal cells, 80×24", lambda c: c["move80"])
line("new attempt row, bytes / ideal cells, 120×40", lambda c: c["row120"])
line("new attempt row, bytes / ideal cells, 80×24", lambda c: c["row80"])
line("resize 120×40 → 80×24, bytes / ideal cells", lambda c: c["resize80"])
line("resize 80×24 → 120×40, bytes / ideal cells", lambda c: c["resize120"])
line(f"first frame vs two `curl --compressed` (median of {os.environ['FRAME_ROUNDS']})", lambda c: c["frame"])
line("idle CPU (activity every 5 s, list every 60 s)", lambda c: c["cpu"])
line("resident memory over the window: first → max → last", lambda c: c["mem"])
line("… at the end (smaps_rollup); shared libraries mapped", lambda c: f"{c['rollup']}{c['libs']}")
line("key read to frame drawn during changed-list polls (the app's own measure), min / median / max",
     lambda c: c["keys"])
line("API bytes read per minute, default cadence (activity every 5 s, list every 60 s)", lambda c: c["api"])
line("load average (1 min) at the first frame, memory end, key latency", lambda c: c["loads"])
PY
