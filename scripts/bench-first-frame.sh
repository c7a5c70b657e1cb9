#!/usr/bin/env bash
# The first frame side by side: two builds of sgaccess (or one build with two environments) launched in turn against
# one simulator holding RULES rules, each round beside two `curl --compressed` GETs (list and activity, started
# together like the app's). Prints the medians and their ratios to the curls. Prints figures; asserts nothing.
#
#   scripts/bench-first-frame.sh OLD_BINARY NEW_BINARY          # ROUNDS=9 RULES=100000
#   A_ENV="SGACCESS_X=1" scripts/bench-first-frame.sh BIN BIN    # one build, two environments
#
# A launch is timed as in scripts/figures.sh: from `tmux new-session` on an already running tmux server until the
# pane shows the list's first rule (203.0.113.0/24). Both builds see the same simulator, load and cache state;
# each round runs the curls, then A and B in turn, in alternating order, so a drift of the machine or the
# simulator hits both alike.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
A_BIN=$1 B_BIN=$2
ROUNDS=${ROUNDS:-9}
RULES=${RULES:-100000}
for tool in tmux curl python3; do command -v $tool >/dev/null || { echo "$tool missing" >&2; exit 1; }; done
WORK=$(mktemp -d /tmp/sgaccess-first-frame.XXXXXX)
SOCKET="sgaccess-first-frame-$$"
KEY=$(grep -o 'demoAPIKey = "[^"]*"' Sources/SendGridSimulator/Configuration/SimulatorConfiguration.swift | cut -d'"' -f2)
SIM_PID=""
cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    [ -z "$SIM_PID" ] || { kill "$SIM_PID" 2>/dev/null; wait "$SIM_PID" 2>/dev/null || true; }
    rm -rf "$WORK"
}
trap cleanup EXIT

python3 scripts/sim-state.py "$RULES" "$WORK/state.json"
SENDGRID_API_KEY="$KEY" "$B_BIN" sim --port 0 --seed empty --rule-cap $((RULES + 1000)) --state "$WORK/state.json" \
    >"$WORK/sim.out" 2>"$WORK/sim.err" &
SIM_PID=$!
for _ in $(seq 300); do grep -q "listening on" "$WORK/sim.out" && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/sim.out")
[ -n "$URL" ] || { echo "simulator did not start:" >&2; cat "$WORK/sim.err" >&2; exit 1; }
tmux -L "$SOCKET" -f /dev/null new-session -d -s hold "exec sleep 86400"
tmux -L "$SOCKET" set-option -g status off >/dev/null

now() { date +%s.%N; }
launch() {  # launch BINARY ENV: seconds until the first rule is on screen
    local t0 i
    t0=$(now)
    tmux -L "$SOCKET" new-session -d -s fig -x 120 -y 40 \
        "exec env TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=$WORK/xdg SENDGRID_API_KEY=$KEY $2 \
         $1 tui --base-url $URL --my-ip 203.0.113.10 --poll-interval 5"
    for ((i = 0; i < 3000; i++)); do
        tmux -L "$SOCKET" capture-pane -p -t fig 2>/dev/null | grep -qF 203.0.113.0/24 && break
        sleep 0.01
    done
    python3 -c "print($(now) - $t0)"
    tmux -L "$SOCKET" kill-session -t fig 2>/dev/null || true
}
curls() {
    local t0 p
    t0=$(now)
    curl -s --compressed -o /dev/null -H "Authorization: Bearer $KEY" "$URL/v3/access_settings/whitelist" & p=$!
    curl -s --compressed -o /dev/null -H "Authorization: Bearer $KEY" "$URL/v3/access_settings/activity?limit=1000" &
    wait "$p" $! || true
    python3 -c "print($(now) - $t0)"
}
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $RULES rules; $ROUNDS rounds" >&2
A=() B=() C=()
# The second launch of a round is faster (about 10 ms: the simulator's second answer in a row), so the order
# alternates: A first in even rounds, B first in odd ones.
for ((r = 0; r < ROUNDS; r++)); do
    C+=("$(curls)")
    if ((r % 2 == 0)); then
        A+=("$(launch "$A_BIN" "${A_ENV:-}")"); B+=("$(launch "$B_BIN" "${B_ENV:-}")")
    else
        B+=("$(launch "$B_BIN" "${B_ENV:-}")"); A+=("$(launch "$A_BIN" "${A_ENV:-}")")
    fi
done
python3 - "${A[*]}" "${B[*]}" "${C[*]}" <<'PY'
import statistics as s, sys
a, b, c = ([float(x) for x in arg.split()] for arg in sys.argv[1:])
mc = s.median(c)
print(f"curls {mc:.3f} s; A {s.median(a):.3f} s = {s.median(a) / mc:.2f}x; B {s.median(b):.3f} s = {s.median(b) / mc:.2f}x"
      f" (medians of {len(a)})")
PY
