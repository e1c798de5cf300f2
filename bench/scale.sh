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
# The team page (examples/gen-corpus.rs: N/5 cases of 5 meetings, as
# bench/serve.sh): `lsk serve` started over the team, the page asked once
# (made from the files: wall time, and the server's CPU time for it from
# /proc), asked again after a change in one case (a meeting.md touched,
# /live waited for; median of five), and the server's resident memory
# (VmRSS) after both, and its peak (VmHWM).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
sizes=${3:-1000 10000 30000 100000}
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

# team_page DIR: made (s) | its CPU (ms) | after a change, median of 5 (s) | its CPU, mean (ms) | VmRSS / VmHWM (MB)
team_page() {
    local log pid url base cookie before after first walls cpu live file
    log=$(mktemp)
    LSK_SERVE_IDLE_SECS=600 LSK_TODAY=$today "$lsk" serve "$1" --no-open >"$log" 2>/dev/null &
    pid=$!
    for _ in $(seq 600); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log")
    base=${url%%/\?*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
    ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    before=$(ticks)
    first=$(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base/")
    after=$(ticks)
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
    echo "$first | $(((after - before) * 1000 / $(getconf CLK_TCK))) | $(printf '%s' "$walls" | sort -n | sed -n 3p) | $((cpu * 1000 / $(getconf CLK_TCK) / 5)) | $(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status") / $(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
}

echo
echo "## the team page of lsk serve"
echo
echo "load average before: $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| team | made (s) | its CPU (ms) | after a change, median of 5 (s) | its CPU, mean (ms) | memory, resident / peak (MB) |"
echo "|---|---|---|---|---|---|"
for n in ${TEAM_SIZES:-$sizes}; do
    dir=$work/team-$n
    fresh "$dir" || "$gen" "$dir" $((n / 5)) 5 >/dev/null
    tar cf - "$dir" 2>/dev/null | cat >/dev/null
    echo "| $((n / 5)) cases / $n meetings | $(team_page "$dir") |"
done
echo
echo "load average after: $(cut -d' ' -f1 /proc/loadavg)"
