#!/bin/sh
# accountwijs export: the CSV a Dutch Excel opens (BOM, semicolons, RFC 4180
# quoting, CRLF, decimal commas), the JSON, --summary, the data folder from
# the flag or the environment, exit statuses, and logs left untouched.
# The data folder is written by hand in the documented format
# (src/core/profiles.h, src/core/progress.h).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
TZ=UTC
export TZ
unset ACCOUNTWIJS_DATA_DIR
content="$src/tests/data/progress/course"
data="$out/data"
anna="$data/profiles/p-00000000000000a1"
eq="$data/profiles/p-00000000000000b2"
mkdir -p "$anna" "$eq"

cat >"$anna/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000a1","name":"Anna; \"de\" Vries","created":"2026-03-01T08:00:00.000Z"}
EOF
cat >"$eq/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000b2","name":"=SUM(A1)"}
EOF
# Three answers (the first with the order it was shown in, the last on an
# item no longer in the course) and a torn tail.
cat >"$anna/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}
{"time":"2026-03-02T10:00:00.000Z","item":"q1a","content_version":"t1","answer":{"chosen":["true"]},"score":1,"ms":1500,"mode":"practice","shown":{"order":["true","false"]}}
{"time":"2026-03-02T10:01:00.000Z","item":"q1b","content_version":"t1","answer":"met ; puntkomma","score":0.75,"ms":2000,"mode":"exam"}
{"time":"2026-03-02T10:02:00.000Z","item":"weg","content_version":"t0","answer":{"t":"regel1\nregel2"},"score":0.5,"ms":0,"mode":"review"}
EOF
printf '{"time":"2026-03-02T10:03:00.000Z","item":"q1' >>"$anna/attempts.jsonl"
cp "$anna/attempts.jsonl" "$out/log-before"

# ---- attempts as CSV -----------------------------------------------------
"$bin" export --all --format csv --data-dir "$data" --content "$content" >"$out/all.csv" 2>"$out/all.err"
[ $? -eq 0 ] || no "export --all --format csv exited non-zero: $(cat "$out/all.err")"
python3 - "$out/all.csv" <<'PY' || fail=1
import sys
got = open(sys.argv[1], "rb").read()
want = (b"\xef\xbb\xbf"
    b"leerling;profiel;tijd;vraag;vraagtekst;paragraaf;modus;score;duur_s;lesversie;letters;antwoord;antwoord_json\r\n"
    b"\"Anna; \"\"de\"\" Vries\";p-00000000000000a1;2026-03-02 10:00:00;q1a;Is dit vraag q1a?;1.1 Eerste paragraaf;"
    b"oefenen;1;1,5;t1;J;Juist;\"{\"\"chosen\"\":[\"\"true\"\"]}\"\r\n"
    b"\"Anna; \"\"de\"\" Vries\";p-00000000000000a1;2026-03-02 10:01:00;q1b;Is dit vraag q1b?;1.1 Eerste paragraaf;"
    b"toets;0,75;2;t1;;;\"\"\"met ; puntkomma\"\"\"\r\n"
    b"\"Anna; \"\"de\"\" Vries\";p-00000000000000a1;2026-03-02 10:02:00;weg;;;herhalen;0,5;0;t0;;;"
    b"\"{\"\"t\"\":\"\"regel1\\nregel2\"\"}\"\r\n")
if got != want:
    print("FAIL: CSV bytes differ\n got: %r\nwant: %r" % (got, want))
    sys.exit(1)
# The profile without answers gives no rows; its formula-like name would
# have been defused with an apostrophe.
PY
grep -q 'half\|onvolledig' "$out/all.err" || no "the torn line was not reported: $(cat "$out/all.err")"
cmp -s "$anna/attempts.jsonl" "$out/log-before" || no "export changed the log"
[ ! -e "$anna/attempts.jsonl.torn" ] || no "export set the torn line aside (it must only read)"

# ---- the built-in course: letters as the student saw them, words, no markup
sam="$out/data2/profiles/p-00000000000000c3"
mkdir -p "$sam"
cat >"$sam/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000c3","name":"Sam"}
EOF
# Pressed A, which showed option b; then the same answer from an older line.
cat >"$sam/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1}
{"time":"2026-03-03T09:00:00Z","item":"q1-1-01","content_version":"2026.2","answer":{"chosen":["b"]},"score":0,"ms":800,"mode":"practice","shown":{"order":["b","d","a","c"]}}
{"time":"2026-03-03T09:01:00Z","item":"q1-1-01","content_version":"2026.1","answer":{"chosen":["b"]},"score":0,"ms":800,"mode":"practice"}
EOF
"$bin" export --profile Sam --format csv --data-dir "$out/data2" >"$out/sam.csv" 2>"$out/sam.err" \
    || no "export with the built-in course failed: $(cat "$out/sam.err")"
