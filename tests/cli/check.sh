#!/bin/sh
# accountwijs check: exit status 0/1/2, the --json object, messages that say
# where, and the program finding its content from any working directory and
# after `cmake --install`.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

# The built-in course, found from another working directory.
(cd / && "$bin" check >"$out/summary.txt" 2>"$out/err.txt") || no "check of the built-in course exited $?"
grep -q '^In orde: 7 paragrafen' "$out/summary.txt" || no "summary: $(cat "$out/summary.txt")"

# One of a kind is named in the singular ("1 scenario met 4 knooppunten, 1 begrip").
"$bin" check "$src/tests/data/good/minicourse" >"$out/small.txt" 2>&1 || no "check of tests/data/good exited $?"
grep -q ', 1 scenario met 4 knooppunten, 1 begrip;' "$out/small.txt" || no "singular: $(cat "$out/small.txt")"

# --json prints exactly one JSON object with every count.
(cd / && "$bin" check --json) >"$out/counts.json" || no "check --json exited $?"
python3 - "$out/counts.json" <<'PY' || fail=1
import json, sys
text = open(sys.argv[1]).read()
d = json.loads(text)
keys = ["sections", "questions", "by_type", "scenarios", "scenario_nodes", "glossary", "errors", "warnings"]
assert list(d) == keys, list(d)
assert list(d["by_type"]) == ["single", "multiple", "truefalse", "matching", "ordering", "cloze", "numeric"]
assert d["errors"] == 0 and d["sections"] >= 7 and d["questions"] >= 80, d
assert sum(d["by_type"].values()) == d["questions"], d
assert text.count("\n") == 1, "more than one line"
PY

# A broken file: exit 1, the message names file, line and column, in Dutch
# by default and in English with --lang en.
"$bin" check "$src/tests/data/bad/syntax-missing-comma.json" >/dev/null 2>"$out/bad.txt"
[ $? -eq 1 ] || no "a broken file must exit 1"
grep -q 'syntax-missing-comma.json:3:3: syntaxfout: er ontbreekt een komma' "$out/bad.txt" || no "message: $(cat "$out/bad.txt")"
"$bin" check --lang en "$src/tests/data/bad/syntax-missing-comma.json" >/dev/null 2>"$out/bad-en.txt"
[ $? -eq 1 ] || no "a broken file must exit 1 under --lang en"
grep -q 'syntax-missing-comma.json:3:3: syntax error: missing comma' "$out/bad-en.txt" ||
    no "English message: $(cat "$out/bad-en.txt")"
"$bin" check --json "$src/tests/data/bad/scenario-loop.json" >"$out/bad.json" 2>/dev/null
[ $? -eq 1 ] || no "a broken file with --json must exit 1"
grep -q '"errors": 1,' "$out/bad.json" || no "json of a broken file: $(cat "$out/bad.json")"

# Usage errors exit 2.
"$bin" check --nonsense >/dev/null 2>&1
[ $? -eq 2 ] || no "an unknown option must exit 2"
"$bin" check /no/such/path >/dev/null 2>&1
[ $? -eq 1 ] || no "a missing path must exit 1"

# Installed: the program finds share/accountwijs beside its bin/.
build=$(dirname "$bin")
if cmake --install "$build" --prefix "$out/prefix" >/dev/null 2>&1; then
    mv "$out/prefix" "$out/moved"
    (cd / && "$out/moved/bin/accountwijs" check >/dev/null 2>&1) || no "the installed program (moved) did not find its content"
    [ -f "$out/moved/share/accountwijs/assets/fonts/Inter-Regular.otf" ] || no "fonts not installed"
    # Prove it read the moved copy, not the source tree: break the copy.
    rm "$out/moved/share/accountwijs/content/glossary.json"
    (cd / && "$out/moved/bin/accountwijs" check >/dev/null 2>&1)
    [ $? -eq 1 ] || no "the installed program did not read its own content"
else
    no "cmake --install failed"
fi
[ $fail -eq 0 ] && echo "check.sh: all passed"
exit $fail
