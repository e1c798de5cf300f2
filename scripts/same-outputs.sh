#!/usr/bin/env bash
# Proof that a change left lsk's outputs as they were: builds lsk at two
# revisions, runs both over the bundled examples and a generated corpus,
# and compares everything they print and write, byte for byte.
#
#   scripts/same-outputs.sh BEFORE [AFTER]     # revisions; AFTER defaults
#                                              # to the work tree as it is
#
# What is compared, for every case and meeting: `lsk check` (human, JSON,
# JUnit), `lsk list` and `lsk actions` (human, JSON), every document
# (agenda, memo as a draft, child checklist, invitation, the calendar
# file, the memo as HTML) and every copy the meeting's consent names,
# rendered to standard output in each language. Exit 0 when all is equal;
# otherwise the differences are printed and the exit status is 1.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: scripts/same-outputs.sh BEFORE [AFTER]}
after=${2:-}
work=$(mktemp -d /tmp/lsk-same.XXXXXX)
trap 'git worktree remove --force "$work/src-before" >/dev/null 2>&1 || true; git worktree remove --force "$work/src-after" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# The binary of a revision: its own worktree, built one after the other
# into this clone's target folder (the dependencies are compiled once),
# with the test profile's settings: the code is the same, the build faster.
build() { # NAME REV
    local name=$1 rev=$2 src
    if [ -z "$rev" ]; then
        src=$PWD
    else
        src=$work/src-$name
        git worktree add -q --detach "$src" "$rev"
    fi
    (cd "$src" && CARGO_TARGET_DIR=$OLDPWD/target/same-outputs cargo build --quiet --locked --bin lsk)
    cp target/same-outputs/debug/lsk "$work/lsk-$name"
    echo "$work/lsk-$name"
}
lsk_before=$(build before "$before")
lsk_after=$(build after "$after")

# The corpus: the examples and 40 generated cases of 5 meetings.
corpus=$work/corpus
mkdir -p "$corpus"
cp -r examples/cases examples/mistakes "$corpus/"
CARGO_TARGET_DIR=target/same-outputs cargo build --quiet --example gen-corpus
target/same-outputs/debug/examples/gen-corpus "$corpus/generated" 40 5 >/dev/null

run_all() { # LSK OUT
    local lsk=$1 out=$2 m dir rel lang doc r
    mkdir -p "$out"
    export LSK_TODAY=2026-12-06 NO_COLOR=1 COLUMNS=100 SOURCE_DATE_EPOCH=1796515200
    cd "$corpus"
    for fmt in human json junit; do
        "$lsk" check . --format "$fmt" >"$out/check.$fmt" 2>&1 || echo "exit $?" >>"$out/check.$fmt"
    done
    for cmd in list actions; do
        for fmt in human json; do
            "$lsk" "$cmd" . --format "$fmt" >"$out/$cmd.$fmt" 2>&1 || echo "exit $?" >>"$out/$cmd.$fmt"
        done
    done
    find . -name meeting.md -path '*/meetings/*' | sort | while read -r m; do
        dir=$(dirname "$m")
        rel=$(echo "$dir" | tr '/' '_')
        for lang in fi sv en; do
            for doc in agenda child-checklist invitation; do
                "$lsk" render "$doc" "$dir" --stdout --lang "$lang" >"$out/$rel.$doc.$lang" 2>&1 \
                    || echo "exit $?" >>"$out/$rel.$doc.$lang"
            done
            "$lsk" render memo "$dir" --stdout --draft --lang "$lang" >"$out/$rel.memo.$lang" 2>&1 \
                || echo "exit $?" >>"$out/$rel.memo.$lang"
            "$lsk" render memo "$dir" --stdout --draft --html --lang "$lang" >"$out/$rel.memo-html.$lang" 2>&1 \
                || echo "exit $?" >>"$out/$rel.memo-html.$lang"
            "$lsk" render invitation "$dir" --stdout --ics --lang "$lang" >"$out/$rel.ics.$lang" 2>&1 \
                || echo "exit $?" >>"$out/$rel.ics.$lang"
            for r in daycare school all-participants family; do
                "$lsk" render memo "$dir" --stdout --draft --for "$r" --lang "$lang" >"$out/$rel.memo-$r.$lang" 2>&1 \
                    || echo "exit $?" >>"$out/$rel.memo-$r.$lang"
            done
        done
    done
    cd - >/dev/null
}
run_all "$lsk_before" "$work/out-before"
run_all "$lsk_after" "$work/out-after"
# A calendar file's UID is random by design (two invitations must never
# share one): it is the one line compared by its shape, not its bytes.
# (The outputs' names begin with "._", the corpus's relative paths.)
shopt -s dotglob nullglob
for f in "$work"/out-*/*.ics.*; do
    sed -i -E 's/^UID:[0-9a-f]{32}@lsk\.invalid(\r?)$/UID:(random)@lsk.invalid\1/' "$f"
done
count=$(find "$work/out-after" -type f | wc -l)
if diff -r "$work/out-before" "$work/out-after"; then
    echo "same-outputs: $count outputs compared, all identical"
else
    echo "same-outputs: outputs differ (above)"
    exit 1
fi
