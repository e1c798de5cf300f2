#!/usr/bin/env bash
# The screenshots of docs/en/serve.md and docs/fi/serve.md: lsk serve over
# the fictional example cases, photographed in fi, sv and en by the browser
# test harness (tests/browser: playwright-core driving Debian's chromium).
# Run from anywhere after `cargo build` and `npm ci --prefix tests/browser`.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/img
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null' EXIT
serve() { # folder → sets url and pid
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=60 LSK_TODAY=2026-11-23 ./target/debug/lsk serve "$1" --no-open --port 0 >"$log" &
    pid=$!
    for _ in $(seq 50); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    rm -f "$log"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

serve examples/cases
for lang in fi sv en; do
    node tests/browser/screenshots.mjs "$url" "$out" "$lang" \
        "/=serve-team-$lang.png" \
        "{case}=serve-case-$lang.png" \
        "{case}/m/2026-10-06-daycare/doc/memo=serve-memo-$lang.png"
done
stop
serve examples/mistakes/ville
m=$(ls examples/mistakes/ville/meetings | head -1)
for lang in fi sv en; do
    node tests/browser/screenshots.mjs "$url" "$out" "$lang" "{case}/m/$m=serve-meeting-$lang.png"
done
stop
