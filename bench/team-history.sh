#!/usr/bin/env bash
# `lsk history` on a team repository of 2,000 cases / 10,000 meetings with
# a year of history (52,000 commits: each case started, each meeting made,
# edited three times and its memo rendered, by twenty workers): the
# history of one meeting (target < 200 ms) and of one case, first as git
# leaves a repository, then with the commit-graph and its changed-path
# Bloom filters (`git commit-graph write --reachable --changed-paths`, what
# a team should enable: docs/performance.md, "History and sharing").
#
#   bench/team-history.sh [WORK_DIR]      # default WORK_DIR: /tmp/lsk-bench
#
# The repository is made with `git fast-import` from bench/team_history.py
# (a minute or two), once; later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work/results"
command -v hyperfine >/dev/null || apt-get install -y -q hyperfine >/dev/null

cargo build --release --quiet
lsk=$PWD/target/release/lsk
repo=$work/team-history
if [ ! -d "$repo/.git" ]; then
    rm -rf "$repo"
    git init -q -b main "$repo"
    start=$(date +%s)
    python3 bench/team_history.py 2000 5 | git -C "$repo" fast-import --quiet
    git -C "$repo" checkout -q main
    echo "made in $(( $(date +%s) - start )) s: $(git -C "$repo" rev-list --count HEAD) commits"
fi
# One meeting and one case near the middle of the team's folder.
meeting=$(cd "$repo" && git ls-files 'cases/case-1000/meetings/*/meeting.md' | head -1)
case_dir=cases/case-1000
echo "meeting: $meeting"
(cd "$repo" && "$lsk" history "$meeting" --format json | head -12)

measure() { # $1: the results' name, $2 $3: warm-up runs and runs
    hyperfine -N -w "$2" -r "$3" --export-markdown "$work/results/history-$1.md" \
        -n "lsk history (one meeting, $1)" "$lsk history $repo/$meeting --format json" \
        -n "lsk history (one case, $1)" "$lsk history $repo/$case_dir --format json"
}

# As git leaves a repository (no commit-graph file).
rm -f "$repo/.git/objects/info/commit-graph"
rm -rf "$repo/.git/objects/info/commit-graphs"
git -C "$repo" config gc.writeCommitGraph false
measure plain 1 3
# With the commit-graph and changed-path Bloom filters.
git -C "$repo" commit-graph write --reachable --changed-paths
measure bloom 2 10

# Issue 26 §3: history beside `lsk check` of the same 10,000 meetings
# (bench/paired.py: in turn, medians of wall, CPU and memory): the team's
# folder (the newest 100 commits of every case), one case, one meeting.
python3 bench/paired.py -n "${ROUNDS:-5}" \
    --names "lsk check (10,000 meetings),lsk history (the team),lsk history (one case),lsk history (one meeting)" \
    "$lsk check $repo --format json" \
    "$lsk history $repo --format json" \
    "$lsk history $repo/$case_dir --format json" \
    "$lsk history $repo/$meeting --format json" | tee "$work/results/history-beside-check.md"

cat "$work/results/history-plain.md" "$work/results/history-bloom.md"
