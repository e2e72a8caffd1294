#!/bin/sh
# Screenshots of the practice and scenario screens (every question type
# open and checked, the score, the scenario list, a situation, a
# consequence and an ending) in every theme at 800x600 and 1920x1080, for
# a person to look at: PNG when ImageMagick is there, else BMP, in $3.
# Fails when a screen cannot be reached or a text run leaves the window.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"

# Opens 1.3 from the contents (1.1, then Alt+Right twice: at any window
# size) and practises it.
cat >"$out/tour.aws" <<'AWS'
click "Inhoud"
click "Over deze cursus"
key alt+Right
key alt+Right
expect Welke klant is een account?
key End
click "Oefen deze paragraaf"
shot q01-single
key a
key Return
shot q01-single-retry
key b
key Return
shot q01-single-right
key Return
key Return
shot q02-give-first
key a
key Return
key Return
shot q02-single-wrong
key Return
shot q03-multiple
key a
key c
key Return
key Return
shot q03-multiple-checked
key Return
key a
key Return
key Return
key Return
key o
key Return
shot q05-truefalse-right
key Return
key j
key Return
key Return
shot q07-matching
key 1
key a
key 2
key b
shot q07-matching-picked
key Return
key Return
shot q07-matching-checked
key Return
key a
key b
key c
key d
key Return
key Return
key Return
shot q09-ordering
key 2
key alt+Up
key Return
shot q09-ordering-retry
key Return
shot q09-ordering-checked
key Return
key Return
key Return
key Return
shot q11-cloze
type Account
key Down
compose accountsel
shot q11-cloze-composing
type accountselecti
key Return
shot q11-cloze-retry
key Return
shot q11-cloze-checked
key Return
type x
key Return
key Return
key Return
key b
key Return
key Return
key c
key d
key e
key Return
key Return
key b
key Return
key Return
expect Klaar!
shot q99-score
click "Inhoud"
key End
click "Oefen met casussen"
expect Echte situaties
shot s01-list
key Tab
key Return
shot s02-intro
key Return
shot s03-situation
key 2
shot s04-consequence
key Return
key 1
key Return
key 1
key Return
key 1
key Return
key 1
key Return
shot s05-end
key End
shot s06-end-bottom
AWS

for theme in light dark contrast; do
    case $theme in
    light) pick="" ;;
    dark) pick='click "Donker"' ;;
    contrast) pick='click "Hoog contrast"' ;;
    esac
    for size in 800x600 1920x1080; do
        dir="$out/$theme-$size"
        mkdir -p "$dir"
        { echo 'click "Weergave"'; [ -n "$pick" ] && echo "$pick"; echo 'key Escape'; cat "$out/tour.aws"; } >"$dir.aws"
        if ! "$bin" --headless --size "$size" --script "$dir.aws" --out "$dir" --data-dir "$dir/data" --seed 1 \
            >"$dir.log" 2>&1; then
            echo "FAIL: $theme $size"
            sed -n 1,8p "$dir.log"
            fail=1
            continue
        fi
        w=${size%x*}
        for txt in "$dir"/*.txt; do
            awk -v w="$w" -v f="$txt" '$1 < 0 || $1 + $3 > w { print "FAIL: " f ": outside the window: " $0; bad = 1 }
                END { exit bad }' "$txt" || fail=1
        done
        if command -v convert >/dev/null 2>&1; then
            for bmp in "$dir"/*.bmp; do
                convert "$bmp" "${bmp%.bmp}.png" && rm -f "$bmp"
            done
        fi
    done
done
[ $fail -eq 0 ] && echo "ok: screenshots in $out"
exit $fail
