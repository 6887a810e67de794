#!/bin/sh
# ctest runs each doctest case by name (doctest_discover_tests). doctest reads a comma in that
# name as "or" and CMake a semicolon as a list separator, so a case named with either runs
# nothing under ctest and passes: 24 cases once did. This fails on any such name.
set -u
names=$("$1" --list-test-cases --no-version 2>&1 | grep -v '^\[doctest\]' | grep -v '^=*$')
[ -n "$names" ] || { echo "no test cases listed"; exit 1; }
bad=$(printf '%s\n' "$names" | grep '[,;]')
[ -z "$bad" ] || { echo "test case names with ',' or ';' (renamed, they would run):"; echo "$bad"; exit 1; }
echo "$(printf '%s\n' "$names" | wc -l) test case names, none with ',' or ';'"
