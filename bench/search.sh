#!/usr/bin/env bash
# lsk serve's search, timed on a team of 2,000 cases / 10,000 meetings
# (target: every answer while she types under 100 ms; docs/performance.md).
#
#   bench/search.sh [WORK_DIR] [LSK_BINARY]
#   TEAM=DIR bench/search.sh ...   # another team (one meeting.md of it is touched)
#
# The team is the one bench/serve.sh uses (examples/gen-corpus.rs: 2,000
# cases of 5 meetings, fictional people, rendered documents beside most
# meetings). One server: the first search builds the index (every
# lsk.yaml and meeting.md read once): its wall time and the server's CPU
# time for it (user + system, all threads, from /proc). Then a name typed
# one letter at a time, and a few words, each asked as the page's script
# asks it (GET /search?q=…): the median of seven requests per query, and
# the slowest of those medians, and the server's mean CPU time per
# search. Then the same after a change on disk (a
# meeting.md touched, /live waited for): the index reads only that case.
# Last, the server's resident memory (VmRSS) and its peak (VmHWM), and
# `lsk search` from the command line over the same team (index built each
# run). Warm page cache; curl over loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work"
# LSK_BINARY given: that build is measured as it is.
[ -n "${2:-}" ] || cargo build --release --quiet
lsk=${2:-$PWD/target/release/lsk}
team=${TEAM:-$work/serve-team}
if [ ! -d "$team" ]; then
    cargo build --release --quiet --example gen-corpus
    target/release/examples/gen-corpus "$team" 2000 5 >/dev/null
fi
# Warm the page cache.
tar cf - "$team" 2>/dev/null | cat >/dev/null

log=$(mktemp)
LSK_SERVE_IDLE_SECS=300 LSK_TODAY=2026-11-22 "$lsk" serve "$team" --no-open --lang fi >"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 300); do [ -s "$log" ] && break; sleep 0.1; done
url=$(head -1 "$log")
base=${url%%/\?*}
cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^set-cookie: \([^;]*\);.*/\1/Ip')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
rss() { awk "/$1/ {printf \"%.1f\", \$2 / 1024}" "/proc/$pid/status"; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
ask() { curl -s -o /dev/null -b "$cookie" -w '%{time_total}\n' "$base/search?q=$(enc "$1")"; }
median() { for _ in 1 2 3 4 5 6 7; do ask "$1"; done | sort -n | sed -n 4p; }

rss_before=$(rss VmRSS)
before=$(ticks)
cold=$(ask "Leena")
after=$(ticks)
cpu=$(((after - before) * 1000 / $(getconf CLK_TCK)))
hits=$(curl -s -b "$cookie" "$base/search?q=Leena" | grep -o 'Osumia: [0-9]*' | head -1)

printf '| query (as typed) | median of 7 (s) |\n|---|---|\n'
worst=0
typing_before=$(ticks)
for q in l le lee leen leena "leena m" "leena mä" "leena mäk" "leena mäke" "leena mäkel" "leena mäkelä" \
         a aamu "aamujen kiire" koulu "korhonen aino" poissaolo; do
    m=$(median "$q")
    printf '| %s | %s |\n' "$q" "$m"
    worst=$(python3 -c "print(max($worst, $m))")
done
# The server's CPU time per request over all of them (17 queries x 7).
typing_cpu=$((($(ticks) - typing_before) * 1000000 / $(getconf CLK_TCK) / 119))

# After a change: one meeting.md touched, the counter waited for.
live=$(curl -s -b "$cookie" "$base/live")
touch "$(find "$team" -name meeting.md -print -quit)"
for _ in $(seq 100); do [ "$(curl -s -b "$cookie" "$base/live")" != "$live" ] && break; sleep 0.05; done
changed=$(ask "leena")

printf '\n| measure | result |\n|---|---|\n'
printf '| first search: index built (%s) | %s s, %s ms CPU |\n' "$hits" "$cold" "$cpu"
printf '| slowest median while typing | %s s |\n' "$worst"
printf '| server CPU per search while typing (mean of 119) | %s µs |\n' "$typing_cpu"
printf '| first search after a change on disk | %s s |\n' "$changed"
printf '| server memory before the first search (VmRSS) | %s MB |\n' "$rss_before"
printf '| server memory with the index (VmRSS / peak VmHWM) | %s / %s MB |\n' "$(rss VmRSS)" "$(rss VmHWM)"
kill "$pid"; wait "$pid" 2>/dev/null || true
start=$(date +%s%N)
"$lsk" search "$team" leena mäkelä --format json >/dev/null || true
end=$(date +%s%N)
printf '| `lsk search TEAM leena mäkelä` (builds the index) | %s ms |\n' "$(((end - start) / 1000000))"
