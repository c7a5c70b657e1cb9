#!/usr/bin/env bash
# Times the CLI's `list` against `curl -s … | jq .` on the same local simulator, side by side in one run, at
# 1000 and 100 000 rules (release build), and prints each command's mean and its ratio to curl | jq.
# Prints figures; asserts only that the simulator started and every command answered with the full list.
#
#   scripts/bench-cli.sh                            # RULES="1000 100000", 10 runs each after 2 warm-ups
#   RULES="100000" RUNS=20 scripts/bench-cli.sh
#   BASE_BIN=/path/to/older/sgaccess scripts/bench-cli.sh    # adds that build's list --json and list (before/after)
#   SKIP_BUILD=1 scripts/bench-cli.sh               # use the release binary already built
#
# Timing is hyperfine's (Debian package; installed here when missing, with jq and curl); each command's output
# goes to /dev/null. The simulator is `sgaccess sim --seed empty --no-enforce --rules N`: N generated rules,
# one GET /v3/access_settings/whitelist per command. `sgaccess list` gets --my-ip, so no address discovery call.
set -euo pipefail
cd "$(dirname "$0")/.."
RULES=${RULES:-"1000 100000"}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
WORK=$(mktemp -d /tmp/sgaccess-bench-cli.XXXXXX)
KEY=$(grep -o 'demoAPIKey = "[^"]*"' Sources/SendGridSimulator/Configuration/SimulatorConfiguration.swift | cut -d'"' -f2)
SIM_PID=""

say() { printf '%s\n' "$*"; }
stop_sim() {
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
    [ -n "$SIM_PID" ] && wait "$SIM_PID" 2>/dev/null || true
    SIM_PID=""
}
cleanup() { stop_sim; rm -rf "$WORK"; }
trap cleanup EXIT

missing=()
for tool in hyperfine jq curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt-get) ..."
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"; } \
        >"$WORK/apt.log" 2>&1 || { say "could not install ${missing[*]}: apt-get install ${missing[*]}"; exit 1; }
fi

say "== machine"
say "  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
say "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say "  $(swift --version 2>/dev/null | head -1)"
say "  $(hyperfine --version), $(jq --version), $(curl --version | head -1 | cut -d' ' -f1-2)"
say "  date: $(date -u '+%Y-%m-%d %H:%M UTC')"

if [ -z "${SKIP_BUILD:-}" ]; then
    say "== building sgaccess (release)"
    swift build -c release --static-swift-stdlib --product sgaccess 2>&1 | grep -E "error:" || true
fi
BIN="$(swift build -c release --product sgaccess --show-bin-path)/sgaccess"
[ -x "$BIN" ] || { say "no release binary at $BIN; build it with: swift build -c release --static-swift-stdlib --product sgaccess"; exit 1; }
[ -z "${BASE_BIN:-}" ] || [ -x "$BASE_BIN" ] || { say "BASE_BIN=$BASE_BIN is not an executable"; exit 1; }

# The CLI reads no config file and no other environment than this.
export HOME="$WORK" XDG_CONFIG_HOME="$WORK" SENDGRID_API_KEY="$KEY"
unset SGACCESS_CONFIG SGACCESS_MY_IPS

start_sim() {  # start_sim RULES
    local cap=$(( $1 > 1000 ? $1 : 1000 ))
    "$BIN" sim --port 0 --seed empty --no-enforce --rules "$1" --rule-cap "$cap" >"$WORK/sim.out" 2>"$WORK/sim.err" &
    SIM_PID=$!
    for _ in $(seq 300); do grep -q "listening on" "$WORK/sim.out" && break; sleep 0.1; done
    URL=$(sed -n 's/^listening on //p' "$WORK/sim.out")
    [ -n "$URL" ] || { say "simulator did not start:"; cat "$WORK/sim.err"; exit 1; }
    export SENDGRID_BASE_URL="$URL"
}

check_count() {  # check_count RULES NAME COMMAND...: the command's JSON holds every rule
    local got
    got=$("${@:3}" | jq 'if type == "object" then (.rules // .result) | length else empty end')
    [ "$got" = "$1" ] || { say "  $2 answered $got rules instead of $1"; exit 1; }
}

for rules in $RULES; do
    start_sim "$rules"
    curl_cmd="curl -s -H 'Authorization: Bearer $KEY' $URL/v3/access_settings/whitelist"
    bytes=$(eval "$curl_cmd" | wc -c)
    say "== $rules rules ($bytes bytes from the API; simulator at $URL)"
    check_count "$rules" "curl" eval "$curl_cmd"
    check_count "$rules" "sgaccess list --json" "$BIN" list --json --my-ip 203.0.113.10
    names=("curl | jq ." "sgaccess list --json" "sgaccess list")
    cmds=("$curl_cmd | jq ." "$BIN list --json --my-ip 203.0.113.10" "$BIN list --my-ip 203.0.113.10")
    if [ -n "${BASE_BIN:-}" ]; then
        check_count "$rules" "base list --json" "$BASE_BIN" list --json --my-ip 203.0.113.10
        names+=("base: sgaccess list --json" "base: sgaccess list")
        cmds+=("$BASE_BIN list --json --my-ip 203.0.113.10" "$BASE_BIN list --my-ip 203.0.113.10")
    fi
    args=()
    for i in "${!names[@]}"; do args+=(--command-name "${names[$i]}" "${cmds[$i]}"); done
    hyperfine --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$WORK/$rules.json" "${args[@]}" \
        >"$WORK/hyperfine.log" 2>&1 || { cat "$WORK/hyperfine.log"; exit 1; }
    jq -r --arg rules "$rules" '
        (.results[0].mean) as $base
        | .results[]
        | "  \(.command | . + " " * (28 - length)) \(.mean * 1000 | floor) ms ± \(.stddev * 1000 | floor)"
          + "  (min \(.min * 1000 | floor), max \(.max * 1000 | floor))  \(.mean / $base * 100 | round / 100)× curl | jq ."
    ' "$WORK/$rules.json"
    stop_sim
done
