#!/usr/bin/env bash
# The two HTTP transports side by side (release builds): `sgaccess` (AsyncHTTPClient only, the shipped binary) and
# `sgaccess-urlsession` (the same plus the URLSession transport, picked with SGACCESS_TRANSPORT=urlsession):
#   (a) resident memory: `sgaccess --help` and `sgaccess list` (peak, from getrusage), and the terminal app after
#       30 s of polling in tmux (VmRSS/VmHWM, smaps_rollup, shared libraries mapped), at 1000 rules;
#   (b) time to the first frame (launch until the list is on the screen), at 1000 and 100 000 rules;
#   (c) a 0.5 s timeout (SGACCESS_TIMEOUT_MS=500) against a port that accepts and never answers: how long
#       `sgaccess list` takes to give up (its GET is retried per the standard policy; the same for both);
#   (d) bytes on the wire for one `sgaccess list` at 1000 and 100 000 rules (a counting proxy in between), and
#       what `curl` gets with and without --compressed.
# Prints figures; asserts nothing beyond sanity. Work files stay under .build/bench-transport. SKIP_BUILD=1 reuses
# the release binary; SCRATCH=.build-release builds in another folder. Runs in about 4 minutes after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$PWD/.build/bench-transport"
rm -rf "$WORK"; mkdir -p "$WORK"
KEY="SG.bench-transport-key-0000000000.bench-transport-simulator-key-not-a-secret-000"
TRANSPORTS="urlsession ahc"
PIDS=()
say() { echo "$@"; }
tm() { tmux -L sgaccess-bench-transport "$@"; }
cleanup() {
    tm kill-server 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
for tool in tmux curl python3; do command -v $tool >/dev/null || { say "$tool missing: apt-get install $tool"; exit 1; }; done

say "== machine"
say "  $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
say "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(swift --version 2>/dev/null | head -1)"
# SCRATCH (default .build) is the build folder: a separate one lets the release build run beside `swift test`.
BUILD=(swift build -c release --static-swift-stdlib --product sgaccess --scratch-path "${SCRATCH:-.build}")
[ -n "${SKIP_BUILD:-}" ] || "${BUILD[@]}" 2>&1 | grep -E "error:" || true
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --static-swift-stdlib --product sgaccess-urlsession --scratch-path "${SCRATCH:-.build}" \
    2>&1 | grep -E "error:" || true
BIN="$("${BUILD[@]}" --show-bin-path)/sgaccess"
[ -x "$BIN" ] && [ -x "$BIN-urlsession" ] || { say "build failed"; exit 1; }
bin() { if [ "$1" = urlsession ]; then echo "$BIN-urlsession"; else echo "$BIN"; fi; }
for t in $TRANSPORTS; do
    say "  $t: $(bin "$t") ($(du -h "$(bin "$t")" | cut -f1)); libraries it needs (ldd): $(ldd "$(bin "$t")" | wc -l)"
done

# A state file of N rules, 203.0.113.0/24 first (the app's first frame shows it).
state() {
    python3 - "$1" "$WORK/state-$1.json" <<'PY'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
rules = [{"id": 1, "ip": "203.0.113.0/24", "created_at": 1700000000, "updated_at": 1700000000}]
for i in range(1, n):
    rules.append({"id": i + 1, "ip": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}/32",
                  "created_at": 1700000000 + i, "updated_at": 1700000000 + i})
json.dump({"version": 1, "next_id": n + 1, "tenants": {"": rules}}, open(path, "w"))
PY
}

start_sim() {  # start_sim N: a simulator holding N rules; sets URL, PORT
    state "$1"
    SENDGRID_API_KEY="$KEY" "$BIN" sim --port 0 --seed demo --state "$WORK/state-$1.json" --rule-cap "$1" \
        >"$WORK/sim-$1.out" 2>"$WORK/sim-$1.err" &
    PIDS+=($!)
    for _ in $(seq 100); do grep -q "listening on" "$WORK/sim-$1.out" && break; sleep 0.1; done
    URL=$(sed -n 's/^listening on //p' "$WORK/sim-$1.out"); PORT=${URL##*:}
    [ -n "$URL" ] || { say "simulator did not start:"; cat "$WORK/sim-$1.err"; exit 1; }
}

# Peak resident KB and wall seconds of a command (getrusage of the child).
peak() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t = time.monotonic()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.monotonic() - t
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
err = p.stderr.decode(errors="replace").strip().splitlines()
print(f"{kb / 1024:.1f} MB peak, {wall:.2f} s, exit {p.returncode}" + (f": {err[-1][:160]}" if err and p.returncode else ""))
PY
}

launch() {  # launch TRANSPORT: the terminal app in a fresh tmux pane; sets APP_PID and FIRST (seconds to the frame)
    tm kill-server 2>/dev/null || true
    local t0; t0=$(date +%s.%N)
    tm -f /dev/null new-session -d -s bench -x 120 -y 40 \
        "exec env SGACCESS_TRANSPORT=$1 TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=$WORK/xdg \
         SENDGRID_API_KEY=$KEY $(bin "$1") tui --base-url $URL --my-ip 203.0.113.10"
    APP_PID=$(tm display-message -p -t bench '#{pane_pid}')
    for _ in $(seq 1500); do
        tm capture-pane -p -t bench 2>/dev/null | grep -qF "203.0.113.0/24" && break
        sleep 0.02
    done
    FIRST=$(echo "$(date +%s.%N) - $t0" | bc)
}

