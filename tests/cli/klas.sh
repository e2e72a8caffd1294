#!/bin/sh
# accountwijs klas FOLDER: the class overview of a folder of exports made by
# `accountwijs export` (CSV and JSON of the same attempts, counted once), in
# Dutch and with --lang en, names shown and hidden (--no-names), the CSV
# (--csv) for Dutch Excel, bad files named on stderr, exit statuses.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
TZ=Europe/Amsterdam
export TZ
unset ACCOUNTWIJS_DATA_DIR
content="$src/tests/data/progress/course"
data="$out/data"
anna="$data/profiles/p-00000000000000a1"
bram="$data/profiles/p-00000000000000b2"
mkdir -p "$anna" "$bram" "$out/klas"
cat >"$anna/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000a1","name":"Anna de Vries","created":"2026-03-01T08:00:00.000Z"}
EOF
cat >"$bram/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000b2","name":"Bram","created":"2026-03-01T08:00:00.000Z"}
EOF
cat >"$anna/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}
{"time":"2026-03-02T10:00:00.123Z","item":"q1a","content_version":"t1","answer":{"chosen":["false"]},"score":0,"ms":1500,"mode":"practice"}
{"time":"2026-03-02T10:01:00.456Z","item":"q1a","content_version":"t1","answer":{"chosen":["true"]},"score":1,"ms":1500,"mode":"practice"}
{"time":"2026-03-03T11:00:00.100Z","item":"q1b","content_version":"t1","answer":{"chosen":["true"]},"score":1,"ms":2000,"mode":"exam"}
{"time":"2026-03-03T11:00:00.300Z","item":"q1c","content_version":"t1","answer":{"chosen":["true"]},"score":1,"ms":2000,"mode":"exam"}
EOF
cat >"$bram/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}
{"time":"2026-03-02T10:00:00.000Z","item":"q1a","content_version":"t1","answer":{"chosen":["false"]},"score":0,"ms":1500,"mode":"practice"}
{"time":"2026-03-02T10:05:00.000Z","item":"q2a","content_version":"t1","answer":{"chosen":["false"]},"score":0,"ms":1500,"mode":"practice"}
EOF
# The teacher collects: everyone as CSV, Anna again as JSON, and a stray file.
"$bin" export --all --format csv --data-dir "$data" --content "$content" >"$out/klas/klas.csv" || no "export csv"
"$bin" export --profile "Anna de Vries" --format json --data-dir "$data" --content "$content" >"$out/klas/anna.json" || no "export json"
printf 'dit is geen export\n' >"$out/klas/lees mij.txt"

"$bin" klas "$out/klas" --content "$content" >"$out/nl.txt" 2>"$out/nl.err"
[ $? -eq 0 ] || no "klas exited non-zero: $(cat "$out/nl.err")"
grep -q '^  Leerlingen: 2, antwoorden: 6, bestanden: 2$' "$out/nl.txt" || no "Dutch counts: $(head -2 "$out/nl.txt")"
grep -q '4 antwoorden stonden er meer dan één keer in en tellen één keer' "$out/nl.txt" || no "duplicates not said"
grep -q 'lees mij.txt: dit is geen export van accountwijs' "$out/nl.err" || no "the stray file was not named: $(cat "$out/nl.err")"
grep -q '1.1 Eerste paragraaf: 0 / 1 / 0 / 1 / 0   gemiddeld 33%' "$out/nl.txt" || no "spread of 1.1: $(grep '1.1 Eerste' "$out/nl.txt")"
grep -q '1. q1a (1.1): Is dit vraag q1a?' "$out/nl.txt" || no "q1a is not the most missed"
grep -q 'meest gekozen fout antwoord: onjuist (2 keer)' "$out/nl.txt" || no "distractor"
grep -q '1.3 Derde paragraaf: 2 leerlingen (Anna de Vries, Bram)' "$out/nl.txt" ||
    no "unpractised: $(grep -A4 'Nog niet geoefend' "$out/nl.txt")"
grep -q 'Anna de Vries: 10,0 (ingeleverd 2026-03-03 12:00), voldoende, over 2 beantwoorde vragen' "$out/nl.txt" ||
    no "Anna's cijfer: $(grep -A4 Toetscijfers "$out/nl.txt")"

"$bin" --lang en klas "$out/klas" --content "$content" --no-names >"$out/en.txt" 2>"$out/en.err"
[ $? -eq 0 ] || no "klas --lang en exited non-zero"
grep -q '^  Students: 2, answers: 6, files: 2$' "$out/en.txt" || no "English counts: $(head -2 "$out/en.txt")"
grep -q '1.2 Tweede paragraaf: 1 student$' "$out/en.txt" || no "English unpractised: $(grep '1.2 Tweede' "$out/en.txt")"
grep -q 'Names hidden: counts only.' "$out/en.txt" || no "--no-names not said"
grep -q 'lees mij.txt: this is not an accountwijs export' "$out/en.err" || no "English message: $(cat "$out/en.err")"
grep -q 'Tested: 1, passed: 1 (latest test), mean grade 10,0' "$out/en.txt" || no "English grades"
if grep -q 'Anna\|Bram' "$out/en.txt"; then no "--no-names printed a name: $(grep 'Anna\|Bram' "$out/en.txt")"; fi

"$bin" klas "$out/klas" --content "$content" --csv "$out/overzicht.csv" >/dev/null 2>"$out/csv.err" || no "klas --csv failed"
grep -q "overzicht geschreven naar $out/overzicht.csv" "$out/csv.err" || no "the CSV was not announced: $(cat "$out/csv.err")"
python3 - "$out/overzicht.csv" <<'PY' || fail=1
import sys
b = open(sys.argv[1], "rb").read()
ok = b.startswith(b"\xef\xbb\xbfonderdeel;paragraaf;") and b"\r\nparagraaf;1.1 Eerste paragraaf;;;2;0;1;0;1;0;32,5\r\n" in b \
    and b"\r\nleerling;1.3 Derde paragraaf;;Anna de Vries\r\n" in b and b";10,0;ja;antwoorden\r\n" in b
if not ok:
    print("FAIL: overview CSV: %r" % b[:600])
    sys.exit(1)
PY

"$bin" klas "$out/nowhere" --content "$content" >/dev/null 2>"$out/missing.err"
[ $? -eq 1 ] || no "a missing folder did not exit 1"
grep -q 'nowhere is geen map' "$out/missing.err" || no "missing folder: $(cat "$out/missing.err")"
mkdir -p "$out/empty"
"$bin" klas "$out/empty" --content "$content" >/dev/null 2>"$out/empty.err"
[ $? -eq 1 ] || no "an empty folder did not exit 1"
grep -q 'er staan geen leesbare exports in' "$out/empty.err" || no "empty folder: $(cat "$out/empty.err")"
"$bin" klas >/dev/null 2>"$out/usage.err"
[ $? -eq 2 ] || no "klas without a folder did not exit 2"
grep -q 'geef de map met de exports van de klas' "$out/usage.err" || no "usage: $(cat "$out/usage.err")"
"$bin" --lang en klas --frobnicate "$out/klas" >/dev/null 2>"$out/usage_en.err"
[ $? -eq 2 ] || no "an unknown option did not exit 2"
grep -q 'Usage: accountwijs klas DIR' "$out/usage_en.err" || no "English usage: $(cat "$out/usage_en.err")"
exit $fail
