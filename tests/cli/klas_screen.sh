#!/bin/sh
# The Klasoverzicht in the real program (headless harness): a folder of two
# students' exports made by `accountwijs export` is typed into the path
# field and read; the charts and names show, "Namen tonen" hides every name
# (and each student's cijfer), --lang en shows the screen in English. Screenshots (klas-names*, klas-hidden*, klas-en) stay in $3.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
TZ=UTC
export TZ
unset ACCOUNTWIJS_DATA_DIR
students="$out/students"
anna="$students/profiles/p-00000000000000a1"
bram="$students/profiles/p-00000000000000b2"
klas="$out/klas 3B"
mkdir -p "$anna" "$bram" "$klas"
cat >"$anna/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000a1","name":"Anna Jansen","created":"2026-03-01T08:00:00.000Z"}
EOF
cat >"$bram/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000b2","name":"Bram de Wit","created":"2026-03-01T08:00:00.000Z"}
EOF
cat >"$anna/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}
{"time":"2026-03-02T10:00:00.000Z","item":"q1-2-01","content_version":"2026.1","answer":{"chosen":["a"]},"score":1,"ms":1500,"mode":"practice"}
{"time":"2026-03-02T10:01:00.000Z","item":"q1-2-05","content_version":"2026.1","answer":{"chosen":["true"]},"score":1,"ms":1500,"mode":"practice"}
{"time":"2026-03-03T11:00:00.100Z","item":"q1-1-06","content_version":"2026.1","answer":{"chosen":["false"]},"score":1,"ms":2000,"mode":"exam"}
{"time":"2026-03-03T11:00:00.300Z","item":"q1-2-02","content_version":"2026.1","answer":{"chosen":["b"]},"score":0,"ms":2000,"mode":"exam"}
EOF
cat >"$bram/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}
{"time":"2026-03-02T10:00:00.000Z","item":"q1-2-01","content_version":"2026.1","answer":{"chosen":["b"]},"score":0,"ms":1500,"mode":"practice"}
{"time":"2026-03-02T10:02:00.000Z","item":"q1-2-01","content_version":"2026.1","answer":{"chosen":["b"]},"score":0,"ms":1500,"mode":"practice"}
EOF
"$bin" export --all --format csv --data-dir "$students" >"$klas/klas.csv" || no "export csv"
"$bin" export --all --format json --data-dir "$students" >"$klas/klas.json" || no "export json"

cat >"$out/klas.aws" <<AWS
click "Klasoverzicht"
type $klas
key Return
expect Leerlingen: 2, antwoorden: 6, bestanden: 2
expect 6 antwoorden stonden er meer dan één keer in
expect Beheersing per paragraaf en leerdoel
shot klas-names
scroll 20
expect Anna Jansen
expect Bram de Wit
expect ingeleverd
shot klas-names-lists
scroll -40
click "Namen tonen"
expect Namen verborgen: alleen aantallen.
shot klas-hidden
scroll 20
expect Toetscijfers
expect-not Anna
expect-not Bram
expect-not ingeleverd
shot klas-hidden-lists
AWS
"$bin" --headless --script "$out/klas.aws" --out "$out" --data-dir "$out/data" --seed 1 >"$out/run.log" 2>&1 ||
    no "the Dutch run failed: $(cat "$out/run.log")"
grep -q '^klas_folder=.*klas 3B$' "$out/data/settings.conf" 2>/dev/null ||
    no "the folder was not remembered: $(cat "$out/data/settings.conf" 2>/dev/null)"

# English (--lang en), the folder remembered from the run before.
cat >"$out/klas_en.aws" <<AWS
click "Class overview"
key Return
expect Students: 2, answers: 6, files: 2
expect Mastery per section and learning goal
expect Show names
shot klas-en
AWS
"$bin" --lang en --headless --script "$out/klas_en.aws" --out "$out" --data-dir "$out/data" --seed 1 >"$out/run_en.log" 2>&1 ||
    no "the English run failed: $(cat "$out/run_en.log")"
exit $fail
