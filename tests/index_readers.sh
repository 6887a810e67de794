#!/bin/sh
# Two `whosaid audit` processes read the index while `whosaid index` writes it: every read
# succeeds (WAL: readers see the last committed batch and never wait for the writer).
# Exits 77 (skipped) without the sqlite3 shell.
set -u
whosaid=$1
fixtures=$2
dir=$3/index_readers
command -v sqlite3 > /dev/null || { echo "sqlite3 shell not installed: skipped"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir"
sh "$(dirname "$0")/big_corpus.sh" "$fixtures" "$dir" 400 || exit 1
db=$dir/index.db

"$whosaid" index --batch 16 --db "$db" "$dir/docs" 2> "$dir/index.err" &
writer=$!
tries=0
until [ "$(sqlite3 "$db" "SELECT count(*) FROM documents" 2> /dev/null || echo 0)" -gt 0 ]; do
  tries=$((tries + 1))
  [ $tries -gt 600 ] && { echo "index stored nothing in 30 s"; kill -9 $writer; exit 1; }
  sleep 0.05
done
rounds=0
while kill -0 $writer 2> /dev/null; do
  "$whosaid" audit --db "$db" --side China --format jsonl > "$dir/r1" 2> "$dir/e1" &
  r1=$!
  "$whosaid" audit --db "$db" --speaker Blinken --format csv > "$dir/r2" 2> "$dir/e2" &
  r2=$!
  wait $r1 || { echo "reader 1 failed while the index was written:"; cat "$dir/e1"; exit 1; }
  wait $r2 || { echo "reader 2 failed while the index was written:"; cat "$dir/e2"; exit 1; }
  rounds=$((rounds + 1))
done
wait $writer || { echo "the writer failed:"; cat "$dir/index.err"; exit 1; }
[ $rounds -ge 1 ] || { echo "the index ended before any read: nothing was tested"; exit 1; }
echo "$rounds rounds of two readers during one index run, all succeeded"
