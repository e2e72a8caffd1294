#!/bin/sh
# `accountwijs bench live --phones N` starts the real server on 127.0.0.1,
# joins N phones over WebSockets and has them answer: it prints its five
# lines (not timed here: a benchmark's numbers are read, not asserted) and
# refuses a number of phones out of range, in Dutch and with --lang en.
# Runs in a network namespace of its own when it may (tests/live/isolated.sh).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

sh "$src/tests/live/isolated.sh" "$bin" bench live --phones 12 >"$out/bench.txt" 2>"$out/bench.err" || no "bench live failed: $(cat "$out/bench.err")"
for name in live_join_ms live_answer_p50_ms live_answer_p99_ms live_tally_ms live_server_rss_mb; do
    grep -Eq "^$name [0-9]+\.[0-9]+ (ms|MB)" "$out/bench.txt" || no "no line $name in: $(cat "$out/bench.txt")"
done

"$bin" bench live --phones 61 >/dev/null 2>"$out/many.err"
[ $? -eq 2 ] || no "--phones 61 did not exit with 2"
grep -q "geef een aantal van 1 tot en met 60" "$out/many.err" || no "no Dutch message for --phones 61: $(cat "$out/many.err")"
"$bin" --lang en bench live --phones x >/dev/null 2>"$out/x.err"
grep -q "give a number from 1 to 60" "$out/x.err" || no "no English message for --phones x: $(cat "$out/x.err")"
"$bin" bench live --loud >/dev/null 2>"$out/usage.err"
grep -q "accountwijs bench live \[--phones N\]" "$out/usage.err" || no "no usage line: $(cat "$out/usage.err")"
exit $fail
