#!/bin/sh
# Killing `whosaid index` in the middle of a run leaves a database that opens and passes
# PRAGMA integrity_check; re-running the same command finishes it, with the same audit as an
# index built without interruption. Exits 77 (skipped) without the sqlite3 shell.
set -u
whosaid=$1
fixtures=$2
dir=$3/index_kill
command -v sqlite3 > /dev/null || { echo "sqlite3 shell not installed: skipped"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir"
sh "$(dirname "$0")/big_corpus.sh" "$fixtures" "$dir" 400 || exit 1
total=$(ls "$dir/docs" | wc -l)
db=$dir/killed.db

"$whosaid" index --batch 16 --db "$db" "$dir/docs" 2> "$dir/first.err" &
pid=$!
# Kill once some batches are committed, and long before the end.
tries=0
while :; do
  n=$(sqlite3 "$db" "SELECT count(*) FROM documents" 2> /dev/null || echo 0)
  [ "${n:-0}" -ge 64 ] && break
  tries=$((tries + 1))
  [ $tries -gt 600 ] && { echo "index stored nothing in 30 s"; kill -9 $pid; exit 1; }
  sleep 0.05
done
kill -9 $pid
wait $pid 2> /dev/null

stored=$(sqlite3 "$db" "SELECT count(*) FROM documents")
echo "killed with $stored of $total documents stored"
[ "$stored" -lt "$total" ] || { echo "the run ended before the kill: nothing was tested"; exit 1; }
check=$(sqlite3 "$db" "PRAGMA integrity_check")
[ "$check" = "ok" ] || { echo "integrity_check: $check"; exit 1; }
"$whosaid" audit --db "$db" --speaker Blinken --format jsonl > /dev/null ||
  { echo "the interrupted index does not open for audit"; exit 1; }

"$whosaid" index --batch 16 --db "$db" "$dir/docs" 2> "$dir/second.err" ||
  { echo "re-run failed"; cat "$dir/second.err"; exit 1; }
cat "$dir/second.err"
[ "$(sqlite3 "$db" "SELECT count(*) FROM documents")" -eq "$total" ] || { echo "re-run incomplete"; exit 1; }
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = "ok" ] || exit 1

"$whosaid" index --db "$dir/clean.db" "$dir/docs" 2> /dev/null || exit 1
for q in "--side China" "--speaker Blinken" "--query sanctions"; do
  # shellcheck disable=SC2086
  "$whosaid" audit --db "$db" $q --format jsonl > "$dir/a.jsonl" || exit 1
  # shellcheck disable=SC2086
  "$whosaid" audit --db "$dir/clean.db" $q --format jsonl > "$dir/b.jsonl" || exit 1
  cmp -s "$dir/a.jsonl" "$dir/b.jsonl" || { echo "audit $q differs from a clean index"; exit 1; }
done
"$whosaid" speakers --db "$db" > "$dir/a.txt" && "$whosaid" speakers --db "$dir/clean.db" > "$dir/b.txt"
cmp -s "$dir/a.txt" "$dir/b.txt" || { echo "speakers differ from a clean index"; exit 1; }
echo "interrupted index recovered: $total documents, audits identical to a clean index"
