#!/bin/sh
# Screenshots of the test (toets) and the class quiz screens in every theme
# and at small, HiDPI and projector sizes, for a person to look at (PNG in
# the build tree, $3, when ImageMagick is there). Fails when a screen cannot
# be reached or a text run of any shot leaves the window.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

# The test: setup, a question of each kind, the hand-in question, the
# result and its review (the seed-1 draw of tests/scripts/exam.aws).
cat >"$out/exam.aws" <<'AWS'
click "Toets jezelf"
shot e1-setup
click "10 vragen"
scroll 6
click "Start de toets"
click "4"
type top-down
shot e2-cloze
click "3"
shot e3-ordering
click "8"
click "Bottom-up, omdat de informatie"
shot e4-single
click "9"
click "Een standaardproduct"
shot e5-matching
click "1"
click "Offertes opstellen"
click "Markeren"
shot e6-multiple
click "Inleveren"
shot e7-confirm
click "Ja, inleveren"
shot e8-result
scroll 7
shot e9-review
scroll 30
shot e10-review
AWS

# The same in English (its own labels).
sed -e 's/"Toets jezelf"/"Test yourself"/; s/"10 vragen"/"10 questions"/; s/"Start de toets"/"Start the test"/' \
    -e 's/"Markeren"/"Flag"/; s/"Inleveren"/"Hand in"/; s/"Ja, inleveren"/"Yes, hand in"/' \
    "$out/exam.aws" >"$out/exam-en.aws"

# The class quiz: setup, then every phase with a tally and teams.
cat >"$out/class.aws" <<'AWS'
click "Klassikale quiz"
shot c1-setup
scroll 6
click "Tel de stemmen"
scroll 10
click "3 teams"
shot c2-setup-teams
click "Start de quiz"
shot c3-question
key Return
key 1
key 2
key Return
key 5
key Return
key 3
shot c4-open
key Return
key Return
key 1
shot c5-reveal
key Return
shot c6-scores
key Return
key Return
key space
shot c7-paused
key Return
key Return
shot c8-reveal-no-tally
AWS

shoot() { # shoot NAME SCRIPT THEME DYSLEXIC [options]
    name=$1 script=$2 theme=$3 dys=$4
    shift 4
    mkdir -p "$out/$name/data"
    printf 'theme=%s\ndyslexic=%s\n' "$theme" "$dys" >"$out/$name/data/settings.conf"
    "$bin" --headless --script "$out/$script" --out "$out/$name" --data-dir "$out/$name/data" --seed 1 "$@" \
        >/dev/null 2>"$out/$name.err" || no "$name: $(head -3 "$out/$name.err")"
}
for theme in light dark contrast; do
    shoot exam-$theme exam.aws $theme 0
    shoot class-$theme-1920x1080 class.aws $theme 0 --size 1920x1080
    shoot class-$theme-1024x768 class.aws $theme 0 --size 1024x768
done
shoot exam-dyslexic exam.aws light 1
shoot exam-english exam-en.aws light 0 --lang en
shoot exam-800x600 exam.aws light 0 --size 800x600
shoot exam-hidpi exam.aws dark 0 --size 800x600 --scale 2
shoot class-dyslexic-1280x720 class.aws light 1 --size 1280x720
shoot class-hidpi-1024x768 class.aws light 0 --size 1024x768 --scale 2
shoot class-light-800x600 class.aws light 0 --size 800x600

# No text run outside its window (the size of the bitmap): none starts
# above or left of it or ends right of it, none starts below it. (A run
# cut by the bottom of a scroll area is clipped there, not outside.)
for txt in "$out"/*/*.txt; do
    bmp=${txt%.txt}.bmp
    [ -f "$bmp" ] || continue
    size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(26); print(*struct.unpack("<ii", d[18:26]))' "$bmp")
    set -- $size
    w=$1 h=${2#-}
    awk -v w="$w" -v h="$h" -v f="$txt" '
        $1 < 0 || $2 < 0 || $1 + $3 > w || $2 >= h { print "FAIL: " f ": outside " w "x" h ": " $0; bad = 1 }
        END { exit bad }' "$txt" || fail=1
done

count=$(ls "$out"/*/*.bmp 2>/dev/null | wc -l)
[ "$count" -eq 142 ] || no "expected 142 screenshots, got $count"
if command -v convert >/dev/null 2>&1; then
    for f in "$out"/*/*.bmp; do
        convert "$f" "${f%.bmp}.png" && rm "$f"
    done
fi
echo "screenshots in $out"
exit $fail
