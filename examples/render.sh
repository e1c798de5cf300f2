#!/bin/sh
# Render the example cases' documents again, after a template or the
# render code changes: `sh examples/render.sh` from the repository root.
# tests/cli/examples.rs checks that the committed documents are what lsk
# renders now.
set -eu
cd "$(dirname "$0")/cases"
# --no-commit: the examples are lsk's own files, not a case's repository.
lsk() { cargo run --quiet --manifest-path ../../Cargo.toml -- --no-commit "$@"; }
export LSK_TODAY=2026-11-23
for meeting in */meetings/*/; do
  for doc in agenda memo child-checklist child-letter invitation; do
    lsk render "$doc" "$meeting" --force >/dev/null 2>&1
  done
done
# The copies the families agreed to.
lsk render memo aino/meetings/2026-10-06-daycare --for daycare --force >/dev/null 2>&1
lsk render memo eetu/meetings/2026-09-15-school --for school --force >/dev/null 2>&1
lsk render memo elsa/meetings/2026-10-13-skolmote --for school --force >/dev/null 2>&1
lsk render memo mikael/meetings/2026-10-29-fgc-follow-up --for school --force >/dev/null 2>&1
# Making a copy enters it in the case's disclosure log with the time and
# your git user.name: the examples carry no log of real runs.
rm -f */disclosures.jsonl
