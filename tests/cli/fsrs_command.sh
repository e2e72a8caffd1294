#!/bin/sh
# `accountwijs fsrs --reviews DAY:RATING,...`: the published Again-then-Good
# history gives its published state and interval, ratings read as digits or
# words, and bad input is refused with exit status 2 and a message that
# names the review and what is wrong with it, before anything is printed.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

"$bin" fsrs --reviews 0:again,0:good,1:good,4:good,12:good,33:good >"$out/ok" 2>"$out/err" || no "the vector exits $?"
grep -qx "stability 53.626903" "$out/ok" || no "stability: $(grep '^stability' "$out/ok")"
grep -qx "difficulty 6.357487" "$out/ok" || no "difficulty: $(grep '^difficulty' "$out/ok")"
grep -qx "interval 54" "$out/ok" || no "interval: $(grep '^interval' "$out/ok")"
grep -qx "due_day 87" "$out/ok" || no "due day: $(grep '^due_day' "$out/ok")"
[ "$(grep -c '^review ' "$out/ok")" = 6 ] || no "not one line per review"
"$bin" fsrs --reviews 0:1,0:3,1:3,4:3,12:3,33:3 >"$out/digits" || no "digits exit $?"
cmp -s "$out/ok" "$out/digits" || no "digits and words differ"
"$bin" fsrs --reviews 0:easy --day 8 | grep -qx "retrievability 0.902473" || no "R of S 8.2956 after 8 days is not 0.902473"

# bad input: ARGS, then the message expected on stderr
bad() {
    want=$1
    shift
    "$bin" fsrs "$@" >"$out/bad.out" 2>"$out/bad.err"
    rc=$?
    [ "$rc" = 2 ] || no "fsrs $*: exit $rc, not 2"
    [ -s "$out/bad.out" ] && no "fsrs $*: printed $(cat "$out/bad.out")"
    grep -qF -- "$want" "$out/bad.err" || no "fsrs $*: said '$(cat "$out/bad.err")', not '$want'"
}
bad "herhaling 2 ('1:goed'): 'goed' is geen oordeel (1-4 of again, hard, good, easy)" --reviews 0:good,1:goed
bad "herhaling 3 ('2:5'): '5' is geen oordeel" --reviews 0:1,1:1,2:5
bad "herhaling 1 ('x:1'): 'x' is geen dagnummer" --reviews x:1
bad "herhaling 1 ('-1:1'): '-1' is geen dagnummer" --reviews -1:1
bad "herhaling 2 ('3'): verwacht DAG:OORDEEL, zoals 3:good" --reviews 0:1,3
bad "herhaling 2 is leeg" --reviews 0:1,,2:3
bad "herhaling 2 is leeg" --reviews 0:1,
bad "herhaling 3 ('2:good'): dag 2 ligt voor dag 5 van de herhaling ervoor" --reviews 0:1,5:3,2:good
bad "geef --reviews op"
bad "--retention 'x': verwacht een getal tussen 0 en 1" --reviews 0:1 --retention x
bad "--day '3': verwacht een dagnummer vanaf 4" --reviews 0:1,4:3 --day 3
bad "onbekende optie '--review'" --review 0:1

[ "$fail" = 0 ] && echo "fsrs command: ok"
exit "$fail"
