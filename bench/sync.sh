#!/usr/bin/env bash
# `lsk sync` with nothing to do on a team repository of 2,000 cases /
# 10,000 meetings with a year of history (the repository of
# bench/team-history.sh): target < 200 ms. The team's server is a bare
# clone on the same machine (a fetch that finds nothing new, as on a
# quiet day; a real server adds its network round trip), the worker's
# folder a clone of it with lsk's merge driver registered by a first sync.
#
#   bench/sync.sh [WORK_DIR]      # default WORK_DIR: /tmp/lsk-bench
#
# The team repository is made by bench/team-history.sh (or, when it is
# missing here, by bench/team_history.py the same way), once.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/lsk-bench}
mkdir -p "$work/results"
command -v hyperfine >/dev/null || apt-get install -y -q hyperfine >/dev/null

cargo build --release --quiet
lsk=$PWD/target/release/lsk
repo=$work/team-history
if [ ! -d "$repo/.git" ]; then
    [ -f bench/team_history.py ] || { echo "run bench/team-history.sh first" >&2; exit 2; }
    git init -q -b main "$repo"
    python3 bench/team_history.py 2000 5 | git -C "$repo" fast-import --quiet
    git -C "$repo" checkout -q main
fi
server=$work/sync-server.git
worker=$work/sync-worker
if [ ! -d "$server" ]; then
    git clone -q --bare "$repo" "$server"
fi
if [ ! -d "$worker/.git" ]; then
    git clone -q "$server" "$worker"
    git -C "$worker" config user.name "Sanna Virtanen"
    git -C "$worker" config user.email sanna.virtanen@example.invalid
fi
echo "$(git -C "$worker" rev-list --count HEAD) commits, $(git -C "$worker" ls-files | wc -l) files"
(cd "$worker" && "$lsk" sync --format json)

hyperfine -N -w 3 -r 20 --export-markdown "$work/results/sync-nothing.md" \
    -n "lsk sync (nothing to do)" "$lsk sync $worker"
cat "$work/results/sync-nothing.md"
