#!/bin/sh
# `whosaid index` / `audit` / `speakers --db` on the seeds: a second run changes nothing, a
# changed document is replaced, audits from the index and straight from the files agree, and
# bad queries, missing or foreign files give clear errors with their exit codes.
set -u
whosaid=$1
fixtures=$2
dir=$3/index_cli
rm -rf "$dir" && mkdir -p "$dir/docs"
cp "$fixtures"/seeds/*.txt "$dir/docs/"
db=$dir/seeds.db
fail() { echo "$*"; exit 1; }

"$whosaid" index --db "$db" "$dir/docs" 2> "$dir/err" || fail "first index failed"
grep -q "5 added, 0 replaced, 0 unchanged, 0 failed" "$dir/err" || { cat "$dir/err"; fail "first run"; }
"$whosaid" index --db "$db" "$dir/docs" 2> "$dir/err" || fail "second index failed"
grep -q "0 added, 0 replaced, 5 unchanged, 0 failed" "$dir/err" || { cat "$dir/err"; fail "re-run is not a no-op"; }
printf '\n“We never said that,” Li said.\n' >> "$dir/docs/003_4f9a987cb088ecbe.txt"
"$whosaid" index --db "$db" "$dir/docs" 2> "$dir/err" || fail "third index failed"
grep -q "0 added, 1 replaced, 4 unchanged, 0 failed" "$dir/err" || { cat "$dir/err"; fail "change not replaced"; }

# The same audit from the index and from the files (indexed in memory).
"$whosaid" audit --db "$db" --speaker Blinken --format jsonl > "$dir/db.jsonl" || fail "audit --db"
"$whosaid" audit --speaker Blinken --format jsonl "$dir/docs" > "$dir/paths.jsonl" || fail "audit PATH"
cmp -s "$dir/db.jsonl" "$dir/paths.jsonl" || fail "audit from the index and from the files differ"
[ "$(wc -l < "$dir/db.jsonl")" -eq 5 ] || fail "Blinken: expected 5 quotes"
"$whosaid" audit --db "$db" --side China --format csv > "$dir/china.csv" || fail "csv"
head -1 "$dir/china.csv" | grep -q '^doc,date,outlet,id,speaker' || fail "csv header"
"$whosaid" speakers --db "$db" --sort quotes --format jsonl > "$dir/speakers.jsonl" || fail "speakers --db"
grep -q '"name":"Antony Blinken","kind":"person","sides":\["US"\]' "$dir/speakers.jsonl" ||
  fail "speakers --db lacks Antony Blinken"

# Errors: a bad full-text query is a usage error (2); a missing or foreign index is fatal (3).
"$whosaid" audit --db "$db" --query '"unbalanced' > /dev/null 2> "$dir/err"
[ $? -eq 2 ] || fail "bad --query: expected exit 2"
grep -q -- '--query' "$dir/err" || fail "bad --query: message does not name the option"
"$whosaid" audit --db "$dir/missing.db" > /dev/null 2> "$dir/err"
[ $? -eq 3 ] || fail "missing index: expected exit 3"
grep -q "missing.db" "$dir/err" || fail "missing index: message does not name the file"
printf 'not a database' > "$dir/foreign.db"
"$whosaid" audit --db "$dir/foreign.db" > /dev/null 2> "$dir/err"
[ $? -eq 3 ] || fail "foreign file: expected exit 3"
grep -q "foreign.db" "$dir/err" || fail "foreign file: message does not name the file"
"$whosaid" audit > /dev/null 2>&1
[ $? -eq 2 ] || fail "audit without --db or paths: expected exit 2"
echo "index, re-run, replace, audit and speakers --db behave"
