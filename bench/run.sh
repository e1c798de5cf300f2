#!/usr/bin/env bash
# lsk's benchmark: one command, from a clone with the Rust toolchain.
#
#   bench/run.sh [WORK_DIR]
#
# Generates synthetic team repositories of 1,000, 10,000 and 50,000 meetings
# (examples/gen-corpus.rs) under WORK_DIR (default /tmp/lsk-bench), then
# measures with hyperfine, warm page cache: `lsk check` and `lsk actions`
# against the time to
# merely read the same files (the floor), peak memory (GNU time), startup
# (`lsk --version`), one `render memo`, and an equivalent Python checker
# (PyYAML's C loader + jsonschema, bench/py_check.py) at 10,000 meetings,
# and one meeting.md of 100,000 keys.
# Results go to WORK_DIR/results/ as Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work/results"

need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y -q "$2" >/dev/null; }; }
need hyperfine hyperfine
[ -x /usr/bin/time ] || apt-get install -y -q time >/dev/null
python3 -c 'import yaml, jsonschema' 2>/dev/null || pip install -q pyyaml jsonschema

cargo build --release --quiet
cargo build --release --quiet --example gen-corpus
lsk=$PWD/target/release/lsk
today=2026-11-22

for n in 1000 10000 50000; do
    dir=$work/corpus-$n
    [ -d "$dir" ] || target/release/examples/gen-corpus "$dir" $((n / 20)) 20 > /dev/null
    echo "== $n meetings: $(find "$dir" -type f -printf "%s\n" | awk "{s+=\$1} END {print s}") bytes in files"
    hyperfine -N -i -w 2 -r 5 --export-markdown "$work/results/check-$n.md" \
        -n "lsk check" "$lsk check $dir --today $today --format json" \
        -n "lsk actions" "$lsk actions $dir --today $today --format json" \
        -n "read floor" "bench/read-floor.sh $dir"
    peak=$( (/usr/bin/time -f %M "$lsk" check "$dir" --today $today --format json 2>&1 >/dev/null || true) | tail -1)
    peak_actions=$( (/usr/bin/time -f %M "$lsk" actions "$dir" --today $today --format json 2>&1 >/dev/null || true) | tail -1)
    echo "peak memory, $n meetings: lsk check ${peak} KiB, lsk actions ${peak_actions} KiB" | tee "$work/results/memory-$n.txt"
done

hyperfine -N -i -w 1 -r 3 --export-markdown "$work/results/python-10000.md" \
    -n "lsk check" "$lsk check $work/corpus-10000 --today $today --format json" \
    -n "python (PyYAML C + jsonschema)" "python3 bench/py_check.py $work/corpus-10000"

meeting=$(find "$work/corpus-1000" -path '*daycare-0/meeting.md' -print -quit)
hyperfine -N -w 5 -r 50 --export-markdown "$work/results/startup-render.md" \
    -n "lsk --version" "$lsk --version" \
    -n "render memo" "$lsk render memo $meeting --stdout --draft"

# One hostile file: a 1.4 MB meeting.md of 100,000 keys (each an unknown
# field with a suggestion looked for): duplicate detection and suggestions
# must stay linear. Target: under a second.
big=$work/keys-100k
if [ ! -f "$big/meetings/2026-11-10-daycare/meeting.md" ]; then
    mkdir -p "$big/meetings/2026-11-10-daycare"
    printf 'child:\n  name: Robin\n  born: 2021-03\nresponsible_worker: Sam Worker\nlanguage: en\n' > "$big/lsk.yaml"
    { echo '---'; echo 'kind: daycare'; seq 0 99999 | sed 's/.*/k&: &/'; echo '---'; } \
        > "$big/meetings/2026-11-10-daycare/meeting.md"
fi
hyperfine -N -i -w 1 -r 5 --export-markdown "$work/results/keys-100k.md" \
    -n "check, JSON" "$lsk check $big/meetings/2026-11-10-daycare --today $today --format json" \
    -n "check, human" "$lsk check $big/meetings/2026-11-10-daycare --today $today"

# The same findings whatever the number of threads.
a=$( (RAYON_NUM_THREADS=1 "$lsk" check "$work/corpus-10000" --today $today --format json || true) | sha256sum)
b=$( ("$lsk" check "$work/corpus-10000" --today $today --format json || true) | sha256sum)
[ "$a" = "$b" ] && echo "same findings with 1 thread and all threads" | tee "$work/results/threads.txt"
cat "$work"/results/*.md
