#!/bin/sh
# Writes COPIES copies of every seed article into DIR/docs (each copy its own document), a
# corpus that takes `whosaid index` long enough to be interrupted or read while it writes.
# Usage: big_corpus.sh FIXTURES DIR COPIES
set -eu
fixtures=$1
dir=$2
copies=$3
mkdir -p "$dir/docs"
i=0
while [ $i -lt "$copies" ]; do
  for f in "$fixtures"/seeds/*.txt; do
    cp "$f" "$dir/docs/$(printf '%05d' $i)_$(basename "$f")"
  done
  i=$((i + 1))
done
