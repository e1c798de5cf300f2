#!/usr/bin/env bash
# The screenshots of docs/en/serve.md and docs/fi/serve.md: lsk serve over
# the fictional example cases, photographed by headless Chromium.
# Run from the repository root after `cargo build`.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/img
shot() { # url file
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --hide-scrollbars \
        --user-data-dir="$profile" --window-size=1200,900 \
        --screenshot="$out/$2" "$1" >/dev/null 2>&1
    rm -rf "$profile"
}
serve() { # folder → sets url
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=60 LSK_TODAY=2026-11-23 ./target/debug/lsk serve "$1" --no-open >"$log" &
    pid=$!
    for _ in $(seq 50); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
}
serve examples/cases
base=${url%%/\?*}; token=${url##*token=}
shot "$base/?token=$token" serve-team-fi.png
shot "$base/c/0?token=$token" serve-case-fi.png
shot "$base/c/0/m/2026-10-06-daycare/doc/memo?token=$token" serve-memo-fi.png
kill "$pid"
serve examples/mistakes/ville
base=${url%%/\?*}; token=${url##*token=}
m=$(ls examples/mistakes/ville/meetings | head -1)
shot "$base/c/0/m/$m?token=$token" serve-meeting-fi.png
kill "$pid"
