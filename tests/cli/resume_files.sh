#!/bin/sh
# A kept test across closing, with the clocks under control
# (ACCOUNTWIJS_WALL_MS fixes the wall clock of a headless run):
#  - a normal test counts only the time the program was open: an hour
#    closed does not count;
#  - under "echte toetsomstandigheden" the wall clock counts: a minute
#    closed costs a minute, and a test whose time ran out while closed is
#    handed in on the next start with the answers given;
#  - a damaged kept file and one whose question left the course are set
#    aside with a message that says what and where; the program starts;
#  - a practice round comes back at its question, with its answers;
#  - the exam setup offers the kept test as well.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR
T0=1800000000000

run() { # data folder, wall ms, script name
    ACCOUNTWIJS_WALL_MS=$2 "$bin" --headless --script "$out/$3.aws" --out "$out/$3" --data-dir "$1" --seed 1 \
        >"$out/$3.log" 2>&1 || no "$3: $(head -3 "$out/$3.log")"
}
kept() { ls "$1"/profiles/*/resume-exam.json 2>/dev/null | head -n 1; }

# A 10-question test at 45 s a question (7:30), one answer, 20 s on the clock.
start() { # name, extra setup line
    cat >"$out/$1.aws" <<EOF
click "Toets jezelf"
click "10 vragen"
click "45 seconden"
$2
click "Start de toets"
expect Vraag 1 van 10
click "Offertes opstellen en versturen"
click "Volgende"
wait 20000
quit
EOF
}

# Normal: an hour closed does not count.
start normal ""
cat >"$out/normal-back.aws" <<'EOF'
expect Ga verder met je toets (vraag 2 van 10, 7:10 over)
expect bewaard: 1 van de 10 vragen
# The setup shows it too: a new test started there would replace it.
click "Toets jezelf"
expect Ga verder met je toets (vraag 2 van 10, 7:10 over)
click "Ga verder met je toets"
expect Vraag 2 van 10
expect 7:10
expect 1 beantwoord · 9 open
EOF
run "$out/n" $T0 normal
run "$out/n" $((T0 + 3600000)) normal-back

# Real conditions: a minute closed costs a minute...
start real 'click "Echte toetsomstandigheden"'
cat >"$out/real-back.aws" <<'EOF'
expect Ga verder met je toets (vraag 2 van 10, 6:10 over)
expect de tijd loopt door.
click "Ga verder met je toets"
expect Vraag 2 van 10
expect 6:10
quit
EOF
run "$out/r" $T0 real
grep -q '"real_conditions":true' "$(kept "$out/r")" || no "the real-conditions test is not kept as one"
# (the second run starts 80 s after the first: 20 s open, 60 s closed)
run "$out/r" $((T0 + 80000)) real-back
# ...and when the time ran out while closed, the next start hands it in.
cat >"$out/real-late.aws" <<'EOF'
expect was om terwijl het programma dicht was
expect Uitslag
expect Score: 3%
expect-not Ga verder met je toets
EOF
run "$out/r" $((T0 + 3600000)) real-late
[ -z "$(kept "$out/r")" ] || no "the expired test is still kept after it was handed in"
grep -q '"mode":"exam"' "$out"/r/profiles/*/attempts.jsonl 2>/dev/null || no "the expired test's answer is not in the log"

# A damaged file and a stale one are set aside with a message.
cat >"$out/damaged.aws" <<'EOF'
expect Je bewaarde toets kon niet worden gelezen (het bestand is geen geldige JSON)
expect resume-exam.json.bad
expect-not Ga verder met je toets
click "Toets jezelf"
expect-not Je bent nog bezig
EOF
run "$out/d" $T0 normal
f=$(kept "$out/d")
head -c 100 "$f" >"$f.cut" && mv "$f.cut" "$f"
run "$out/d" $T0 damaged
ls "$out"/d/profiles/*/resume-exam.json.bad >/dev/null 2>&1 || no "the damaged file was not set aside"
[ -z "$(kept "$out/d")" ] || no "the damaged file is still in place"

cat >"$out/stale.aws" <<'EOF'
expect De lesstof is veranderd sinds je toets werd bewaard (vraag q-weg ontbreekt of past niet meer)
expect-not Ga verder met je toets
EOF
run "$out/s" $T0 normal
f=$(kept "$out/s")
sed 's/"question":"q1-5-03"/"question":"q-weg"/' "$f" >"$f.new" && mv "$f.new" "$f"
grep -q q-weg "$f" || no "the stale file was not made (the first question changed?)"
run "$out/s" $T0 stale
ls "$out"/s/profiles/*/resume-exam.json.bad >/dev/null 2>&1 || no "the stale file was not set aside"

# A practice round: one question checked, the next one answered but not
# checked; the next start offers it back at that question, with that answer.
cat >"$out/practice.aws" <<'EOF'
click "Ga oefenen"
key a
key Return
expect Volgende
click "Volgende"
expect Vraag 2 van 9
key b
quit
EOF
cat >"$out/practice-back.aws" <<'EOF'
expect Ga verder met je oefenronde (vraag 2 van 9)
expect bewaard: 1 van de 9 vragen nagekeken.
click "Ga verder met je oefenronde"
expect Vraag 2 van 9
expect 1 in één keer goed
expect Oefenen: 1.1 Over deze cursus
key Return
expect-not Kies eerst een antwoord
quit
EOF
run "$out/p" $T0 practice
run "$out/p" $T0 practice-back
grep -q '"checks":1' "$(ls "$out"/p/profiles/*/resume-practice.json)" ||
    no "the second check of the practice round is not kept"

[ $fail -eq 0 ] && echo "kept tests across closing: ok"
exit $fail
