#!/bin/sh
# Herhalen on the start screen and in a review session, with
# the wall clock fixed (ACCOUNTWIJS_WALL_MS) and `wait` moving the days,
# in UTC:
#  - a first day: ten new questions, the forecast of the coming 7 days;
#  - the daily number of new questions set in the start screen's form,
#    a review session of today's queue (the rating rule on screen, the
#    answers logged with mode "review"), its end screen with the next
#    reviews, and the plan on the next days;
#  - the exam date: a date that does not exist, the wrong format and a
#    past date each get their message; a good one is kept in the profile's
#    place.conf, the start screen counts the days to it and it can be
#    cleared;
#  - a backlog after 30 days away is spread over the coming days;
#  - a test's result shows the cijfer predicted for its questions beside
#    the one achieved, and Voortgang the chance to remember per section.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR
export TZ=UTC
T0=1800000000000 # 2027-01-15 08:00 UTC
DAY=86400000

run() { # data folder, wall ms, script name, more options
    d=$1 w=$2 s=$3
    shift 3
    ACCOUNTWIJS_WALL_MS=$w "$bin" --headless --script "$out/$s.aws" --out "$out/$s" --data-dir "$d" --seed 1 "$@" \
        >"$out/$s.log" 2>&1 || no "$s: $(head -3 "$out/$s.log")"
}

# A first day, two new questions a day, a session, the next days.
cat >"$out/session.aws" <<'AWS'
scroll 8
expect Herhalen: begin vandaag met 10 nieuwe vragen
expect Vragen per dag, de komende 7 dagen
expect vandaag
click "dd-mm-jjjj"
key Tab
key ctrl+a
type 2
key Return
expect ✓ Opgeslagen.
expect Herhalen: begin vandaag met 2 nieuwe vragen
click "Start herhalen"
expect Herhalen · 1.1 Over deze cursus
expect Fout → opnieuw; goed bij de tweede poging → moeilijk; goed → goed; snel goed →
expect Vraag 1 van 2
click "Een document met de eisen waaraan je moet"
key Return
key Return
click "Samenwerken"
click "Omgaan met stress"
click "Initiatief nemen"
key Return
key Return
expect Herhaald: 2 vragen
expect Morgen staan 2 vragen klaar om te herhalen.
expect-not Alles opnieuw
key Escape
expect Herhalen: niets te herhalen vandaag
# The next day: two new ones; the day after: the two reviewed and two new.
wait 86400000
expect Herhalen: 2 vragen voor vandaag
wait 86400000
expect Herhalen: 4 vragen voor vandaag
expect 2 om te herhalen, 2 nieuw
AWS
run "$out/s" $T0 session
grep -c '"mode":"review"' "$out"/s/profiles/*/attempts.jsonl | grep -qx 2 ||
    no "session: the two answers are not logged as reviews"
grep -qx 'new_per_day=2' "$out"/s/profiles/*/place.conf || no "session: new_per_day=2 is not in place.conf"

