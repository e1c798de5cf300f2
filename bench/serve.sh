#!/usr/bin/env bash
# lsk serve's pages, timed: a case of 200 meetings (target: its page made
# in under 50 ms) and a team of 2,000 cases / 10,000 meetings (target: the
# team page made in under 1 s; memory flat in the number of cases).
#
#   bench/serve.sh [WORK_DIR] [LSK_BINARY]
#
# The cases are synthetic and fictional, made by examples/gen-corpus.rs
# (`gen-corpus OUT CASES MEETINGS_PER_CASE`: every meeting kind, rendered
# documents beside most meetings, a known share of known problems). Warm
# page cache; curl over loopback. For each page: "made" is the first
# request, when the page is built from the files (as after any change on
# disk), with the server's CPU time for it (user + system, all threads,
# from /proc: the figure to compare on a shared machine); "again" is the
# median of seven more, from the server's page cache, kept while the
# change count (live.rs) does not move. Then the server's peak resident
# memory. LSK_BINARY compares another build (e.g. the one before a change).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work"
cargo build --release --quiet
cargo build --release --quiet --example gen-corpus
lsk=${2:-$PWD/target/release/lsk}
gen=target/release/examples/gen-corpus
[ -d "$work/serve-case" ] || "$gen" "$work/serve-case" 1 200 >/dev/null
[ -d "$work/serve-team" ] || "$gen" "$work/serve-team" 2000 5 >/dev/null
[ -d "$work/serve-team-500" ] || "$gen" "$work/serve-team-500" 500 5 >/dev/null

# time_page FOLDER PATH: made (s) | its CPU (ms) | again, median (s) | peak memory (MB)
time_page() {
    local log pid url base cookie before after first again
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=120 LSK_TODAY=2026-11-22 "$lsk" serve "$1" --no-open >"$log" &
    pid=$!
    for _ in $(seq 300); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    base=${url%%/\?*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
    ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    before=$(ticks)
    first=$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base$2")
    after=$(ticks)
    curl -s -o /dev/null -b "$cookie" "$base$2"
    again=$(for _ in 1 2 3 4 5 6 7; do
        curl -s -o /dev/null -b "$cookie" -w '%{time_total}\n' "$base$2"
    done | sort -n | sed -n 4p)
    echo "$first | $(((after - before) * 1000 / $(getconf CLK_TCK))) | $again | $(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
}

# remade FOLDER PATH FILE: the page made anew after a change on disk,
# nine times (FILE touched, /live waited for): median wall time (s) | mean
# server CPU per page (ms). Finer than one first request on a busy machine.
remade() {
    local log pid url base cookie before after n walls live
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=120 LSK_TODAY=2026-11-22 "$lsk" serve "$1" --no-open >"$log" &
    pid=$!
    for _ in $(seq 300); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    base=${url%%/\?*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
    curl -s -o /dev/null -b "$cookie" "$base$2"
    ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    walls=""
    n=0
    cpu=0
    for _ in 1 2 3 4 5 6 7 8 9; do
        live=$(curl -s -b "$cookie" "$base/live")
        touch "$3"
        for _ in $(seq 100); do [ "$(curl -s -b "$cookie" "$base/live")" != "$live" ] && break; sleep 0.05; done
        before=$(ticks)
        walls="$walls$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base$2")"$'\n'
        after=$(ticks)
        cpu=$((cpu + after - before))
        n=$((n + 1))
    done
    echo "$(printf '%s' "$walls" | sort -n | sed -n 5p) | $((cpu * 1000 / $(getconf CLK_TCK) / n))"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
}

case_root=$(dirname "$(find "$work/serve-case" -name lsk.yaml | head -1)")
meeting=$(ls "$case_root/meetings" | head -1)
# A case's address in a team folder: the link on the team page.
team_case() {
    local log pid url base cookie
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=120 "$lsk" serve "$1" --no-open >"$log" &
    pid=$!
    for _ in $(seq 300); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    base=${url%%/\?*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
    curl -s -b "$cookie" "$base/" | grep -o 'href="&#x2f;c&#x2f;[^"&]*' | sed -n 1000p | sed 's/href="//; s/&#x2f;/\//g'
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
}
one_case=$(team_case "$work/serve-team")
printf '| page | made (s) | its CPU (ms) | again, median (s) | peak memory (MB) |\n|---|---|---|---|---|\n'
printf '| case of 200 meetings | %s |\n' "$(time_page "$case_root" /)"
printf '| one meeting of it | %s |\n' "$(time_page "$case_root" "/c/0/m/$meeting")"
printf '| its memo preview | %s |\n' "$(time_page "$case_root" "/c/0/m/$meeting/doc/memo")"
printf '| its form (edit) | %s |\n' "$(time_page "$case_root" "/c/0/m/$meeting/edit")"
printf '| team of 500 cases / 2,500 meetings | %s |\n' "$(time_page "$work/serve-team-500" /)"
printf '| team of 2,000 cases / 10,000 meetings | %s |\n' "$(time_page "$work/serve-team" /)"
printf '| one case of the team (%s) | %s |\n' "$one_case" "$(time_page "$work/serve-team" "${one_case:-/c/1000}")"
printf '| /live of the team (what open pages poll) | %s |\n' "$(time_page "$work/serve-team" /live)"

printf '\n| page made anew after a change (9 times) | median (s) | mean CPU (ms) |\n|---|---|---|\n'
printf '| case of 200 meetings | %s |\n' "$(remade "$case_root" / "$case_root/meetings/$meeting/meeting.md")"
team_meeting=$(find "$work/serve-team" -name meeting.md -print -quit)
printf '| team of 2,000 cases / 10,000 meetings | %s |\n' "$(remade "$work/serve-team" / "$team_meeting")"
