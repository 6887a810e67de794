#!/bin/sh
# `--sides FILE` from the command line: a user's own side is used, and each kind of bad file
# (missing, not JSON, wrong shape) exits 2 with a message naming the file and the problem.
set -u
whosaid=$1
dir=$2/sides_cli
rm -rf "$dir" && mkdir -p "$dir"
printf 'Wile E. Coyote said the plan was sound.\n' > "$dir/doc.txt"
printf '{"Acme": ["Wile E. Coyote", "Coyote"]}\n' > "$dir/good.json"
printf '{"Acme": 5}\n' > "$dir/shape.json"
printf '{"Acme": ["x"' > "$dir/broken.json"

"$whosaid" extract --sides "$dir/good.json" "$dir/doc.txt" > "$dir/out" 2> "$dir/err" ||
  { echo "good sides file: exit $?"; cat "$dir/err"; exit 1; }
grep -q '"side":"Acme"' "$dir/out" || { echo "user side not used"; cat "$dir/out"; exit 1; }

expect_error() {  # file, message
  "$whosaid" extract --sides "$1" "$dir/doc.txt" > /dev/null 2> "$dir/err"
  rc=$?
  [ $rc -eq 2 ] || { echo "$1: exit $rc, expected 2"; exit 1; }
  grep -q -- "--sides $1: $2" "$dir/err" || { echo "$1: message"; cat "$dir/err"; exit 1; }
}
expect_error "$dir/missing.json" "cannot open"
expect_error "$dir/shape.json" 'side "Acme": expected a list of names'
expect_error "$dir/broken.json" "not valid JSON"
echo "sides cli: ok"
