#!/usr/bin/env bash
# Regenerates real captures of the terminal app into screenshots/.
#
# For each size (120x40, 80x24) and each main state, it starts `sgaccess demo --no-traffic` (for `ascii` in the C
# locale; for `accounts`, `sgaccess tui` with a config file of three profiles on a simulator) in a private tmux
# server, drives it with send-keys, captures the pane (`capture-pane -p -e`), keeps the .txt and .ansi captures,
# turns the ANSI into HTML with aha (dark background, DejaVu Sans Mono with a Noto CJK fallback, wide characters
# pinned to two columns) and renders a PNG with headless Chromium.
#
#   scripts/screenshots.sh            # everything
#   SIZES="120x40" STATES="normal help" scripts/screenshots.sh
#
# Installs tmux, aha, chromium and fonts with apt-get when missing (idempotent; needs root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT="$ROOT/screenshots"
SIZES=${SIZES:-"120x40 80x24"}
STATES=${STATES:-"normal attempts-blocked filter remove-confirm lockout-confirm wide-add help too-small ascii accounts triage-grouped notes journal"}
FONT_PX=${FONT_PX:-14}
SOCKET="sgaccess-shots-$$"
WORK=$(mktemp -d /tmp/sgaccess-shots.XXXXXX)

say() { printf 'screenshots: %s\n' "$*" >&2; }
tm() { tmux -L "$SOCKET" "$@"; }
SIM_PID=""
cleanup() {
    tm kill-server 2>/dev/null || true
    [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- 1. tools ---------------------------------------------------------------------------------------------------
install_missing() {
    local need=()
    command -v tmux >/dev/null || need+=(tmux)
    command -v aha >/dev/null || need+=(aha)
    command -v chromium >/dev/null || need+=(chromium)
    command -v pngquant >/dev/null || need+=(pngquant)
    local fonts; fonts=$(fc-list : family 2>/dev/null || true)
    grep -q "DejaVu Sans Mono" <<<"$fonts" || need+=(fonts-dejavu-core)
    grep -q "Noto Sans Mono CJK\|Noto Sans CJK" <<<"$fonts" || need+=(fonts-noto-cjk)
    [ ${#need[@]} -eq 0 ] && { say "tools present (tmux, aha, chromium, pngquant, fonts)"; return; }
    say "installing: ${need[*]}"
    command -v apt-get >/dev/null || { say "apt-get not found; install ${need[*]} by hand"; exit 1; }
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    local pkgs=()
    for p in "${need[@]}"; do
        if apt-cache show "$p" >/dev/null 2>&1; then pkgs+=("$p"); else say "package $p not available; skipping it"; fi
    done
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${pkgs[@]}" >/dev/null
}
install_missing

# --- 2. build ---------------------------------------------------------------------------------------------------
say "building sgaccess (debug)..."
swift build --product sgaccess 2>&1 | grep -E "error:" >&2 || true
BIN="$(swift build --product sgaccess --show-bin-path)/sgaccess"
[ -x "$BIN" ] || { say "build failed: $BIN missing"; exit 1; }

# --- 3. drive the app -------------------------------------------------------------------------------------------
wait_for() {  # wait_for TEXT [SECONDS]: until the pane shows TEXT
    local text=$1 limit=${2:-20} i
    for ((i = 0; i < limit * 10; i++)); do
        tm capture-pane -p -t shots 2>/dev/null | grep -qF -- "$text" && return 0
        sleep 0.1
    done
    say "timed out waiting for '$text'; pane was:"; tm capture-pane -p -t shots >&2 || true
    return 1
}

keys() { local k; for k in "$@"; do tm send-keys -t shots "$k"; sleep 0.15; done; }

# The `accounts` state needs profiles: a simulator of its own and a config file with three of them.
start_profiles_sim() {
    [ -n "$SIM_PID" ] && return
    "$BIN" sim --port 0 --seed demo >"$WORK/sim.out" 2>/dev/null &
    SIM_PID=$!
    local i
    for ((i = 0; i < 100; i++)); do grep -q listening "$WORK/sim.out" 2>/dev/null && break; sleep 0.1; done
    local url; url=$(grep -o 'http://[0-9.:]*' "$WORK/sim.out" | head -1)
    cat >"$WORK/config.toml" <<TOML
default_profile = "prod"
[profiles.prod]
base_url = "$url"
my_ips = ["203.0.113.10"]
accent = "green"
subusers = ["marketing"]
[profiles.eu-sub]
base_url = "$url"
on_behalf_of = "eu-sub"
my_ips = ["203.0.113.10"]
accent = "red"
TOML
}

start_app() {  # start_app COLS ROWS [STATE]
    tm kill-server 2>/dev/null || true
    # A new session on a server that is still shutting down fails with "server exited unexpectedly".
    local w
    for ((w = 0; w < 50; w++)); do tm list-sessions >/dev/null 2>&1 || break; sleep 0.1; done
    sleep 0.2
    mkdir -p "$WORK/state"
    local env="TERM=tmux-256color XDG_STATE_HOME=$WORK/state LANG=C.UTF-8 LC_ALL=C.UTF-8" app="$BIN demo --no-traffic"
    case ${3:-} in
        ascii) env="TERM=tmux-256color XDG_STATE_HOME=$WORK/state LANG=C LC_ALL=C" ;;
        accounts)
            start_profiles_sim
            local key; key=$(grep -o 'demoAPIKey = "[^"]*"' "$ROOT/Sources/SendGridSimulator/Configuration/SimulatorConfiguration.swift" | cut -d'"' -f2)
            env="$env SGACCESS_CONFIG=$WORK/config.toml SENDGRID_API_KEY=$key"
            app="$BIN tui" ;;
    esac
    tm -f /dev/null new-session -d -s shots -x "$1" -y "$2" "env $env $app; sleep 30"
    tm set-option -t shots status off >/dev/null
    tm set-option -t shots default-terminal tmux-256color >/dev/null 2>&1 || true
    wait_for "203.0.113.0/24"
    sleep 0.5
}

add_with_note() {  # n, a range, Tab, a note, Tab, an expiry, Enter
    keys n; tm send-keys -t shots -l "198.51.100.0/24"; keys Tab; tm send-keys -t shots -l "build agents"
    keys Tab 7 d Enter; wait_for "u undoes"
}

# Each state: keys to press after launch, and text to wait for before capturing.
drive() {  # drive STATE COLS ROWS
    case $1 in
        normal) ;;
        attempts-blocked) keys 2 b j; wait_for "blocked" ;;
        filter) keys 1 / 1 9 2 . 0 . 2; sleep 0.3 ;;
        remove-confirm) keys 1 g j d; wait_for "y" ;;
        lockout-confirm) keys 1 g d; sleep 0.3 ;;
        wide-add) keys n 0 . 0 . 0 . 0 / 0 Enter; wait_for "type to confirm" ;;
        help) keys '?'; sleep 0.3 ;;
        ascii) ;;
        accounts) keys c; wait_for "Switch account" ;;
        triage-grouped) keys 2 o o; wait_for "by /24" ;;
        notes)  # an add with a note and an expiry (sent at once: the guard has nothing to say), then its detail
            add_with_note; keys G Enter; sleep 0.3 ;;
        journal) add_with_note; keys 1 g j d; wait_for "y confirm"; keys y; wait_for "u undoes"; keys J; wait_for "succeeded" ;;
        too-small)  # one column and one row short of 80x24 from the small size; 60x18 from the large one
            if [ "$2" -le 80 ]; then SMALL=(79 23); else SMALL=(60 18); fi
            tm resize-window -t shots -x "${SMALL[0]}" -y "${SMALL[1]}"; wait_for "too small" ;;
        *) say "unknown state $1"; exit 1 ;;
    esac
    sleep 0.4
}

