#!/bin/sh
# Screenshots of the scoring module's screens for a person to look
# at: the start screen's "who practises / what next", the contents with
# mastery, the progress screen (rule, bar chart, line chart, weakest goals,
# export) and the profile screen, in the light, dark and high-contrast
# themes, at 800x600 and 1920x1080, and the line chart with no day and with
# one day. Written to the build tree ($3) as PNG when ImageMagick is there.
# The test fails only when a screen cannot be reached or shot.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR

cat >"$out/tour.aws" <<'AWS'
shot 01-start
click "Inhoud"
shot 02-contents
click "Bekijk je voortgang"
expect Per vraag tellen je laatste drie pogingen
shot 03-progress-top
scroll 5
shot 04-progress-charts
scroll 5
shot 05-progress-lines
key End
shot 06-progress-goals
key Home
click "Wissel van leerling"
shot 07-profiles
AWS

cat >"$out/charts.aws" <<'AWS'
click "Bekijk je voortgang"
scroll 5
shot progress-charts
scroll 5
shot progress-lines
AWS

sed 's/Bekijk je voortgang/See your progress/' "$out/charts.aws" >"$out/charts-en.aws"

shoot() { # shoot NAME THEME PRACTICE SCRIPT [options]
    name=$1 theme=$2 days=$3 script=$4
    shift 4
    mkdir -p "$out/$name/data"
    printf 'theme=%s\n' "$theme" >"$out/$name/data/settings.conf"
    python3 "$src/tests/cli/practice_log.py" "$out/$name/data" p-00000000000000f1 Fenna "$days" || no "$name: no log"
    "$bin" --headless --script "$out/$script" --out "$out/$name" --data-dir "$out/$name/data" --seed 1 "$@" \
        >/dev/null 2>"$out/$name.err" || no "$name: $(head -5 "$out/$name.err")"
}
shoot light light weeks tour.aws
shoot dark dark weeks tour.aws
shoot contrast contrast weeks tour.aws
shoot small light weeks tour.aws --size 800x600
shoot large dark weeks tour.aws --size 1920x1080
shoot english light weeks charts-en.aws --lang en
shoot no-days light none charts.aws
shoot one-day contrast today charts.aws

count=$(ls "$out"/*/*.bmp 2>/dev/null | wc -l)
[ "$count" -eq 41 ] || no "expected 41 screenshots, got $count"
if command -v convert >/dev/null 2>&1; then
    for f in "$out"/*/*.bmp; do
        convert "$f" "${f%.bmp}.png" && rm "$f"
    done
fi
echo "screenshots in $out"
exit $fail
