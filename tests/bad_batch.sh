#!/bin/sh
# A batch with bad documents: each is reported on stderr naming file and position, the good
# ones are still extracted, and the exit code is 1.
set -u
whosaid=$1
dir=$2/bad_batch
rm -rf "$dir" && mkdir -p "$dir"
printf '“It is over,” he said.\n' > "$dir/a_good.txt"
printf 'bad \377 byte\n' > "$dir/b_invalid.txt"
printf '“Still here,” she said.\n' > "$dir/c_good.txt"
printf '{"id":"j1","text":"“Yes,” Sun said."}\nnot json\n{"id":"j3"}\n' > "$dir/d.jsonl"
"$whosaid" extract "$dir"/*.txt > "$dir/out" 2> "$dir/err"
rc=$?
[ $rc -eq 1 ] || { echo "text batch: exit $rc, expected 1"; exit 1; }
[ "$(wc -l < "$dir/out")" -eq 2 ] || { echo "text batch: expected 2 attributions"; cat "$dir/out"; exit 1; }
grep -q 'b_invalid.txt: invalid UTF-8 sequence at byte 4 (skipped)' "$dir/err" || { cat "$dir/err"; exit 1; }
"$whosaid" extract --input jsonl "$dir/d.jsonl" > "$dir/out" 2> "$dir/err"
rc=$?
[ $rc -eq 1 ] || { echo "jsonl batch: exit $rc, expected 1"; exit 1; }
[ "$(wc -l < "$dir/out")" -eq 1 ] || { echo "jsonl batch: expected 1 attribution"; exit 1; }
grep -q 'd.jsonl:2: not valid JSON' "$dir/err" && grep -q 'd.jsonl:3: record has no "text" field' "$dir/err" || { cat "$dir/err"; exit 1; }
echo "bad batch: ok"
