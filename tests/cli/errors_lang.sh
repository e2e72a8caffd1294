#!/bin/sh
# Core's errors in the user's language: core reports a code, the string
# tables word it, for the window and for the command line alike. Dutch by
# default, English with --lang en.
# - export into a full disk (/dev/full) stops with "schrijven mislukt", or
#   "writing failed" under --lang en; an unknown language is a usage error;
# - the profile screen refuses a 41-character name with the English rule
#   under --lang en (the Dutch one is tests/scripts/profiles.aws).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR
data="$out/data"
id=p-00000000000000e1
python3 "$src/tests/cli/practice_log.py" "$data" "$id" Fenna none || exit 1
# Enough answers that the export streams (more than 1 MiB of CSV).
python3 - "$data/profiles/$id/attempts.jsonl" <<'PY' || exit 1
import json, sys
with open(sys.argv[1], "a", encoding="utf-8") as f:
    for i in range(12000):
        f.write(json.dumps({"time": "2026-02-01T09:%02d:%02d.000Z" % (i // 60 % 60, i % 60), "item": "q1-1-01",
                            "content_version": "2026.1", "answer": {"choice": "a"}, "score": 1, "ms": 4000,
                            "mode": "practice"}) + "\n")
PY

if [ -w /dev/full ]; then
    "$bin" export --profile Fenna --format csv --data-dir "$data" >/dev/full 2>"$out/nl.err"
    [ $? -eq 1 ] || no "export into a full disk did not fail with status 1"
    grep -q "accountwijs export: Fenna: schrijven mislukt" "$out/nl.err" || no "Dutch: $(cat "$out/nl.err")"
    "$bin" export --lang en --profile Fenna --format csv --data-dir "$data" >/dev/full 2>"$out/en.err"
    [ $? -eq 1 ] || no "export --lang en into a full disk did not fail with status 1"
    grep -q "accountwijs export: Fenna: writing failed" "$out/en.err" || no "English: $(cat "$out/en.err")"
    "$bin" export --lang=en --profile Fenna --format csv --data-dir "$data" >/dev/full 2>"$out/en2.err"
    grep -q "writing failed" "$out/en2.err" || no "--lang=en: $(cat "$out/en2.err")"
else
    echo "no /dev/full here: the export half is skipped"
fi
"$bin" export --lang de --profile Fenna --format csv --data-dir "$data" >/dev/null 2>"$out/de.err"
[ $? -eq 2 ] || no "--lang de is not a usage error"
grep -q "niet 'de'" "$out/de.err" || no "--lang de: $(cat "$out/de.err")"

cat >"$out/name.aws" <<'AWS'
click "Switch student"
click "Name, for example Fenna"
type Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
expect A name has at most 40 characters; this one has 41.
expect-not deze heeft er
AWS
"$bin" --headless --lang en --script "$out/name.aws" --out "$out/shots" --data-dir "$out/window" --seed 1 \
    >"$out/window.log" 2>&1 || no "the English profile screen: $(cat "$out/window.log")"
exit $fail
