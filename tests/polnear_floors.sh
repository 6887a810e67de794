#!/bin/sh
# Runs the PolNeAR dev evaluation with floors a little under the figures measured when the
# extraction issue closed (README "Evaluation"), so a regression fails the build. Exits 77
# (ctest: skipped) when the corpus is not beside the project.
whosaid=$1
gold=$2
if [ ! -d "$gold/text" ]; then
  echo "PolNeAR not found at $gold: skipped"
  exit 77
fi
exec "$whosaid" eval --gold "$gold" \
  --floor content_partial_f1=0.69 --floor attribution_f1=0.55 \
  --floor source_exact_f1=0.63 --floor cue_exact_f1=0.57 \
  --floor content_exact_f1=0.48 --floor direct_recall=0.97
