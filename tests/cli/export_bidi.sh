#!/bin/sh
# No bidirectional control reaches a CSV or JSON export: a name and a typed
# answer with U+202E (right-to-left override, here raw in the log) come
# out as typed.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
unset ACCOUNTWIJS_DATA_DIR
TZ=UTC
export TZ
p="$out/data/profiles/p-00000000000000a1"
mkdir -p "$p"
cat >"$p/profile.json" <<'EOF'
{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000a1","name":"\u202Eanna","created":"2026-03-01T08:00:00.000Z"}
EOF
cat >"$p/attempts.jsonl" <<'EOF'
{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}
{"time":"2026-03-02T10:00:00.000Z","item":"q1a","content_version":"t1","answer":"RLO=1+1","score":1,"ms":1500,"mode":"practice"}
EOF
# The override itself, raw (kept out of this file so it reads the right way).
rlo=$(printf '\342\200\256')
sed -i "s/RLO/$rlo/" "$p/attempts.jsonl"
"$bin" export --all --format csv --data-dir "$out/data" --content "$src/tests/data/progress/course" \
    >"$out/all.csv" 2>"$out/err.txt" || { echo "FAIL: export: $(cat "$out/err.txt")"; exit 1; }
python3 - "$out/all.csv" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8-sig").read()
bidi = [c for c in text if c in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
ok = True
if bidi:
    print("FAIL: bidirectional controls in the CSV: %r" % bidi); ok = False
row = text.splitlines()[1]
if not row.startswith("anna;"):
    print("FAIL: the name is not 'anna': %r" % row); ok = False
if '"""=1+1"""' not in row:
    print("FAIL: the answer is not '=1+1': %r" % row); ok = False
print("export_bidi: ok" if ok else row)
sys.exit(0 if ok else 1)
PY
[ $? -eq 0 ] || exit 1
"$bin" export --all --format json --data-dir "$out/data" --content "$src/tests/data/progress/course" \
    >"$out/all.json" 2>"$out/err.txt" || { echo "FAIL: export json: $(cat "$out/err.txt")"; exit 1; }
python3 - "$out/all.json" <<'PY'
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
rows = json.loads(raw)
text = raw + json.dumps(rows, ensure_ascii=False)
bidi = [c for c in text if c in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
ok = not bidi and rows[0]["student"] == "anna" and rows[0]["answer"] == "=1+1"
print("export_bidi json: ok" if ok else "FAIL: json export: %r %r" % (bidi, rows[0]))
sys.exit(0 if ok else 1)
PY
