#!/bin/sh
# Screenshots of every screen in every theme, for a person to look at:
# written to the build tree ($3, e.g. build/tests/out/screenshots) as PNG
# when ImageMagick is there, else as the harness's BMP. The test fails only
# when a screen cannot be reached or shot.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

cat >"$out/tour.aws" <<'AWS'
shot 01-start
click "Inhoud"
shot 02-contents
click "Over deze cursus"
shot 03-reader-top
key ctrl+f
type opleidingen waarvoor deze cursus bedoeld
key Return
shot 04-reader-table
key ctrl+f
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
type organigram van de commerciële afdelingen
key Return
shot 05-reader-tree
key ctrl+f
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
type twee kanten van hetzelfde productpakket
key Return
shot 06-reader-flow
click "productmanagement"
key Tab
key Tab
shot 07-reader-terms
key End
shot 08-reader-end
click "Oefen deze paragraaf"
shot 09-quiz
click "Begrippen"
type klant
shot 10-glossary
click "Zoeken"
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
key ctrl+Backspace
type accountselectie
shot 11-search
click "Weergave"
shot 12-settings
AWS

# The interface in English: its own labels.
cat >"$out/tour-en.aws" <<'AWS'
shot 01-start
click "Contents"
shot 02-contents
click "Over deze cursus"
shot 03-reader-top
key End
shot 08-reader-end
click "Glossary"
shot 10-glossary
click "Search"
type klant
shot 11-search
click "Display"
shot 12-settings
AWS

shoot() { # shoot NAME THEME DYSLEXIC [options]
    name=$1 theme=$2 dys=$3
    shift 3
    mkdir -p "$out/$name/data"
    printf 'theme=%s\ndyslexic=%s\n' "$theme" "$dys" >"$out/$name/data/settings.conf"
    tour=$out/tour.aws
    case " $* " in *" en "*) tour=$out/tour-en.aws ;; esac
    "$bin" --headless --script "$tour" --out "$out/$name" --data-dir "$out/$name/data" "$@" \
        >/dev/null 2>"$out/$name.err" || no "$name: $(head -3 "$out/$name.err")"
}
shoot light light 0
shoot dark dark 0
shoot contrast contrast 0
shoot dyslexic light 1
shoot english light 0 --lang en
shoot small-hidpi light 0 --size 800x600 --scale 2

count=$(ls "$out"/*/*.bmp 2>/dev/null | wc -l)
[ "$count" -eq 67 ] || no "expected 67 screenshots, got $count"
if command -v convert >/dev/null 2>&1; then
    for f in "$out"/*/*.bmp; do
        convert "$f" "${f%.bmp}.png" && rm "$f"
    done
fi
echo "screenshots in $out"
exit $fail