# A round of mistakes after a review is practice: logged as such.
cat >"$out/mistakes.aws" <<'AWS'
scroll 8
click "dd-mm-jjjj"
key Tab
key ctrl+a
type 2
key Return
click "Start herhalen"
click "Een plan waarin een accountmanager"
key Return
click "Een overzicht van de mbo-scholen"
key Return
key Return
click "Samenwerken"
click "Omgaan met stress"
click "Initiatief nemen"
key Return
key Return
click "Oefen mijn fouten"
expect Vraag 1 van 1
click "Een document met de eisen waaraan je moet"
key Return
key Return
AWS
run "$out/m" $T0 mistakes
modes=$(grep -o '"mode":"[a-z]*"' "$out"/m/profiles/*/attempts.jsonl | tr '\n' ' ')
[ "$modes" = '"mode":"review" "mode":"review" "mode":"review" "mode":"practice" ' ] ||
    no "mistakes: the modes logged are $modes; expected three reviews, then the round of mistakes as practice"
# The log is dated by the clock the app is handed, as its answers are.
head -1 "$out"/m/profiles/*/attempts.jsonl | grep -q '"created":"2027-01-15T08:00:00.000Z"' ||
    no "mistakes: the log's header is not dated by the app's clock: $(head -1 "$out"/m/profiles/*/attempts.jsonl)"

# The same in English.
sed -e 's/Herhalen: begin vandaag met 10 nieuwe vragen/Review: start today with 10 new questions/' \
    -e 's/Vragen per dag, de komende 7 dagen/Questions a day, the coming 7 days/' -e 's/^expect vandaag/expect today/' \
    -e 's/Opgeslagen./Saved./' -e 's/Herhalen: begin vandaag met 2 nieuwe vragen/Review: start today with 2 new questions/' \
    -e 's/click "Start herhalen"/click "Start review"/' -e 's/Herhalen · 1.1 Over deze cursus/Review · 1.1 Over deze cursus/' \
    -e 's/Fout → opnieuw; goed bij de tweede poging → moeilijk; goed → goed; snel goed →/Wrong → again; right at the second try → hard/' \
    -e 's/Vraag 1 van 2/Question 1 of 2/' -e 's/Herhaald: 2 vragen/Reviewed: 2 questions/' \
    -e 's/Morgen staan 2 vragen klaar om te herhalen./Tomorrow 2 questions are ready to review./' \
    -e 's/Alles opnieuw/Do it again/' -e 's/Herhalen: niets te herhalen vandaag/Review: nothing to review today/' \
    -e 's/Herhalen: 2 vragen voor vandaag/Review: 2 questions for today/' \
    -e 's/Herhalen: 4 vragen voor vandaag/Review: 4 questions for today/' -e 's/2 om te herhalen, 2 nieuw/2 to review, 2 new/' \
    "$out/session.aws" >"$out/session-en.aws"
run "$out/en" $T0 session-en --lang en

# The exam date: three bad ones, a good one, then cleared.
cat >"$out/examdate.aws" <<'AWS'
scroll 8
click "dd-mm-jjjj"
type 31-02-2027
key Return
expect ✗ Toetsdatum: 31-02-2027 bestaat niet.
key ctrl+a
type 2027-01-24
key Return
expect ✗ Toetsdatum: schrijf de datum als dd-mm-jjjj, bijvoorbeeld 14-06-2027.
key ctrl+a
type 14-01-2027
key Return
expect ✗ Toetsdatum: 14-01-2027 is al voorbij; kies vandaag of een latere dag.
expect Herhalen: begin vandaag met 10 nieuwe vragen
key ctrl+a
type 24-1-2027
key Return
expect ✓ Opgeslagen.
expect Nog 9 dagen tot je toets: vandaag
shot examdate
AWS
run "$out/e" $T0 examdate

# With an exam date the plan may need more new questions a day than set: it says so.
cat >"$out/morenew.aws" <<'AWS'
scroll 8
click "dd-mm-jjjj"
type 24-1-2027
key Tab
key ctrl+a
type 2
key Return
expect ✓ Opgeslagen.
expect Nog 9 dagen tot je toets: vandaag 10 vragen
expect Tot je toets zijn dat 10 nieuwe vragen per dag in plaats van 2
key ctrl+a
type 12
key Return
expect Nog 9 dagen tot je toets: vandaag 12 vragen
expect-not Tot je toets zijn dat
AWS
run "$out/mn" $T0 morenew
grep -qx 'exam_date=2027-01-24' "$out"/e/profiles/*/place.conf || no "examdate: exam_date=2027-01-24 is not in place.conf"
cat >"$out/examdate-back.aws" <<'AWS'
scroll 8
expect Morgen is je toets: vandaag
click "Toetsdatum wissen"
expect ✓ Opgeslagen.
expect-not Morgen is je toets
AWS
run "$out/e" $((T0 + 8 * DAY)) examdate-back
grep -q '^exam_date=' "$out"/e/profiles/*/place.conf && no "examdate-back: the cleared date is still in place.conf"

# A backlog: every question answered right once 30 days ago, then nothing.
printf 'quit\n' >"$out/quit.aws"
run "$out/b" $((T0 - 30 * DAY)) quit
log=$(ls "$out"/b/profiles/*/attempts.jsonl)
for id in $(grep -ho '"id": *"q[0-9][-0-9]*"' "$src"/content/sections/*.json | sed 's/.*"\(q[^"]*\)"/\1/'); do
    printf '{"time":"2026-12-16T08:00:00.000Z","item":"%s","content_version":"x","answer":null,"score":1,"ms":20000,"mode":"practice"}\n' "$id" >>"$log"
done
cat >"$out/backlog.aws" <<'AWS'
scroll 8
expect Herhalen: 50 vragen voor vandaag
expect Je was 30 dagen weg: 88 vragen staan open; we spreiden ze
expect over de komende 2 dagen, vandaag 50.
shot backlog
AWS
run "$out/b" $T0 backlog

# After a test, the prediction beside the cijfer (a test handed in empty:
# 1,0); Voortgang gives the chance to remember per section.
cat >"$out/predicted.aws" <<'AWS'
click "Toets jezelf"
click "10 vragen"
click "Start de toets"
click "Inleveren"
click "Ja, inleveren"
expect 1,0
expect Voorspeld voor deze vragen vóór de toets: 7,0; behaald: 1,0.
shot predicted
click "Start"
click "Bekijk je voortgang"
key End
expect Kans om het nog te weten
expect nu 67%
shot chances
AWS
run "$out/b" $T0 predicted

# With an exam date: the cijfer predicted on that day, and in Voortgang the
# chance on the exam day beside the one now.
cat >"$out/chances-exam.aws" <<'AWS'
scroll 8
click "dd-mm-jjjj"
type 24-01-2027
key Return
expect Nog 9 dagen tot je toets: vandaag
expect Verwacht cijfer op de toetsdag zonder verder te herhalen:
scroll -30
click "Bekijk je voortgang"
key End
expect Kans om het nog te weten
expect op de toetsdag
AWS
run "$out/b" $T0 chances-exam

exit $fail
