#!/bin/sh
# accountwijs export --format xapi: one statement per answer to every
# question of the built-in course (each answered once right and once
# wrong), per decision of every scenario and per test handed in, each
# valid by @learninglocker/xapi-validation (tests/xapi/validate.cjs), ids
# unique and the same when exported again; the home page and names from
# lrs.conf; a broken lrs.conf refused with its line; --summary refused.
# Skips (77) without node.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: node is not installed (sh .ci/install-deps --tests installs it); the statements are not validated"
    exit 77
fi
unset ACCOUNTWIJS_DATA_DIR ACCOUNTWIJS_LRS_CONF
data="$out/data"
python3 "$src/tests/xapi/make_data.py" "$src/content" "$data" || { echo "FAIL: make_data.py"; exit 1; }

"$bin" export --all --format xapi --data-dir "$data" >"$out/all.json" 2>"$out/all.err"
[ $? -eq 0 ] || no "export --format xapi exited non-zero: $(cat "$out/all.err")"
node "$src/tests/xapi/validate.cjs" "$out/all.json" >"$out/validate.txt" 2>&1 || no "invalid statements: $(head -20 "$out/validate.txt")"
python3 - "$out/all.json" "$data" <<'PY' || fail=1
import json, sys
stmts = json.load(open(sys.argv[1]))
meta = json.load(open(sys.argv[2] + "/expect.json"))
verbs = {}
for s in stmts:
    v = s["verb"]["id"].rsplit("/", 1)[1]
    verbs[v] = verbs.get(v, 0) + 1
want = {"answered": meta["answered"], "completed": meta["completed"], "passed": 1, "failed": 1}
if verbs != want:
    print("FAIL: verbs %r, want %r" % (verbs, want)); sys.exit(1)
types = {s["object"]["definition"].get("interactionType") for s in stmts if "definition" in s["object"]}
for t in ("choice", "true-false", "matching", "sequencing", "fill-in"):
    if t not in types:
        print("FAIL: no %s interaction among %r" % (t, types)); sys.exit(1)
if any("name" in s["actor"] for s in stmts):
    print("FAIL: a name was sent without names = ja"); sys.exit(1)
if {s["actor"]["account"]["homePage"] for s in stmts} != {"urn:accountwijs:profiles"}:
    print("FAIL: homePage is not the default"); sys.exit(1)
PY
# The same again: the same ids, byte for byte.
"$bin" export --all --format xapi --data-dir "$data" >"$out/again.json" 2>/dev/null
cmp -s "$out/all.json" "$out/again.json" || no "a second export differs from the first"

# One profile, with the school's home page and names on.
printf 'homepage = https://school.example/leerlingen\nnames = ja\n' >"$data/lrs.conf"
"$bin" export --profile Bram --format xapi --data-dir "$data" >"$out/bram.json" 2>"$out/bram.err"
[ $? -eq 0 ] || no "export --profile Bram exited non-zero: $(cat "$out/bram.err")"
node "$src/tests/xapi/validate.cjs" "$out/bram.json" >/dev/null 2>&1 || no "Bram's statements are not valid"
grep -q '"name":"Bram","account":{"homePage":"https://school.example/leerlingen"' "$out/bram.json" ||
    no "names = ja or homepage were not used: $(head -c 400 "$out/bram.json")"

# A profile without answers gives an empty array.
"$bin" export --profile Leeg --format xapi --data-dir "$data" >"$out/leeg.json" 2>/dev/null
python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != [])' "$out/leeg.json" ||
    no "an empty profile gave: $(cat "$out/leeg.json")"

# A broken lrs.conf: refused with its file and line, Dutch and English.
printf 'homepage = https://school.example/\nname = ja\n' >"$data/lrs.conf"
"$bin" export --all --format xapi --data-dir "$data" >/dev/null 2>"$out/bad.err"
[ $? -eq 1 ] || no "a broken lrs.conf did not exit 1"
grep -q "lrs.conf:2: onbekende sleutel 'name'" "$out/bad.err" || no "Dutch message: $(cat "$out/bad.err")"
"$bin" export --all --format xapi --data-dir "$data" --lang en >/dev/null 2>"$out/bad-en.err"
grep -q "lrs.conf:2: unknown key 'name'" "$out/bad-en.err" || no "English message: $(cat "$out/bad-en.err")"
rm -f "$data/lrs.conf"

"$bin" export --all --format xapi --summary --data-dir "$data" >/dev/null 2>"$out/sum.err"
[ $? -eq 2 ] || no "--summary with xapi did not exit 2"
grep -q "summary gaat niet samen met --format xapi" "$out/sum.err" || no "summary message: $(cat "$out/sum.err")"
exit $fail
