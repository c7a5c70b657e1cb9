#!/usr/bin/env bash
# API bytes per minute of the terminal app at 1000 and 100 000 rules, one cadence (the list read at every poll,
# as before the list got its own interval) against the default cadence (list every 60 s, activity every 5 s).
# Counts the bytes the app received on its connections to a local simulator (ss -ti bytes_received) over
# WINDOW seconds after the first frame. Prints figures; asserts only that the app started. About 5 minutes.
#
#   scripts/bench-polling.sh                       # RULES="1000 100000" WINDOW=60 POLL=5
#   RULES=100000 WINDOW=30 SKIP_BUILD=1 scripts/bench-polling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RULES=${RULES:-"1000 100000"}
WINDOW=${WINDOW:-60}
POLL=${POLL:-5}
CONFIG=${CONFIG:-debug}  # the bytes do not depend on the build
SOCKET="sgaccess-pollbench-$$"
WORK=$(mktemp -d /tmp/sgaccess-pollbench.XXXXXX)
KEY=$(grep -o 'demoAPIKey = "[^"]*"' Sources/SendGridSimulator/Configuration/SimulatorConfiguration.swift | cut -d'"' -f2)
SIM_PID=""
say() { printf '%s\n' "$*"; }
tm() { tmux -L "$SOCKET" "$@"; }
stop_sim() {
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
    [ -n "$SIM_PID" ] && wait "$SIM_PID" 2>/dev/null || true
    SIM_PID=""
}
cleanup() { tm kill-server 2>/dev/null || true; stop_sim; rm -rf "$WORK"; }
trap cleanup EXIT
command -v tmux >/dev/null || { say "tmux missing: apt-get install tmux"; exit 1; }

[ -n "${SKIP_BUILD:-}" ] || swift build -c "$CONFIG" $([ "$CONFIG" = release ] && echo --static-swift-stdlib) --product sgaccess 2>&1 | grep -E "error:" || true
BIN="$(swift build -c "$CONFIG" --product sgaccess --show-bin-path)/sgaccess"
[ -x "$BIN" ] || { say "build failed"; exit 1; }

# A simulator state file with N /32 rules for the parent account (sim --state loads it).
state_file() {
    python3 - "$1" "$2" <<'PY'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
rules = [{"id": i + 1, "ip": "10.%d.%d.%d/32" % (i >> 16 & 255, i >> 8 & 255, i & 255),
          "created_at": 1700000000 + i, "updated_at": 1700000000 + i} for i in range(n)]
rules[0]["ip"] = "203.0.113.0/24"  # covers --my-ip, so the app opens without a warning
json.dump({"version": 1, "next_id": n + 1, "tenants": {"": rules}}, open(path, "w"))
PY
}

received() {
    ss -tinH state established "( dport = :$PORT )" 2>/dev/null | awk '
        { for (i = 1; i <= NF; i++) if ($i ~ /^bytes_received:/) { split($i, b, ":"); r += b[2] } }
        END { print r + 0 }'
}

# measure LIST_INTERVAL: bytes received per minute over WINDOW seconds.
measure() {
    tm kill-server 2>/dev/null || true
    sleep 0.5
    tm -f /dev/null new-session -d -s bench -x 120 -y 40 \
        "exec env TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=$WORK/state SENDGRID_API_KEY=$KEY \
         $BIN tui --base-url $URL --my-ip 203.0.113.10 --poll-interval $POLL --list-interval $1"
    local i
    for ((i = 0; i < 1200; i++)); do tm capture-pane -p -t bench | grep -q "203.0.113.0/24" && break; sleep 0.1; done
    tm capture-pane -p -t bench | grep -q "203.0.113.0/24" || { say "the app did not start:"; tm capture-pane -p -t bench; exit 1; }
    sleep 2
    local r0 r1
    r0=$(received)
    sleep "$WINDOW"
    r1=$(received)
    echo $(((r1 - r0) * 60 / WINDOW))
}

say "== API bytes received per minute (ss -ti), poll interval ${POLL}s, ${WINDOW}s windows"
printf '%-8s  %-28s  %-28s\n' "rules" "list every ${POLL}s (before)" "list every 60s (after)"
for n in $RULES; do
    state_file "$n" "$WORK/state-$n.json"
    SENDGRID_API_KEY="$KEY" "$BIN" sim --port 0 --seed empty --rule-cap "$n" --state "$WORK/state-$n.json" \
        >"$WORK/sim.out" 2>"$WORK/sim.err" &
    SIM_PID=$!
    for _ in $(seq 300); do grep -q "listening on" "$WORK/sim.out" && break; sleep 0.1; done
    URL=$(sed -n 's/^listening on //p' "$WORK/sim.out")
    PORT=${URL##*:}
    [ -n "$URL" ] || { say "simulator did not start:"; cat "$WORK/sim.err"; exit 1; }
    before=$(measure "$POLL")
    after=$(measure 60)
    printf '%-8s  %-28s  %-28s\n' "$n" "$before B/min" "$after B/min"
    tm kill-server 2>/dev/null || true
    stop_sim
done
