#!/bin/sh
# Without the Dutch hyphenation patterns the program still starts and
# works: it says so once on stderr and in Weergave, and words stay whole.
# ACCOUNTWIJS_HYPHEN_DIC names the only pattern file to try.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

cat >"$out/missing.aws" <<'AWS'
resize 800 600
click "Weergave"
click "Groter"
click "Groter"
click "Groter"
click "Groter"
click "Groter"
click "Kleuren"
scroll 12
expect "Woordafbreking staat uit"
shot settings
click "Inhoud"
click "accountmanagement?"
key Page Down
expect-not "accountma-"
expect "in eigen woorden uitleggen wat"
AWS
printf 'quit\n' >"$out/quit.aws"
ACCOUNTWIJS_HYPHEN_DIC="$out/no-such-file.dic" "$bin" --headless --script "$out/missing.aws" --out "$out/run" \
    --data-dir "$out/run/data" --seed 1 >"$out/stdout" 2>"$out/stderr" || no "the script failed: $(cat "$out/stderr")"
n=$(grep -ci "woordafbreking staat uit" "$out/stderr")
[ "$n" = 1 ] || no "stderr says it $n times, not once: $(cat "$out/stderr")"
grep -q "no-such-file.dic" "$out/stderr" || no "stderr does not name the file it looked for"

# A file that is not a pattern file (not ISO8859-1 patterns) counts as missing too.
printf 'UTF-8\nab1c\n' >"$out/utf8.dic"
ACCOUNTWIJS_HYPHEN_DIC="$out/utf8.dic" "$bin" --headless --script "$out/missing.aws" --out "$out/run2" \
    --data-dir "$out/run2/data" --seed 1 >/dev/null 2>"$out/stderr2" || no "the script failed with a UTF-8 file: $(cat "$out/stderr2")"
# In English with --lang en.
ACCOUNTWIJS_HYPHEN_DIC="$out/no-such-file.dic" "$bin" --lang en --headless --script "$out/quit.aws" --out "$out/run3" \
    --data-dir "$out/run3/data" --seed 1 >/dev/null 2>"$out/stderr3" || no "the English run failed: $(cat "$out/stderr3")"
grep -q "Hyphenation is off" "$out/stderr3" || no "--lang en does not say it in English: $(cat "$out/stderr3")"
[ $fail = 0 ] && echo "ok: without patterns the program works, says so once, and words stay whole"
exit $fail
