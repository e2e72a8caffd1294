#!/bin/sh
# accountwijs import gift / export gift: a bank becomes lesson files that
# `check` accepts; a bank with errors writes nothing and says FILE:LINE for
# each (Dutch, English with --lang en); existing files are not overwritten;
# the course goes out as GIFT with notes on stderr and comes back in.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

cat >"$out/bank.gift" <<'EOF'
// Een kleine bank om in te lezen.
$CATEGORY: $course$/top/Klanten

::Account::Wat is een *account*?{
  =Een belangrijke klant#Juist.
  ~Een vaste klant
  ####Een account is een klant met wie je lang samenwerkt.
}

::Stelling 1::Een account is altijd een groot bedrijf.{F#Nee, ook een klein bedrijf kan een account zijn.#Goed.}

Schrijf een opstel over je stage.{}

Koppel.{=Omzet -> Hoeveel de klant koopt =Marge -> Wat je eraan verdient}

Hoeveel procent marge is 20 van 100?{#20:0.5}
EOF
"$bin" import gift "$out/bank.gift" --out "$out/lessen" >"$out/import.out" 2>"$out/import.err"
[ $? -eq 0 ] || no "import of a good bank failed: $(cat "$out/import.err")"
grep -q "bank.gift:12: waarschuwing: een open vraag (essay, {}) is overgeslagen" "$out/import.err" ||
    no "the skipped essay was not reported at its line: $(cat "$out/import.err")"
grep -q "vragen ingelezen: 4, overgeslagen: 1; lesbestanden geschreven in .*: 1" "$out/import.err" || no "no summary: $(cat "$out/import.err")"
[ -f "$out/lessen/Klanten.json" ] || no "no lesson file Klanten.json: $(ls "$out/lessen")"
"$bin" check "$out/lessen" >"$out/check.out" 2>&1 || no "check refuses the imported lessons: $(cat "$out/check.out")"
grep -q '"id": "Account"' "$out/lessen/Klanten.json" || no "the title did not become the id"

# Again into the same folder: nothing is overwritten.
cp "$out/lessen/Klanten.json" "$out/before.json"
"$bin" import gift "$out/bank.gift" --out "$out/lessen" 2>"$out/again.err"
[ $? -eq 1 ] || no "importing over existing files did not fail"
grep -q "bestaat al" "$out/again.err" || no "no message about the existing file: $(cat "$out/again.err")"
cmp -s "$out/lessen/Klanten.json" "$out/before.json" || no "an existing lesson file was overwritten"

# A bank with errors: every one at its line, nothing written.
cat >"$out/bad.gift" <<'EOF'
Eerste vraag{=ja ~nee}

Tweede vraag {=ja ~nee

Koppel.{=a -> 1 =b 2}

Getal{#abc}
EOF
"$bin" import gift "$out/bad.gift" --out "$out/bad" 2>"$out/bad.err"
[ $? -eq 1 ] || no "a bank with errors did not exit 1"
for want in "bad.gift:3: een { zonder }" "bad.gift:5: een paar van een koppelvraag heeft geen ->" \
    "bad.gift:7: \"abc\" is geen getal" "er is niets geschreven"; do
    grep -qF "$want" "$out/bad.err" || no "missing: $want in $(cat "$out/bad.err")"
done
[ ! -e "$out/bad" ] || no "a bank with errors wrote files"
"$bin" --lang en import gift "$out/bad.gift" --out "$out/bad" 2>"$out/bad-en.err"
grep -qF "bad.gift:3: a { without }" "$out/bad-en.err" || no "no English message: $(cat "$out/bad-en.err")"
grep -qF "nothing was written" "$out/bad-en.err" || no "no English summary: $(cat "$out/bad-en.err")"

# What the reader takes but the lesson format does not (two pairs with one
# right side) is told by the loader at the GIFT line, with the question's id.
printf '::Goed::Ja?{T}\n\n::Dubbel::Koppel.{\n=a -> 1\n=b -> 1\n}\n' >"$out/dubbel.gift"
"$bin" --lang en import gift "$out/dubbel.gift" --out "$out/dubbel" 2>"$out/dubbel.err"
[ $? -eq 1 ] || no "a bank the loader refuses did not exit 1"
grep -qF "dubbel.gift:3: question Dubbel: the same text as item 0" "$out/dubbel.err" ||
    no "the loader's message is not at the GIFT line: $(cat "$out/dubbel.err")"
[ ! -e "$out/dubbel" ] || no "a bank the loader refuses wrote files"

# More problems than are kept: the rest is counted in a last line.
i=0
while [ $i -lt 250 ]; do printf 'Vraag %d{~a}\n\n' $i; i=$((i + 1)); done >"$out/veel.gift"
"$bin" import gift "$out/veel.gift" --out "$out/veel" 2>"$out/veel.err"
[ $? -eq 1 ] || no "a bank with 250 errors did not exit 1"
grep -q "veel.gift: nog 50 fouten niet getoond" "$out/veel.err" || no "the errors past the cap are not counted: $(tail -3 "$out/veel.err")"

# Usage errors exit 2.
"$bin" import gift "$out/bank.gift" 2>/dev/null
[ $? -eq 2 ] || no "import without --out did not exit 2"
"$bin" import qti "$out/bank.gift" --out x 2>/dev/null
[ $? -eq 2 ] || no "an unknown import format did not exit 2"
"$bin" import gift "$out/missing.gift" --out "$out/x" 2>"$out/missing.err"
[ $? -eq 1 ] || no "a missing file did not exit 1"

# Export: the course as GIFT, notes on stderr, and back in.
"$bin" export gift >"$out/course.gift" 2>"$out/export.err" || no "export gift failed: $(cat "$out/export.err")"
grep -q '^\$CATEGORY: \$course\$/top/' "$out/course.gift" || no "no categories in the export"
grep -q '^::q1-3-01::' "$out/course.gift" || no "ids are not the titles"
grep -q '^// ordering: ' "$out/course.gift" || no "ordering without its comment"
grep -q 'casus sc-.* is weggelaten' "$out/export.err" || no "scenarios left out without a note: $(cat "$out/export.err")"
grep -q 'vraag q1-1-11 is weggelaten: GIFT kent maar één open plek' "$out/export.err" ||
    no "a cloze with two blanks left out without a note: $(cat "$out/export.err")"
"$bin" import gift "$out/course.gift" --out "$out/terug" 2>"$out/terug.err" || no "the export does not import: $(cat "$out/terug.err")"
"$bin" check "$out/terug" >/dev/null 2>&1 || no "check refuses the exported course after import"
"$bin" export gift --section s1-3 >"$out/s13.gift" 2>/dev/null || no "export gift --section failed"
[ "$(grep -c '^\$CATEGORY' "$out/s13.gift")" -eq 1 ] || no "--section wrote other sections"
"$bin" --lang en export gift --section nope >/dev/null 2>"$out/nope.err"
[ $? -eq 1 ] || no "an unknown section did not exit 1"
grep -q "nope" "$out/nope.err" || no "the unknown section was not named: $(cat "$out/nope.err")"
exit $fail
