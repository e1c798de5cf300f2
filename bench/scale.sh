#!/usr/bin/env bash
# Issue 26's figures: lsk check, list and actions against the one-process
# read floor, side by side, and the team page of lsk serve, on synthetic
# team folders from 1,000 to 100,000 meetings (is anything super-linear?).
#
#   bench/scale.sh [WORK_DIR] [LSK_BINARY] [SIZES]
#
# WORK_DIR defaults to /tmp/lsk-bench; LSK_BINARY to a release build of
# this tree; SIZES (meetings) to "1000 10000 30000 100000".
#
# Commands (examples/gen-corpus.rs: N/20 cases of 20 meetings, fictional
# people, rendered documents beside most meetings): for each size, five
# rounds in turn (bench/paired.py: A B C D E, A B C D E, …; warm page
# cache) of the read floor `tar cf - DIR | cat` (one process reads every
# file once), `lsk check`, `lsk list` and `lsk actions` (JSON); medians of
# wall time, CPU time (user + system) and peak memory, and each command's
# ratio to the floor pair by pair.
#
# The team page (TEAM_SIZES, in cases: default "500 2000 10000", teams of
# N cases of 5 meetings from examples/gen-corpus.rs, as bench/serve.sh):
# see team_page below. SIZES "" (or " ") leaves out the first part:
#   TEAM_SIZES="500 2000 10000" bench/scale.sh /tmp/lsk-bench BINARY ""
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
sizes=${3-1000 10000 30000 100000}
mkdir -p "$work"
if [ -z "${2:-}" ]; then
    cargo build --release --quiet
fi
lsk=${2:-$PWD/target/release/lsk}
gen=$work/gen-corpus
# Built again when the generator changed, and every corpus made by an
# older one made again (a corpus must match the rules of the lsk it measures).
[ "$gen" -nt examples/gen-corpus.rs ] || rustc --edition 2024 -O examples/gen-corpus.rs -o "$gen"
fresh() { [ -d "$1" ] && [ "$1/expected.txt" -nt "$gen" ] || { rm -rf "$1"; false; }; }
today=2026-11-22
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +%Y-%m-%dT%H:%MZ); lsk: $lsk"

echo
echo "## check, list and actions against the read floor"
for n in $sizes; do
    dir=$work/scale-$n
    fresh "$dir" || "$gen" "$dir" $((n / 20)) 20 >/dev/null
    tar cf - "$dir" 2>/dev/null | cat >/dev/null
    echo
    echo "### $n meetings ($(du -sh "$dir" | cut -f1))"
    python3 bench/paired.py -n "${ROUNDS:-5}" \
        --names "read floor (tar | cat),lsk check,lsk list,lsk actions" \
        "tar cf - $dir | cat" \
        "$lsk check $dir --today $today --format json" \
        "$lsk list $dir --today $today --format json" \
        "$lsk actions $dir --today $today --format json"
done

# team_page DIR: one row of the team page's table (the header below).
# The server is started over the team; "made" is the first page, asked as
# soon as the server answers (the background gathering of every case runs
# beside it, and its CPU is in "its CPU": the server's whole CPU time over
# the request, from /proc); then /live is polled until it says the team is
# gathered (from the server's start), the whole page asked once more, and
# a meeting.md touched five times, the page asked after each (/live waited
# for). Memory from /proc/PID/status: VmRSS after the first page, VmRSS /
# VmHWM once gathered, and both again at the end.
team_page() {
    local log pid url base cookie before after first walls cpu live file
    local rss_first t0 gathered_s gcpu rss_g hwm_g whole
    log=$(mktemp)
    t0=$(date +%s.%N)
    LSK_SERVE_IDLE_SECS=600 LSK_TODAY=$today "$lsk" serve "$1" --no-open >"$log" 2>/dev/null &
    pid=$!
    for _ in $(seq 600); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    base=${url%%/\?*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
    ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    mb() { awk -v k="$1" '$1 == k":" {printf "%.1f", $2 / 1024}' "/proc/$pid/status"; }
    before=$(ticks)
    first=$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base/")
    after=$(ticks)
    rss_first=$(mb VmRSS)
    for _ in $(seq 6000); do
        [[ $(curl -s -b "$cookie" "$base/live") == *'"gathered":'[1-9]* ]] && break
        sleep 0.05
    done
    gathered_s=$(printf '%.2f' "$(echo "$(date +%s.%N) - $t0" | bc)")
    gcpu=$(printf '%.2f' "$(echo "scale=3; $(ticks) / $(getconf CLK_TCK)" | bc)")
    rss_g=$(mb VmRSS)
    hwm_g=$(mb VmHWM)
    whole=$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base/")
    file=$(find "$1" -name meeting.md -print -quit)
    walls=""
    cpu=0
    for _ in 1 2 3 4 5; do
        live=$(curl -s -b "$cookie" "$base/live")
        touch "$file"
        for _ in $(seq 100); do [ "$(curl -s -b "$cookie" "$base/live")" != "$live" ] && break; sleep 0.05; done
        local b
        b=$(ticks)
        walls="$walls$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base/")"$'\n'
        cpu=$((cpu + $(ticks) - b))
    done
    echo "$(printf '%.3f' "$first") | $(((after - before) * 1000 / $(getconf CLK_TCK))) | $rss_first | $gathered_s / $gcpu | $rss_g / $hwm_g | $(printf '%.3f' "$whole") | $(printf '%.3f' "$(printf '%s' "$walls" | sort -n | sed -n 3p)") | $((cpu * 1000 / $(getconf CLK_TCK) / 5)) | $(mb VmRSS) / $(mb VmHWM)"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
}

echo
echo "## the team page of lsk serve"
echo
echo "load average before: $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| team | made (s) | its CPU (ms) | resident after it (MB) | gathered after: wall / server CPU (s) | resident / peak then (MB) | the whole page (s) | after a change, median of 5 (s) | its CPU, mean (ms) | resident / peak at the end (MB) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in ${TEAM_SIZES:-500 2000 10000}; do
    dir=$work/team-$n-cases
    fresh "$dir" || "$gen" "$dir" "$n" 5 >/dev/null
    tar cf - "$dir" 2>/dev/null | cat >/dev/null
    echo "| $n cases / $((n * 5)) meetings | $(team_page "$dir") |"
done
echo
echo "load average after: $(cut -d' ' -f1 /proc/loadavg)"
