#!/bin/sh
# The script harness: exit status 0/1/2, messages with the line and what
# the frame holds, shots of (W*F)x(H*F) pixels with a .txt of text runs,
# clicks on labels, and a missing or broken font reported by its path.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
run() { # run NAME [options...] < script
    name=$1
    shift
    cat >"$out/$name.aws"
    "$bin" --headless --script "$out/$name.aws" --out "$out/$name" --data-dir "$out/$name/data" --seed 1 "$@" \
        >"$out/$name.stdout" 2>"$out/$name.stderr"
}

# A script that holds: exit 0, shots written.
run good --size 800x600 --scale 2 <<'AWS'
# comment lines and blank lines are fine

expect Accountmanagement
click "Begin met lezen"
expect Paragraaf 1 van 7
shot page
wait 250
quit
expect this line is never reached
AWS
[ $? -eq 0 ] || no "a good script must exit 0: $(cat "$out/good.stderr")"
[ -s "$out/good/page.bmp" ] && [ -s "$out/good/page.txt" ] || no "shot did not write page.bmp and page.txt"
# The BMP is 1600x1200 (800x600 points at scale 2).
dims=$(od -An -t d4 -j 18 -N 8 "$out/good/page.bmp" | tr -s ' ')
[ "$dims" = " 1600 1200" ] || [ "$dims" = " 1600 -1200" ] || no "shot size is '$dims', not 1600 1200"
# Every .txt line is "x y w h text".
grep -qv '^-\?[0-9]* -\?[0-9]* [0-9]* [0-9]* .' "$out/good/page.txt" && no "bad line in page.txt: $(grep -v '^-\?[0-9]* -\?[0-9]* [0-9]* [0-9]* .' "$out/good/page.txt" | head -1)"
grep -q ' Paragraaf 1 van 7$' "$out/good/page.txt" || no "page.txt lacks the section header"

# A failed expectation: exit 1, the line, the text and the frame's runs.
run expect <<'AWS'
expect Accountmanagement
expect Dit staat nergens
AWS
[ $? -eq 1 ] || no "a failed expect must exit 1"
grep -q 'expect.aws:2: expect "Dit staat nergens" failed' "$out/expect.stderr" || no "message: $(head -1 "$out/expect.stderr")"
grep -q ' Accountmanagement$' "$out/expect.stderr" || no "the message must list the frame's runs"

run expectnot <<'AWS'
expect-not Accountmanagement
AWS
[ $? -eq 1 ] || no "a failed expect-not must exit 1"

run nolabel <<'AWS'
click "Geen knop met deze tekst"
AWS
[ $? -eq 1 ] || no "a click on a missing label must exit 1"
grep -q 'nolabel.aws:1: click' "$out/nolabel.stderr" || no "message: $(head -1 "$out/nolabel.stderr")"

# Bad scripts: exit 2 with the line number, before anything runs.
for bad in 'fly away' 'key NoSuchKey' 'click 10' 'scroll lots' 'resize 10 10' 'wait -1' 'shot a/b' 'quit now' 'type'; do
    printf 'expect Accountmanagement\n%s\n' "$bad" | run bad
    [ $? -eq 2 ] || no "'$bad' must exit 2"
    grep -q '^.*bad.aws:2: ' "$out/bad.stderr" || no "'$bad': message without line: $(cat "$out/bad.stderr")"
    [ -e "$out/bad/data" ] && no "'$bad': the bad script ran"
done
"$bin" --headless --script "$out/none.aws" --out "$out/x" >/dev/null 2>&1
[ $? -eq 2 ] || no "a missing script must exit 2"
"$bin" --headless --script "$out/good.aws" >/dev/null 2>&1
[ $? -eq 2 ] || no "--script without --out must exit 2"
"$bin" --size 10x10 >/dev/null 2>&1
[ $? -eq 2 ] || no "a bad --size must exit 2"

# Fonts: a missing or broken file is an error that names it, not a crash.
mkdir -p "$out/fonts"
cp "$src"/assets/fonts/*.otf "$out/fonts/"
rm "$out/fonts/Inter-Italic.otf"
ACCOUNTWIJS_FONTS_DIR="$out/fonts" run nofont <<'AWS'
expect Accountmanagement
AWS
[ $? -eq 1 ] || no "a missing font must exit 1"
grep -q "fonts/Inter-Italic.otf" "$out/nofont.stderr" || no "missing font message: $(cat "$out/nofont.stderr")"
head -c 1000 /dev/urandom >"$out/fonts/Inter-Italic.otf"
ACCOUNTWIJS_FONTS_DIR="$out/fonts" run badfont <<'AWS'
expect Accountmanagement
AWS
[ $? -eq 1 ] || no "a broken font must exit 1"
grep -q "fonts/Inter-Italic.otf" "$out/badfont.stderr" || no "broken font message: $(cat "$out/badfont.stderr")"

# Settings are remembered in the data folder; --lang en speaks English.
run settings <<'AWS'
click "Weergave"
click "Donker"
key ctrl+plus
click "Inhoud"
click "Welke klant is een account?"
AWS
[ $? -eq 0 ] || no "settings run: $(cat "$out/settings.stderr")"
grep -q '^theme=dark$' "$out/settings/data/settings.conf" || no "theme not saved: $(cat "$out/settings/data/settings.conf")"
grep -q '^text_step=1$' "$out/settings/data/settings.conf" || no "text size not saved"
# The reading place belongs to the student's profile, not to the machine.
cat "$out"/settings/data/profiles/p-*/place.conf 2>/dev/null | grep -q '^last_section=s1-3$' || no "reading place not saved in the profile"
grep -q '^last_section=' "$out/settings/data/settings.conf" && no "reading place saved for the machine"
printf 'expect Continue reading\nexpect Welke klant is een account?\nexpect Contents\n' >"$out/again.aws"
"$bin" --headless --script "$out/again.aws" --out "$out/again" --data-dir "$out/settings/data" --lang en \
    >/dev/null 2>"$out/again.stderr" || no "second run in English: $(cat "$out/again.stderr")"
ACCOUNTWIJS_DATA_DIR="$out/settings/data" LANG=en_GB.UTF-8 "$bin" --headless --script "$out/again.aws" \
    --out "$out/again2" >/dev/null 2>"$out/again2.stderr" || no "data dir from the environment, English locale: $(cat "$out/again2.stderr")"

exit $fail
