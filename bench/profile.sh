#!/usr/bin/env bash
# Where `lsk check` spends its time: a sampled profile with call stacks
# (Linux perf; `apt-get install linux-perf`), each of lsk's functions with
# the share of samples spent in it and below it.
#
#   bench/profile.sh [WORK_DIR] [LSK_BINARY] [COMMAND]
#
# COMMAND is check (default), list, actions or search. The corpus is
# 1,000 meetings (examples/gen-corpus.rs: 50 cases of 20), enough samples
# for the shares; the release build keeps line tables for the stacks.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
command -v perf >/dev/null || { echo "perf is needed (apt-get install linux-perf)"; exit 2; }
mkdir -p "$work"
[ -n "${2:-}" ] || cargo build --release --quiet
lsk=${2:-$PWD/target/release/lsk}
cmd=${3:-check}
gen=$work/gen-corpus
# Built again when the generator changed, and every corpus made by an
# older one made again (a corpus must match the rules of the lsk it measures).
[ "$gen" -nt examples/gen-corpus.rs ] || rustc --edition 2024 -O examples/gen-corpus.rs -o "$gen"
fresh() { [ -d "$1" ] && [ "$1/expected.txt" -nt "$gen" ] || { rm -rf "$1"; false; }; }
dir=$work/scale-1000
fresh "$dir" || "$gen" "$dir" 50 20 >/dev/null
case $cmd in
    search) args=(search "$dir" leena --format json) ;;
    *) args=("$cmd" "$dir" --today 2026-11-22 --format json) ;;
esac
data=$work/perf-$cmd.data
perf record -q -F 999 --call-graph dwarf,16384 -o "$data" "$lsk" "${args[@]}" >/dev/null 2>&1 || true
# Inclusive share (with what it calls), then the share in the function itself.
perf report -i "$data" --children --sort symbol --stdio 2>/dev/null \
    | grep -E '^ +[0-9]' \
    | grep -E 'lsk::|granit_parser::parser::Parser<T> as|std::fs::read_dir|malloc|free' \
    | grep -v -E '\{closure|rayon' \
    | head -40