python3 - "$out/sam.csv" "$src/content/sections/1-1-over-deze-cursus.json" <<'PY' || fail=1
import csv, io, json, sys
raw = open(sys.argv[1], "rb").read()
rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
head, body = rows[0], rows[1:]
col = {name: head.index(name) for name in ("vraagtekst", "letters", "antwoord", "antwoord_json")}
q = next(q for q in json.load(open(sys.argv[2], encoding="utf-8"))["questions"] if q["id"] == "q1-1-01")
b = next(o["text"] for o in q["options"] if o["id"] == "b")
assert len(body) == 2, body
assert body[0][col["letters"]] == "A" and body[0][col["antwoord"]] == "A: " + b, body[0]
assert body[1][col["letters"]] == "B" and body[1][col["antwoord"]] == "B: " + b, body[1]  # course order
assert body[0][col["antwoord_json"]] == '{"chosen":["b"]}', body[0]
assert body[0][col["vraagtekst"]] == q["prompt"].replace("**", "") and b"**" not in raw, body[0]
PY

# ---- a formula-like name, and a profile picked by name in another case ---
cat >"$eq/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1}
{"time":"2026-03-03T09:00:00Z","item":"q2a","content_version":"t1","answer":"-1","score":0,"ms":800,"mode":"practice"}
EOF
"$bin" export --profile '=sum(a1)' --format csv --data-dir "$data" --content "$content" >"$out/eq.csv" 2>"$out/eq.err"
[ $? -eq 0 ] || no "export --profile =sum(a1) exited non-zero: $(cat "$out/eq.err")"
python3 - "$out/eq.csv" <<'PY' || fail=1
import sys
rows = open(sys.argv[1], "rb").read().split(b"\r\n")
want = b"'=SUM(A1);p-00000000000000b2;2026-03-03 09:00:00;q2a;Is dit vraag q2a?;1.2 Tweede paragraaf;oefenen;0;0,8;t1;;;\"\"\"-1\"\"\""
if len(rows) != 3 or rows[1] != want or rows[2] != b"":
    print("FAIL: formula row %r" % rows)
    sys.exit(1)
PY

# ---- attempts as JSON, data folder from the environment ------------------
ACCOUNTWIJS_DATA_DIR="$data" "$bin" export --profile 'ANNA; "DE" VRIES' --format=json --content "$content" \
    >"$out/anna.json" 2>/dev/null || no "export --format=json with ACCOUNTWIJS_DATA_DIR exited $?"
python3 - "$out/anna.json" <<'PY' || fail=1
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(rows, list) and len(rows) == 3, rows
keys = ["student", "profile", "time", "item", "section", "content_version", "mode", "score", "ms", "answer",
        "letters", "answer_text"]
assert all(list(r) == keys for r in rows), rows[0]
assert rows[0]["student"] == 'Anna; "de" Vries' and rows[0]["profile"] == "p-00000000000000a1"
assert rows[0]["time"] == "2026-03-02T10:00:00.000Z" and rows[0]["section"] == "ts1"
assert rows[0]["answer"] == {"chosen": ["true"]} and rows[0]["score"] == 1 and rows[0]["ms"] == 1500
assert rows[0]["letters"] == "J" and rows[0]["answer_text"] == "Juist", rows[0]
assert rows[1]["letters"] is None and rows[1]["answer_text"] is None, rows[1]
assert rows[1]["answer"] == "met ; puntkomma" and rows[1]["score"] == 0.75 and rows[1]["mode"] == "exam"
assert rows[2]["section"] is None and rows[2]["answer"] == {"t": "regel1\nregel2"}
PY

# ---- the summary per student and section ---------------------------------
"$bin" export --profile p-00000000000000a1 --format csv --summary --data-dir "$data" --content "$content" \
    >"$out/summary.csv" 2>/dev/null || no "export --summary exited $?"
