#!/usr/bin/env bash
# `lsk check --changed-since REV` on a team repository of 50,000 meetings
# where one meeting changed: the cost of a merge request's CI check.
#
#   bench/changed-since.sh [WORK_DIR]      # default WORK_DIR: /tmp/lsk-bench
#
# Generates the corpus (examples/gen-corpus.rs, 2,500 cases of 20
# meetings), commits it to a git repository, changes one meeting, and
# measures with hyperfine (warm cache) against a full `lsk check`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work/results"
command -v hyperfine >/dev/null || apt-get install -y -q hyperfine >/dev/null

cargo build --release --quiet
cargo build --release --quiet --example gen-corpus
lsk=$PWD/target/release/lsk
today=2026-11-22
repo=$work/changed-50000
if [ ! -d "$repo/.git" ]; then
    rm -rf "$repo"
    target/release/examples/gen-corpus "$repo" 2500 20 > /dev/null
    git -C "$repo" init -q
    git -C "$repo" add -A
    git -C "$repo" -c user.name=Bench -c user.email=bench@example.invalid commit -q -m corpus
fi
git -C "$repo" checkout -q -- .
meeting=$(cd "$repo" && git ls-files '*/meetings/*/meeting.md' | awk 'NR == 1')
printf '\nA note added for the benchmark.\n' >> "$repo/$meeting"
echo "changed: $meeting"
"$lsk" check "$repo" --changed-since HEAD --today $today --format json | tail -6
hyperfine -N -i -w 3 -r 20 --export-markdown "$work/results/changed-since-50000.md" \
    -n "lsk check --changed-since HEAD (1 of 50,000 changed)" \
    "$lsk check $repo --changed-since HEAD --today $today --format json" \
    -n "lsk check --changed-since HEAD --format junit" \
    "$lsk check $repo --changed-since HEAD --today $today --format junit"
hyperfine -N -i -w 1 -r 3 --export-markdown "$work/results/full-50000.md" \
    -n "lsk check (all 50,000)" "$lsk check $repo --today $today --format json"
git -C "$repo" checkout -q -- .
cat "$work/results/changed-since-50000.md" "$work/results/full-50000.md"
