#!/usr/bin/env bash
# The read floor: find the same files lsk check reads and read them once.
find "$1" -type f \( -name meeting.md -o -name lsk.yaml \) -print0 | xargs -0 cat > /dev/null
