#!/bin/sh
# The progress screen's export button: it writes the student's
# answers to DATA/exports/antwoorden-NAME-YYYY-MM-DD.csv, named by the
# student's name made safe for every system and today's date, shows the full
# path on screen, and the file is byte for byte what `accountwijs export
# --profile ID --format csv` prints: a UTF-8 BOM, semicolons, RFC 4180
# quoting, CRLF; with the letters and the words of each answer beside the
# JSON. A second student of the same name gets a file of their own.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
TZ=Europe/Amsterdam
export TZ
unset ACCOUNTWIJS_DATA_DIR
data="$out/data"
id=p-00000000000000f1
python3 "$src/tests/cli/practice_log.py" "$data" "$id" '../../etc; "Fenna" =1' weeks || exit 1

cat >"$out/export.aws" <<'AWS'
click "Bekijk je voortgang"
key End
click "Exporteer mijn antwoorden (CSV)"
expect antwoorden opgeslagen in:
expect /exports/antwoorden-etc-Fenna-1-
shot exported
# A second export the same day replaces the file.
click "Exporteer mijn antwoorden (CSV)"
expect antwoorden opgeslagen in:
AWS
"$bin" --headless --script "$out/export.aws" --out "$out" --data-dir "$data" --seed 1 >"$out/run.log" 2>&1 \
    || { no "the export script failed:"; cat "$out/run.log"; exit 1; }

today=$(date +%Y-%m-%d)
file="$data/exports/antwoorden-etc-Fenna-1-$today.csv"
[ -f "$file" ] || no "no file $file: $(ls -la "$data/exports" 2>&1)"
[ "$(ls "$data/exports" | wc -l)" -eq 1 ] || no "more than the export in $data/exports: $(ls "$data/exports")"
[ ! -e "$data/etc" ] && [ ! -e "$out/etc" ] || no "the typed name reached a path"

# The path on screen: the runs after "opgeslagen in:", joined (a long path wraps).
python3 - "$out/exported.txt" "$file" <<'PY' || fail=1
import sys
lines = [l.rstrip("\n").split(" ", 4) for l in open(sys.argv[1], encoding="utf-8")]
texts = [l[4] for l in lines if len(l) == 5]
k = next(i for i, t in enumerate(texts) if "opgeslagen in:" in t)
shown = ""
for t in texts[k + 1:]:
    shown += t
    if shown.endswith(".csv"):
        break
if shown != sys.argv[2]:
    print("FAIL: the screen shows %r, the file is %r" % (shown, sys.argv[2]))
    sys.exit(1)
PY

# Byte for byte the command line's export.
"$bin" export --profile "$id" --format csv --data-dir "$data" >"$out/cli.csv" 2>"$out/cli.err" \
    || no "accountwijs export failed: $(cat "$out/cli.err")"
cmp -s "$file" "$out/cli.csv" || no "the file differs from accountwijs export: $(cmp "$file" "$out/cli.csv")"

# What a Dutch Excel needs: the BOM, semicolons, CRLF, quoted fields intact.
python3 - "$file" <<'PY' || fail=1
import csv, io, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark: %r" % raw[:8]
text = raw[3:].decode("utf-8")
assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", ""), "line ends are not CRLF"
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
head = rows[0]
assert head == ["leerling", "profiel", "tijd", "vraag", "vraagtekst", "paragraaf", "modus", "score", "duur_s",
                "lesversie", "letters", "antwoord", "antwoord_json"], head
body = rows[1:]
assert len(body) == 12 * 10, len(body)
assert all(len(r) == len(head) for r in body), [r for r in body if len(r) != len(head)][:1]
assert all(r[0] == '../../etc; "Fenna" =1' and r[1] == "p-00000000000000f1" for r in body), body[0]
assert any(r[12] == '"met ; puntkomma en \\"quotes\\""' for r in body), [r[12] for r in body][:3]
assert all(r[7] in ("0", "1") for r in body), body[0]
assert all("." not in r[8] and r[8].replace(",", "").isdigit() for r in body), [r[8] for r in body][:3]  # decimal comma
assert any(r[4] for r in body) and not any("**" in r[4] for r in body), [r[4] for r in body][:3]  # no markup
assert b'"../../etc; ""Fenna"" =1";' in raw, "the name is not quoted as RFC 4180 says"
PY

# Another student of the same name, on the same machine and day: a file of
# their own beside the first, which keeps its answers.
cp "$file" "$out/first.csv"
python3 "$src/tests/cli/practice_log.py" "$data" p-00000000000000f2 '../../etc; "Fenna" =1' today || exit 1
"$bin" --headless --script "$out/export.aws" --out "$out/second" --data-dir "$data" --seed 1 >"$out/run2.log" 2>&1 \
    || { no "the second student's export failed:"; cat "$out/run2.log"; }
second="$data/exports/antwoorden-etc-Fenna-1-$today-2.csv"
[ -f "$second" ] || no "no file $second: $(ls "$data/exports" 2>&1)"
cmp -s "$file" "$out/first.csv" || no "the second student's export changed the first student's file"
grep -q ';p-00000000000000f2;' "$second" || no "the second file does not hold the second student's answers"
exit $fail