# --- 4. ANSI -> HTML -> PNG -------------------------------------------------------------------------------------
# aha maps reverse video to black-on-white whatever the colours, garbles reverse + 256 colours and ignores dim:
# resolve every SGR state to explicit truecolour first (xterm palette, dark page), then let aha do the HTML.
normalise_sgr() {
    python3 -c "$(cat <<'PY'
import re, sys
# Resolve SGR state into explicit truecolour so aha renders reverse video and dim correctly on a dark page.
BASE = ["#1c1c1c", "#d75f5f", "#5faf5f", "#d7af5f", "#5f87d7", "#af87d7", "#5fafaf", "#d0d0d0",
        "#6c6c6c", "#ff8787", "#87d787", "#ffd787", "#87afff", "#d7afff", "#87d7d7", "#ffffff"]
FG, BG = "#d0d0d0", "#101010"
def pal(n):
    if n < 16: return BASE[n]
    if n < 232:
        n -= 16; steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    v = 8 + (n - 232) * 10; return "#%02x%02x%02x" % (v, v, v)
def rgb(h): return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)
def mix(a, b, t):
    a, b = rgb(a), rgb(b); return "#%02x%02x%02x" % tuple(round(x * (1 - t) + y * t) for x, y in zip(a, b))
class S:
    def __init__(s): s.reset()
    def reset(s): s.fg = s.bg = None; s.bold = s.dim = s.ul = s.rev = s.it = False
    def apply(s, params):
        p = [int(x) if x else 0 for x in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(p):
            c = p[i]
            if c == 0: s.reset()
            elif c == 1: s.bold = True
            elif c == 2: s.dim = True
            elif c == 3: s.it = True
            elif c == 4: s.ul = True
            elif c == 7: s.rev = True
            elif c == 22: s.bold = s.dim = False
            elif c == 23: s.it = False
            elif c == 24: s.ul = False
            elif c == 27: s.rev = False
            elif 30 <= c <= 37: s.fg = pal(c - 30)
            elif c == 39: s.fg = None
            elif 40 <= c <= 47: s.bg = pal(c - 40)
            elif c == 49: s.bg = None
            elif 90 <= c <= 97: s.fg = pal(c - 90 + 8)
            elif 100 <= c <= 107: s.bg = pal(c - 100 + 8)
            elif c in (38, 48) and i + 1 < len(p):
                if p[i + 1] == 5 and i + 2 < len(p): col = pal(p[i + 2]); i += 2
                elif p[i + 1] == 2 and i + 4 < len(p): col = "#%02x%02x%02x" % tuple(p[i + 2:i + 5]); i += 4
                else: col = None
                if c == 38: s.fg = col
                else: s.bg = col
            i += 1
    def sgr(s):
        fg, bg = s.fg or FG, s.bg or BG
        if s.bold and s.fg is None: fg = "#ffffff"
        if s.rev: fg, bg = bg, fg
        if s.dim: fg = mix(fg, bg, 0.45)
        out = ["0"] + (["1"] if s.bold else []) + (["4"] if s.ul else []) + (["3"] if s.it else [])
        out += ["38;2;%d;%d;%d" % rgb(fg)]
        if bg != BG: out += ["48;2;%d;%d;%d" % rgb(bg)]
        return "\x1b[" + ";".join(out) + "m"
st = S()
def sub(m):
    st.apply(m.group(1)); return st.sgr()
sys.stdout.write(re.sub(r"\x1b\[([0-9;:]*)m", sub, sys.stdin.read()))
PY
)"
}

