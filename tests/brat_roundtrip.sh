#!/bin/sh
# --format brat writes NAME.txt + NAME.ann per document; the .ann files read back (through
# `whosaid eval`, as gold) give exactly the JSON Lines attributions: every figure is 1.
set -eu
whosaid=$1
fixtures=$2
dir=$3/brat_roundtrip
rm -rf "$dir" && mkdir -p "$dir/text" "$dir/attributions" "$dir/out"
"$whosaid" extract --format brat --brat-dir "$dir/out" "$fixtures"/seeds/*.txt
for f in "$dir"/out/*.txt; do
  base=$(basename "$f" .txt)
  cp "$f" "$dir/text/"
  cp "$dir/out/$base.ann" "$dir/attributions/${base}_whosaid.ann"
done
"$whosaid" eval --gold "$dir" --floor content_partial_f1=1 --floor attribution_f1=1 \
  --floor cue_exact_f1=1 --floor source_exact_f1=1 --floor content_exact_f1=1
