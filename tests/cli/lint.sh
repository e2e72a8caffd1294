#!/bin/sh
# accountwijs check --lint and --strict: the message format
# (FILE: JSON.PATH: waarschuwing [rule]: message, or "warning" under
# --lang en), exit status 0 for warnings and 1 under --strict, silenced
# findings with their reason, --json with the findings, and every bad file
# of tests/data/lint naming its own rule.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
cd "$src/tests/data/lint" || exit 1

# A warning: the exact line (in Dutch, and in English with --lang en),
# exit 0, and the summary counts it.
"$bin" check --lint absolute-distractor-bad.json >"$out/sum.txt" 2>"$out/err.txt"
[ $? -eq 0 ] || no "--lint with a warning must exit 0"
line='absolute-distractor-bad.json: questions[0].options[1].text: waarschuwing [absolute-distractor]: deze foute optie zegt "alleen" en geen enkele goede optie doet dat'
grep -qF "$line" "$out/err.txt" || no "message: $(cat "$out/err.txt")"
grep -q 'lint: 1 waarschuwing, 0 stilgezet\.$' "$out/sum.txt" || no "summary: $(cat "$out/sum.txt")"
"$bin" check --lang en --lint absolute-distractor-bad.json >/dev/null 2>"$out/err-en.txt"
line='absolute-distractor-bad.json: questions[0].options[1].text: warning [absolute-distractor]: this wrong option says "alleen" and no right option does'
grep -qF "$line" "$out/err-en.txt" || no "English message: $(cat "$out/err-en.txt")"

# --strict: the same finding is an error, exit 1.
"$bin" check --strict absolute-distractor-bad.json >/dev/null 2>"$out/strict.txt"
[ $? -eq 1 ] || no "--strict with a finding must exit 1"
grep -qF 'absolute-distractor-bad.json: questions[0].options[1].text: fout [absolute-distractor]:' "$out/strict.txt" ||
    no "strict message: $(cat "$out/strict.txt")"
"$bin" check --lang en --strict absolute-distractor-bad.json >/dev/null 2>"$out/strict-en.txt"
grep -qF 'absolute-distractor-bad.json: questions[0].options[1].text: error [absolute-distractor]:' "$out/strict-en.txt" ||
    no "English strict message: $(cat "$out/strict-en.txt")"

# Without --lint nothing changes: no lint lines, exit 0.
"$bin" check absolute-distractor-bad.json >/dev/null 2>"$out/plain.txt" || no "check without --lint must exit 0"
[ ! -s "$out/plain.txt" ] || no "check without --lint printed: $(cat "$out/plain.txt")"

# Every bad file names its rule; every good file is clean, even under --strict.
for f in *-bad.json; do
    case $f in
    longest-correct-share-bad.json) rule=longest-correct ;;
    near-duplicate-prompt-bad.json) rule=near-duplicate ;;
    *) rule=${f%-bad.json} ;;
    esac
    "$bin" check --lang en --lint "$f" >/dev/null 2>"$out/one.txt"
    grep -q "^$f: [^:]*: warning \[$rule\]: " "$out/one.txt" || no "$f: no [$rule] warning: $(cat "$out/one.txt")"
done
for f in *-good.json; do
    "$bin" check --strict "$f" >/dev/null 2>"$out/one.txt" || no "$f must pass --strict: $(cat "$out/one.txt")"
done

# A silenced finding: reported with its reason, not counted, --strict passes.
"$bin" check --lang en --strict silenced.json >"$out/sum-en.txt" 2>"$out/err.txt" ||
    no "a silenced finding must not fail --strict"
grep -qF 'silenced.json: questions[0].options[0].text: silenced [longest-correct]: ' "$out/err.txt" ||
    no "silenced message: $(cat "$out/err.txt")"
grep -qF '(why: Deze vraag oefent' "$out/err.txt" || no "the reason is not shown: $(cat "$out/err.txt")"
"$bin" check --strict silenced.json >"$out/sum.txt" 2>"$out/err-nl.txt"
grep -qF 'silenced.json: questions[0].options[0].text: stilgezet [longest-correct]: ' "$out/err-nl.txt" ||
    no "Dutch silenced message: $(cat "$out/err-nl.txt")"
