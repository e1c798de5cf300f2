#!/usr/bin/env bash
# lsk serve's pages, timed: a case of 200 meetings (target: its page in
# under 50 ms) and a team of 2,000 cases / 10,000 meetings (target: the
# team page in under 1 s). Synthetic fictional cases from
# examples/gen-corpus.rs; warm page cache; curl over loopback.
#
#   bench/serve.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work"
cargo build --release --quiet
cargo build --release --quiet --example gen-corpus
lsk=$PWD/target/release/lsk
[ -d "$work/serve-case" ] || target/release/examples/gen-corpus "$work/serve-case" 1 200 >/dev/null
[ -d "$work/serve-team" ] || target/release/examples/gen-corpus "$work/serve-team" 2000 5 >/dev/null

# time_page FOLDER PATH: the first request, and the median of 7 more.
time_page() {
    local log pid url base cookie
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=120 LSK_TODAY=2026-11-22 "$lsk" serve "$1" --no-open >"$log" &
    pid=$!
    for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    base=${url%%/\?*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
    # The first request makes the page (as after any change on disk); the
    # next ones get it from the server's cache while no file changes.
    first=$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base$2")
    curl -s -o /dev/null -b "$cookie" "$base$2"
    again=$(for _ in 1 2 3 4 5 6 7; do
        curl -s -o /dev/null -b "$cookie" -w '%{time_total}\n' "$base$2"
    done | sort -n | sed -n 4p)
    echo "$first | $again"
    kill "$pid"
    rm -f "$log"
}

case_root=$(dirname "$(find "$work/serve-case" -name lsk.yaml | head -1)")
meeting=$(ls "$case_root/meetings" | head -1)
printf '| page | made (s) | again, median (s) |\n|---|---|---|\n'
printf '| case of 200 meetings | %s |\n' "$(time_page "$case_root" /)"
printf '| one meeting of it | %s |\n' "$(time_page "$case_root" "/c/0/m/$meeting")"
printf '| its memo preview | %s |\n' "$(time_page "$case_root" "/c/0/m/$meeting/doc/memo")"
printf '| its form (edit) | %s |\n' "$(time_page "$case_root" "/c/0/m/$meeting/edit")"
printf '| team of 2,000 cases / 10,000 meetings | %s |\n' "$(time_page "$work/serve-team" /)"
printf '| one case of the team | %s |\n' "$(time_page "$work/serve-team" /c/1000)"
printf '| live hash of the team | %s |\n' "$(time_page "$work/serve-team" /live)"