memory() {  # memory PID: one line of figures
    local status=/proc/$1/status
    printf "VmRSS %s MB, VmHWM %s MB, anon %s MB, file-backed %s MB, %s shared libraries mapped" \
        "$(awk '/^VmRSS/ {printf "%.1f", $2/1024}' $status)" "$(awk '/^VmHWM/ {printf "%.1f", $2/1024}' $status)" \
        "$(awk '/^Anonymous:/ {printf "%.1f", $2/1024}' /proc/$1/smaps_rollup)" \
        "$(awk '/^RssFile:/ {printf "%.1f", $2/1024}' $status)" \
        "$(awk '$6 ~ /\.so/ {print $6}' /proc/$1/maps | sort -u | wc -l)"
}

say "== (a) resident memory at 1000 rules"
start_sim 1000
for t in $TRANSPORTS; do
    say "  $t: sgaccess --help: $(SGACCESS_TRANSPORT=$t peak "$(bin "$t")" --help)"
    say "  $t: sgaccess list:   $(SGACCESS_TRANSPORT=$t SENDGRID_API_KEY=$KEY peak "$(bin "$t")" list --base-url "$URL")"
done
for t in $TRANSPORTS; do
    launch "$t"
    say "  $t: first frame after ${FIRST} s"
    sleep 30
    say "  $t: terminal app after 30 s of polling: $(memory "$APP_PID")"
    awk '$6 ~ /\.so/ {print $6}' "/proc/$APP_PID/maps" | sort -u | xargs -n1 basename >"$WORK/libs-$t.txt"
    tm kill-server
done
say "  libraries only URLSession's process maps: $(comm -23 "$WORK/libs-urlsession.txt" "$WORK/libs-ahc.txt" | tr '\n' ' ')"

say "== (b) first frame at 100 000 rules"
start_sim 100000
for t in $TRANSPORTS; do
    for run in 1 2 3; do launch "$t"; say "  $t: run $run: first frame after ${FIRST} s"; done
    tm kill-server
done

say "== (c) SGACCESS_TIMEOUT_MS=500 against a port that never answers (sgaccess list, standard retries)"
python3 -c '
import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(64)
print(s.getsockname()[1], flush=True); time.sleep(600)' >"$WORK/silent.port" &
PIDS+=($!)
for _ in $(seq 50); do [ -s "$WORK/silent.port" ] && break; sleep 0.1; done
SILENT=$(cat "$WORK/silent.port")
for t in $TRANSPORTS; do
    say "  $t: $(SGACCESS_TRANSPORT=$t SGACCESS_TIMEOUT_MS=500 SENDGRID_API_KEY=$KEY peak "$(bin "$t")" list --base-url "http://127.0.0.1:$SILENT")"
    say "  $t, --timeout 1: $(SGACCESS_TRANSPORT=$t SENDGRID_API_KEY=$KEY peak "$(bin "$t")" list --timeout 1 --base-url "http://127.0.0.1:$SILENT")"
done

say "== (d) bytes on the wire for one list"
# A proxy that counts the bytes the server sends and notes the Accept-Encoding each request asked for.
proxy() {
    python3 - "$1" "$WORK/proxy-$1.log" <<'PY' &
import socket, sys, threading
target, log = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
def pipe(a, b, count):
    total = 0
    while True:
        data = a.recv(65536)
        if not data: break
        if not count and b"\r\n\r\n" in data:
            head = data.split(b"\r\n\r\n")[0].decode(errors="replace").lower().splitlines()
            enc = [l.split(":", 1)[1].strip() for l in head if l.startswith("accept-encoding:")]
            with lock, open(log, "a") as f: f.write(f"request accept-encoding={enc[0] if enc else 'none'}\n")
        b.sendall(data); total += len(data)
    if count:
        with lock, open(log, "a") as f: f.write(f"bytes {total}\n")
    try: b.shutdown(socket.SHUT_WR)
    except OSError: pass
server = socket.socket(); server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0)); server.listen(16)
print(server.getsockname()[1], flush=True)
while True:
    client, _ = server.accept()
    upstream = socket.create_connection(("127.0.0.1", target))
    threading.Thread(target=pipe, args=(client, upstream, False), daemon=True).start()
    threading.Thread(target=pipe, args=(upstream, client, True), daemon=True).start()
PY
    PIDS+=($!)
}
for n in 1000 100000; do
    start_sim "$n"
    proxy "$PORT" >"$WORK/proxy-$PORT.port"
    for _ in $(seq 50); do [ -s "$WORK/proxy-$PORT.port" ] && break; sleep 0.1; done
    PROXY=$(cat "$WORK/proxy-$PORT.port")
    say "  $n rules: curl: $(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $KEY" "$URL/v3/access_settings/whitelist") bytes; curl --compressed: $(curl -s --compressed -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $KEY" "$URL/v3/access_settings/whitelist") bytes"
    for t in $TRANSPORTS; do
        : >"$WORK/proxy-$PORT.log"
        SGACCESS_TRANSPORT=$t SENDGRID_API_KEY=$KEY "$(bin "$t")" list --base-url "http://127.0.0.1:$PROXY" >/dev/null
        sleep 0.3
        say "  $n rules: $t: $(awk '/^bytes/ {s += $2} END {print s + 0}' "$WORK/proxy-$PORT.log") bytes from the server; $(grep -m1 accept-encoding "$WORK/proxy-$PORT.log" || echo 'no request seen')"
    done
done
