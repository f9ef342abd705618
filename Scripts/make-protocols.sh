#!/bin/sh
# Regenerates the shipped protocols: runs each command script in Protocols/make/ through the
# studyplan binary (each ends by exporting Protocols/NAME.json), then embeds the files in the
# binary (Scripts/embed_protocols.py). Run from anywhere; needs swift and python3.
#
#   Scripts/make-protocols.sh
#
# Then rebuild, re-record the examples (RECORD_GOLDENS=1 swift test --disable-xctest --filter
# Example) and commit Protocols/, Sources/StudyplanCore/Templates/ and Examples/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --product studyplan >/dev/null
binary="$root/.build/debug/studyplan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for script in Protocols/make/*.studyplan; do
  name=$(basename "$script" .studyplan)
  # A fresh, throw-away store per script: nothing is saved, only exported.
  if ! "$binary" --db "$work/$name.sqlite" -f "$script" >"$work/$name.log" 2>&1; then
    cat "$work/$name.log" >&2
    echo "make-protocols: $script failed" >&2
    exit 1
  fi
  echo "wrote Protocols/$name.json"
done
python3 Scripts/embed_protocols.py
