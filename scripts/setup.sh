#!/usr/bin/env bash
# Installs what a fresh Debian machine with Swift lacks for building, running and testing sgaccess.
# Idempotent: installs only missing packages. Sourced by scripts/demo and scripts/test.
set -euo pipefail
needed=(libncurses-dev zlib1g-dev ncurses-base ncurses-term libcurl4 tmux procps python3)
missing=()
for pkg in "${needed[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]} ..." >&2
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >&2
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH; install Swift 6.1 or later first." >&2; exit 1; }