python3 - "$out/summary.csv" <<'PY' || fail=1
import sys
got = open(sys.argv[1], "rb").read()
want = (b"\xef\xbb\xbf"
    b"leerling;profiel;sectie;paragraaf;pogingen;vragen;beantwoord;vragen_beheerst;beheersing_pct;beheerst;laatste_activiteit\r\n"
    b"\"Anna; \"\"de\"\" Vries\";p-00000000000000a1;ts1;1.1 Eerste paragraaf;2;4;2;1;43,8;nee;2026-03-02 10:01:00\r\n"
    b"\"Anna; \"\"de\"\" Vries\";p-00000000000000a1;ts2;1.2 Tweede paragraaf;0;4;0;0;0;nee;\r\n"
    b"\"Anna; \"\"de\"\" Vries\";p-00000000000000a1;ts3;1.3 Derde paragraaf;0;3;0;0;0;nee;\r\n")
if got != want:
    print("FAIL: summary bytes differ\n got: %r\nwant: %r" % (got, want))
    sys.exit(1)
PY
"$bin" export --all --format json --summary --data-dir "$data" --content "$content" >"$out/summary.json" 2>/dev/null \
    || no "export --all --summary --format json exited $?"
python3 - "$out/summary.json" <<'PY' || fail=1
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert [(r["student"], r["section"]) for r in rows] == [
    ("=SUM(A1)", "ts1"), ("=SUM(A1)", "ts2"), ("=SUM(A1)", "ts3"),
    ('Anna; "de" Vries', "ts1"), ('Anna; "de" Vries', "ts2"), ('Anna; "de" Vries', "ts3")], rows
a = rows[3]
assert a["attempts"] == 2 and a["mastery_pct"] == 43.8 and a["mastered"] is False, a
assert a["last_activity"] == "2026-03-02T10:01:00.000Z" and rows[4]["last_activity"] is None, a
PY

# ---- usage errors exit 2, missing things exit 1 --------------------------
"$bin" export >/dev/null 2>"$out/u1.err"; [ $? -eq 2 ] || no "no arguments must exit 2"
grep -q -- '--profile' "$out/u1.err" || no "usage message: $(cat "$out/u1.err")"
"$bin" export --all --format xml --data-dir "$data" >/dev/null 2>&1; [ $? -eq 2 ] || no "--format xml must exit 2"
"$bin" export --all --data-dir "$data" >/dev/null 2>&1; [ $? -eq 2 ] || no "a missing --format must exit 2"
"$bin" export --all --profile x --format csv >/dev/null 2>&1; [ $? -eq 2 ] || no "--all with --profile must exit 2"
"$bin" export --all --format csv --bogus >/dev/null 2>&1; [ $? -eq 2 ] || no "an unknown option must exit 2"
"$bin" export --all --format csv --data-dir >/dev/null 2>&1; [ $? -eq 2 ] || no "--data-dir without a value must exit 2"
"$bin" export --profile Bram --format csv --data-dir "$data" >/dev/null 2>"$out/nobody.err"
[ $? -eq 1 ] || no "an unknown profile must exit 1"
grep -q "geen profiel 'Bram'" "$out/nobody.err" || no "unknown profile message: $(cat "$out/nobody.err")"
"$bin" export --all --format csv --data-dir "$out/nowhere" >/dev/null 2>&1; [ $? -eq 1 ] || no "a missing data folder must exit 1"
"$bin" export --help >/dev/null 2>&1 || no "--help must exit 0"

# An unreadable log: reported, exit 1, and not moved by an export.
printf 'garbage\n' >"$eq/attempts.jsonl"
"$bin" export --all --format csv --data-dir "$data" --content "$content" >"$out/partial.csv" 2>"$out/partial.err"
[ $? -eq 1 ] || no "an unreadable log must make the export exit 1"
grep -q 'p-00000000000000a1;2026-03-02 10:00:00' "$out/partial.csv" || no "the readable profile must still be exported"
[ "$(cat "$eq/attempts.jsonl")" = garbage ] || no "export moved or changed an unreadable log"

# The default data folder is SDL's preference path for accountwijs.
mkdir -p "$out/xdg/accountwijs"
cp -r "$data" "$out/xdg/accountwijs/accountwijs"
XDG_DATA_HOME="$out/xdg" "$bin" export --profile p-00000000000000a1 --format json --content "$content" \
    >/dev/null 2>&1 || no "the data folder under XDG_DATA_HOME was not found"

exit $fail
