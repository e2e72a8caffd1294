#!/bin/sh
# speak.sh - `accountwijs speak`: a WAV of what the read-aloud says (a
# valid RIFF file, 16-bit mono at 22050 Hz, not silence, about as long as
# the words), the word timings of --events, a whole section, and clear
# errors in Dutch and English: an unknown section, an unwritable file, no
# espeak-ng data, a broken pronunciation list, bad options.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
# Skips (77) when espeak-ng has no Dutch voice on this machine.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

"$bin" speak --text "Hallo." --wav "$out/probe.wav" >/dev/null 2>"$out/probe.err"
if [ $? -ne 0 ]; then
    if grep -q "espeak-ng\|ontbreekt" "$out/probe.err"; then
        echo "skipped: $(cat "$out/probe.err")"
        exit 77
    fi
fi

# A fixed sentence: the WAV, and each word's byte offset in the text.
text="De accountmanager belt één klant over de offerte."
"$bin" speak --text "$text" --wav "$out/zin.wav" --events >"$out/events" 2>"$out/err" || no "speak --text failed: $(cat "$out/err")"
offsets=$(cut -d' ' -f2 "$out/events" | tr '\n' ' ')
[ "$offsets" = "0 3 18 23 29 35 40 43 " ] || no "word offsets are '$offsets'"
words=$(cut -d' ' -f4 "$out/events" | tr '\n' ' ')
[ "$words" = "De accountmanager belt één klant over de offerte " ] || no "words are '$words'"
python3 - "$out/zin.wav" 8 <<'EOF' || fail=1
import math, struct, sys, wave
path, nwords = sys.argv[1], int(sys.argv[2])
with wave.open(path) as w:
    if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, 2, 22050):
        print(f"FAIL: {path} is {w.getnchannels()} channels, {8 * w.getsampwidth()} bits, {w.getframerate()} Hz")
        sys.exit(1)
    n = w.getnframes()
    pcm = struct.unpack(f"<{n}h", w.readframes(n))
seconds = n / 22050
rms = math.sqrt(sum(x * x for x in pcm) / n)
expected = nwords * 60 / 160
if rms < 500:
    print(f"FAIL: {path} is silence (rms {rms:.0f})")
    sys.exit(1)
if not expected * 0.6 < seconds < expected * 1.8:
    print(f"FAIL: {path} lasts {seconds:.2f} s for {nwords} words at 160 a minute ({expected:.2f} s)")
    sys.exit(1)
print(f"ok: {seconds:.2f} s, rms {rms:.0f}")
EOF

# A faster rate gives a shorter file.
"$bin" speak --text "$text" --wav "$out/snel.wav" --rate 280 2>"$out/err" || no "speak --rate 280 failed"
[ "$(wc -c <"$out/snel.wav")" -lt "$(wc -c <"$out/zin.wav")" ] || no "--rate 280 is not shorter than 160"

# A whole section: its title is the first thing said.
"$bin" speak --section s1-2 --wav "$out/s1-2.wav" --events >"$out/s1-2.events" 2>"$out/err" ||
    no "speak --section failed: $(cat "$out/err")"
[ "$(wc -c <"$out/s1-2.wav")" -gt $((22050 * 2 * 60)) ] || no "section s1-2 lasts less than a minute"
head -1 "$out/s1-2.events" | grep -q " 1.2$" || no "section s1-2 does not start with its number: $(head -1 "$out/s1-2.events")"

# Errors, in Dutch and in English.
expect() { # status, language, file with stderr, text
    grep -qF -- "$4" "$3" || no "($2) expected '$4', got: $(cat "$3")"
}
"$bin" speak --section zz --wav "$out/x.wav" 2>"$out/e1"
[ $? -eq 1 ] || no "an unknown section does not exit 1"
expect 1 nl "$out/e1" "accountwijs speak: er is geen paragraaf 'zz' in de cursus"
"$bin" --lang en speak --section zz --wav "$out/x.wav" 2>"$out/e1en"
expect 1 en "$out/e1en" "accountwijs speak: there is no section 'zz' in the course"

"$bin" speak --text "Hallo" --wav "$out/no/such/folder/x.wav" 2>"$out/e2"
[ $? -eq 1 ] || no "an unwritable file does not exit 1"
expect 1 nl "$out/e2" "accountwijs speak: het geluidsbestand is niet geschreven: kan '$out/no/such/folder/x.wav' niet schrijven"
"$bin" speak --lang en --text "Hallo" --wav "$out/no/such/folder/x.wav" 2>"$out/e2en"
expect 1 en "$out/e2en" "accountwijs speak: the sound file was not written: cannot write '$out/no/such/folder/x.wav'"

mkdir -p "$out/empty"
ACCOUNTWIJS_ESPEAK_DATA="$out/empty" "$bin" speak --text "Hallo" --wav "$out/x.wav" 2>"$out/e3"
[ $? -eq 1 ] || no "missing espeak data does not exit 1"
expect 1 nl "$out/e3" "accountwijs speak: voorlezen lukt niet: de stemgegevens van espeak-ng zijn niet te vinden ($out/empty): installeer espeak-ng-data"
ACCOUNTWIJS_ESPEAK_DATA="$out/empty" "$bin" speak --lang en --text "Hallo" --wav "$out/x.wav" 2>"$out/e3en"
expect 1 en "$out/e3en" "accountwijs speak: cannot read aloud: the voice data of espeak-ng cannot be found ($out/empty): install espeak-ng-data"

cp -r "$src/content" "$out/content"
sed 's/"say": "uk-kaunt"/"say": "<sub>uk-kaunt<\/sub>"/' "$src/content/uitspraak.json" >"$out/content/uitspraak.json"
"$bin" speak --content "$out/content" --text "Hallo" --wav "$out/x.wav" 2>"$out/e4"
[ $? -eq 1 ] || no "a broken pronunciation list does not exit 1"
expect 1 nl "$out/e4" "uitspraak.json: entries[0].say: \"<sub>uk-kaunt</sub>\": een uitspraak in letters mag geen"
"$bin" --lang en speak --content "$out/content" --text "Hallo" --wav "$out/x.wav" 2>"$out/e4en"
expect 1 en "$out/e4en" "the pronunciation list $out/content/uitspraak.json has errors:"
"$bin" check "$out/content" >/dev/null 2>"$out/e4check"
[ $? -eq 1 ] || no "check passes a broken pronunciation list"
expect 1 nl "$out/e4check" "uitspraak.json: entries[0].say:"

"$bin" speak --wav "$out/x.wav" 2>"$out/e5"
[ $? -eq 2 ] || no "speak without --text or --section does not exit 2"
expect 2 nl "$out/e5" "geef --text TEKST of --section ID"
"$bin" speak --lang en --text a --section s1-2 --wav "$out/x.wav" 2>"$out/e5en"
expect 2 en "$out/e5en" "give either --text TEXT or --section ID"
"$bin" speak --text a 2>"$out/e6"
[ $? -eq 2 ] || no "speak without --wav does not exit 2"
expect 2 nl "$out/e6" "geef --wav BESTAND"
"$bin" speak --lang en --text a --wav "$out/x.wav" --rate 1000 2>"$out/e7"
[ $? -eq 2 ] || no "--rate 1000 does not exit 2"
expect 2 en "$out/e7" "--rate '1000': expected words a minute from 80 to 300"
"$bin" speak --text "..." --wav "$out/x.wav" 2>"$out/e8"
expect 1 nl "$out/e8" "er is niets om voor te lezen"

exit $fail