to_html() {  # to_html IN.ansi OUT.html TITLE
    normalise_sgr <"$1" | aha --black --no-header | python3 -c '
import sys, unicodedata, html
title = sys.argv[1]; px = int(sys.argv[2])
body = sys.stdin.read()
# Pin wide characters (CJK) to exactly two cells so the columns after them stay aligned.
out, in_tag = [], False
for ch in body:
    if ch == "<": in_tag = True
    if not in_tag and unicodedata.east_asian_width(ch) in ("W", "F"):
        out.append("<span class=\"w\">" + ch + "</span>")
    else:
        out.append(ch)
    if ch == ">": in_tag = False
print(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>
html, body {{ margin: 0; background: #101010; }}
pre {{ margin: 0; padding: 6px; color: #d0d0d0; background: #101010;
      font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace;
      font-size: {px}px; line-height: {px + 2}px; font-variant-ligatures: none;
      text-underline-offset: 1px; text-decoration-skip-ink: none; }}
span.w {{ display: inline-block; width: 2ch; height: {px + 2}px; text-align: center; overflow: hidden; vertical-align: top; }}
</style></head><body><pre>""" + "".join(out).rstrip("\n") + "</pre></body></html>")
' "$3" "$FONT_PX" >"$2"
}

to_png() {  # to_png IN.html OUT.png COLS ROWS
    # DejaVu Sans Mono advances 0.602 em; 6 px padding each side.
    local w h
    w=$(python3 -c "import math; print(math.ceil($3 * $FONT_PX * 0.6021 + 12))")
    h=$(( $4 * (FONT_PX + 2) + 12 ))
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --default-background-color=101010ff --window-size="$w,$h" --screenshot="$2" "file://$1" >/dev/null 2>&1
    [ -s "$2" ] || { say "chromium produced no $2"; return 1; }
    # Keep the committed PNGs small: a 256-colour palette is plenty for a terminal.
    if command -v pngquant >/dev/null; then pngquant --quality 60-95 --speed 1 --strip --force --output "$2" "$2" || true; fi
}

mkdir -p "$OUT"
for size in $SIZES; do
    cols=${size%x*}; rows=${size#*x}
    for state in $STATES; do
        name="$state-${cols}x${rows}"
        say "$name: launching demo at ${cols}x${rows}"
        start_app "$cols" "$rows" "$state"
        drive "$state" "$cols" "$rows"
        capture_cols=$cols capture_rows=$rows
        [ "$state" = too-small ] && capture_cols=${SMALL[0]} capture_rows=${SMALL[1]}
        tm capture-pane -p -e -t shots >"$OUT/$name.ansi"
        tm capture-pane -p -t shots >"$OUT/$name.txt"
        to_html "$OUT/$name.ansi" "$WORK/$name.html" "sgaccess $name"
        to_png "$WORK/$name.html" "$OUT/$name.png" "$capture_cols" "$capture_rows"
        say "$name: wrote $name.png ($(stat -c %s "$OUT/$name.png") bytes), .ansi, .txt"
        tm send-keys -t shots Escape; tm send-keys -t shots Escape; tm send-keys -t shots q
        sleep 0.3
    done
done
say "done: $(ls "$OUT"/*.png | wc -l) PNGs in screenshots/"