grep -qF '(reden: Deze vraag oefent' "$out/err-nl.txt" || no "the Dutch reason is not shown: $(cat "$out/err-nl.txt")"
grep -q 'lint: 0 fouten, 1 stilgezet\.$' "$out/sum.txt" || no "strict summary: $(cat "$out/sum.txt")"

# A silence without a reason is an error of the file itself.
"$bin" check "$src/tests/data/bad/lint-silence-without-why.json" >/dev/null 2>"$out/nowhy.txt"
[ $? -eq 1 ] || no "a silence without why must exit 1"
grep -qF 'lint-silence-without-why.json: questions[0].lint: een stilgezette regel heeft "why" nodig' "$out/nowhy.txt" ||
    no "no-why message: $(cat "$out/nowhy.txt")"
"$bin" check --lang en "$src/tests/data/bad/lint-silence-without-why.json" >/dev/null 2>"$out/nowhy-en.txt"
grep -qF 'lint-silence-without-why.json: questions[0].lint: a silenced rule needs "why"' "$out/nowhy-en.txt" ||
    no "English no-why message: $(cat "$out/nowhy-en.txt")"

# --json: one object; with --lint it holds the findings. A finding about
# the whole set of loose files is placed at "(all files)".
"$bin" check --json --lint silenced.json longest-correct-share-bad.json >"$out/lint.json" 2>/dev/null ||
    no "check --json --lint exited $?"
python3 - "$out/lint.json" <<'PY' || fail=1
import json, sys
text = open(sys.argv[1]).read()
assert text.count("\n") == 1, "more than one line"
d = json.loads(text)
lint = d["lint"]
assert lint["strict"] is False and lint["open"] == 1 and lint["silenced"] == 1, lint
rules = sorted((f["rule"], f["level"], f["file"], f["path"]) for f in lint["findings"])
assert rules == [("longest-correct", "silenced", "silenced.json", "questions[0].options[0].text"),
                 ("longest-correct", "warning", "(all files)", "(top level)")], rules
for f in lint["findings"]:
    assert set(f) >= {"file", "path", "rule", "level", "message"}, f
    assert ("why" in f) == (f["level"] == "silenced"), f
PY
"$bin" check --json absolute-distractor-bad.json >"$out/plain.json" 2>/dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "lint" not in d, d' "$out/plain.json" ||
    no "--json without --lint must not change its keys"

# A folder is one set: a question repeated in another file is named there.
"$bin" check --lint near-duplicate-good.json near-duplicate-bad.json >/dev/null 2>"$out/two.txt"
grep -q '^near-duplicate-bad.json: questions\[0\]: waarschuwing \[near-duplicate\]: nd-bad-q1 is bijna dezelfde vraag als nd-good-q1 in near-duplicate-good.json: questions\[0\]' "$out/two.txt" ||
    no "across files: $(cat "$out/two.txt")"

# The built-in course passes --strict (CI runs the same).
(cd / && "$bin" check --strict >"$out/course.txt" 2>&1) || no "the built-in course fails --strict: $(cat "$out/course.txt")"

# The schema knows "lint": every file here is valid, and the silences
# without a reason or with an unknown rule are not.
/usr/bin/python3 - "$src" <<'PY' || fail=1
import glob, json, os, sys
from jsonschema import Draft202012Validator
src = sys.argv[1]
v = Draft202012Validator(json.load(open(os.path.join(src, "content/schema/lesson.schema.json"), encoding="utf-8")))
for f in sorted(glob.glob(os.path.join(src, "tests/data/lint/*.json"))):
    errs = list(v.iter_errors(json.load(open(f, encoding="utf-8"))))
    assert not errs, (f, errs[0].message)
for name in ("lint-silence-without-why.json", "lint-silence-unknown-rule.json"):
    f = os.path.join(src, "tests/data/bad", name)
    assert list(v.iter_errors(json.load(open(f, encoding="utf-8")))), f + " must be invalid"
PY

[ $fail -eq 0 ] && echo "lint.sh: all passed"
exit $fail
