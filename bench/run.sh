#!/usr/bin/env bash
# Throughput and memory of `whosaid extract`, Release, one thread: builds a ~100 MB corpus
# from PolNeAR train texts (repeated) as plain text and as JSON Lines, times extraction and
# `wc -w` on the same file in the same run, and reports MB/s, words/s and peak RSS.
# Usage: bench/run.sh [BUILD_DIR] [POLNEAR_TRAIN_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
train=${2:-$here/../../shared/polnear/train/text}
out=$here/out
mkdir -p "$out"
whosaid=$build/whosaid
[ -x "$whosaid" ] || { echo "build whosaid first (cmake --build $build)"; exit 2; }
[ -d "$train" ] || { echo "PolNeAR train texts not found at $train"; exit 2; }

corpus=$out/corpus.txt
jsonl=$out/corpus.jsonl
if [ ! -s "$jsonl" ]; then
  python3 - "$train" "$corpus" "$jsonl" <<'PY'
import json, os, sys
train, txt, jl = sys.argv[1:]
texts = [open(os.path.join(train, f), encoding="utf-8").read() for f in sorted(os.listdir(train))]
target = 100 * 1024 * 1024
with open(txt, "w", encoding="utf-8") as t, open(jl, "w", encoding="utf-8") as j:
    size, n = 0, 0
    while size < target:
        for i, x in enumerate(texts):
            t.write(x + "\n\n")
            j.write(json.dumps({"id": f"{n}-{i}", "text": x}, ensure_ascii=False) + "\n")
            size += len(x.encode()) + 2
        n += 1
PY
fi
mb() { python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$1"; }
measure() {  # label, file, command...
  local label=$1 file=$2; shift 2
  local t0 t1 rss
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$out/rss" "$@" > /dev/null
  t1=$(date +%s.%N)
  rss=$(cat "$out/rss")
  python3 - "$label" "$(mb "$file")" "$t0" "$t1" "$rss" "$words" <<'PY'
import sys
label, mb, t0, t1, rss, words = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
s = t1 - t0
print(f"{label:28s} {mb:8.1f} MB {s:7.2f} s {mb/s:8.1f} MB/s {words/s/1e6:7.2f} Mwords/s  peak RSS {rss/1024:7.1f} MB")
PY
}
words=$(wc -w < "$corpus")
echo "corpus: $(mb "$corpus") MB, $words words"
measure "wc -w (text)" "$corpus" wc -w "$corpus"
measure "whosaid extract (text)" "$corpus" "$whosaid" extract -j 1 "$corpus"
measure "whosaid extract (jsonl)" "$jsonl" "$whosaid" extract -j 1 --input jsonl "$jsonl"
measure "whosaid extract (jsonl,-j2)" "$jsonl" "$whosaid" extract -j 2 --input jsonl "$jsonl"

# Hostile inputs stay linear: doubling the size should about double the time.
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
sentence = "Officials said the talks went well, \u201cand will go on,\u201d he said; "
for mb in (10, 20):
    n = mb * 1024 * 1024 // len(sentence.encode())
    open(f"{out}/one_line_{mb}mb.txt", "w", encoding="utf-8").write(sentence * n)
for k in (10000, 20000):
    open(f"{out}/quotes_{k}.txt", "w", encoding="utf-8").write("".join("\u201ca " if i % 3 else "\u201d b " for i in range(k)))
PY
words=$(wc -w < "$out/one_line_10mb.txt")
measure "one line, 10 MB" "$out/one_line_10mb.txt" "$whosaid" extract "$out/one_line_10mb.txt"
words=$(wc -w < "$out/one_line_20mb.txt")
measure "one line, 20 MB" "$out/one_line_20mb.txt" "$whosaid" extract "$out/one_line_20mb.txt"
words=$(wc -w < "$out/quotes_10000.txt")
measure "10,000 unbalanced quotes" "$out/quotes_10000.txt" "$whosaid" extract "$out/quotes_10000.txt"
words=$(wc -w < "$out/quotes_20000.txt")
measure "20,000 unbalanced quotes" "$out/quotes_20000.txt" "$whosaid" extract "$out/quotes_20000.txt"

# Conflicts across a corpus: time and peak RSS for 1,000 and 4,000 documents. Memory should
# grow with the number of claims (about linearly in documents), not with their pairs.
for n in 1000 4000; do
  head -n "$n" "$jsonl" > "$out/docs_$n.jsonl"
  words=$(wc -w < "$out/docs_$n.jsonl")
  measure "conflicts, $n documents" "$out/docs_$n.jsonl" "$whosaid" conflicts -j 1 --input jsonl "$out/docs_$n.jsonl"
done

# The corpus index: extract against index on the same 20 MB of JSON Lines, at one and two
# threads; a second run over PolNeAR train (840 articles), which must change nothing in under
# a second; and audit queries by speaker, which must answer in under 50 ms each.
head -c 20000000 "$jsonl" | sed '$d' > "$out/index_20mb.jsonl"
words=$(wc -w < "$out/index_20mb.jsonl")
for j in 1 2; do
  measure "extract (jsonl, -j$j)" "$out/index_20mb.jsonl" "$whosaid" extract -j $j --input jsonl "$out/index_20mb.jsonl"
  rm -f "$out/bench.db" "$out/bench.db-wal" "$out/bench.db-shm"
  measure "index (jsonl, -j$j)" "$out/index_20mb.jsonl" "$whosaid" index -j $j --input jsonl --db "$out/bench.db" "$out/index_20mb.jsonl"
done
rm -f "$out/train.db" "$out/train.db-wal" "$out/train.db-shm"
"$whosaid" index -j 2 --db "$out/train.db" "$train" 2> /dev/null
words=$(cat "$train"/* | wc -w)
measure "index again, train (no-op)" "$out/train.db" "$whosaid" index --db "$out/train.db" "$train"
"$whosaid" index --db "$out/train.db" "$train" 2>&1 | sed 's/^/  /'
for speaker in Trump "Hillary Clinton" Obama Sanders "a spokeswoman"; do
  t0=$(date +%s%N)
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    "$whosaid" audit --db "$out/train.db" --speaker "$speaker" --format jsonl > "$out/audit.jsonl"
  done
  t1=$(date +%s%N)
  printf 'audit --speaker %-18s %5d hits  %6.1f ms per query (process included)\n' \
    "\"$speaker\"" "$(wc -l < "$out/audit.jsonl")" "$(echo "($t1 - $t0) / 10000000" | bc -l)"
done
