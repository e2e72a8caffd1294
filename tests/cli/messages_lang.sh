#!/bin/sh
# The command line's own messages and usage texts in the user's language:
# Dutch by default, English with --lang en, before or after the
# subcommand; the program's own options follow --lang wherever it stands,
# else the locale. Each case runs twice and checks the exit status, the
# English or Dutch sentence, and that the other language does not leak in.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR LC_MESSAGES
export LC_ALL=C LANG=C
dutch='Gebruik\|onbekende\|herhaling\|verwacht\|fout\|gegevensmap\|waarschuwing\|In orde\|paragraaf\|niet'
english='Usage\|unknown\|review [0-9]\|expect\|error\|data folder\|warning\|OK:\|section\|not '

# run NAME STATUS ARGS...: stdout and stderr together in $out/NAME
run() {
    name=$1 want=$2
    shift 2
    "$@" >"$out/$name" 2>&1
    rc=$?
    [ "$rc" = "$want" ] || no "$name ($*): exit $rc, not $want: $(cat "$out/$name")"
}
# says NAME TEXT: NAME's output holds TEXT (fixed string)
says() { grep -qF -- "$2" "$out/$1" || no "$1: no '$2' in: $(cat "$out/$1")"; }
# only LANG NAME: no word of the other language in NAME's output
only() {
    if [ "$1" = en ]; then other=$dutch; else other=$english; fi
    grep -q -- "$other" "$out/$2" && no "$2 is not all $1: $(grep -- "$other" "$out/$2")"
}

run export_en 2 "$bin" --lang en export --bogus
says export_en "accountwijs export: unknown option '--bogus'"
says export_en "Usage: accountwijs export (--profile NAME | --all)"
only en export_en
run export_nl 2 "$bin" export --bogus
says export_nl "accountwijs export: onbekende optie '--bogus'"
says export_nl "Gebruik: accountwijs export (--profile NAAM | --all)"
run export_after 2 "$bin" export --bogus --lang en
says export_after "unknown option '--bogus'"

run datadir_en 1 "$bin" --lang en export --all --format csv --data-dir "$out/none"
says datadir_en "accountwijs export: the data folder $out/none does not exist"
run datadir_nl 1 "$bin" export --all --format csv --data-dir "$out/none"
says datadir_nl "accountwijs export: de gegevensmap $out/none bestaat niet"

run fsrs_en 2 "$bin" --lang en fsrs --reviews x
says fsrs_en "accountwijs fsrs: review 1 ('x'): expected DAY:RATING, such as 3:good"
only en fsrs_en
run fsrs_usage_en 2 "$bin" fsrs --lang en
says fsrs_usage_en "accountwijs fsrs: give --reviews"
says fsrs_usage_en "Usage: accountwijs fsrs --reviews DAY:RATING"
only en fsrs_usage_en
run fsrs_nl 2 "$bin" fsrs --reviews x
says fsrs_nl "accountwijs fsrs: herhaling 1 ('x'): verwacht DAG:OORDEEL, zoals 3:good"
run fsrs_bare 2 "$bin" fsrs --reviews 0:3 --retention
says fsrs_bare "accountwijs fsrs: optie '--retention' heeft een waarde nodig; zet die erachter"
run fsrs_day_en 2 "$bin" --lang=en fsrs --reviews 0:1,5:good,2:x
says fsrs_day_en "review 3 ('2:x'): 'x' is not a rating (1-4 or again, hard, good, easy)"

run check_en 1 "$bin" --lang en check /nonexistent
says check_en "1 error, 0 warnings."
run check_nl 1 "$bin" check /nonexistent
says check_nl "1 fout, 0 waarschuwingen."
run option_en 2 "$bin" check --lang en --bogus
says option_en "accountwijs check: unknown option '--bogus'"
says option_en "Usage: accountwijs check"
only en option_en
run summary_en 0 "$bin" check --lang en --lint
says summary_en "OK: 7 sections, "
says summary_en "; lint: 0 warnings, 0 silenced."
only en summary_en
run summary_nl 0 "$bin" check --lint
says summary_nl "In orde: 7 paragrafen, "

run bench_en 2 "$bin" --lang en bench nothing
says bench_en "accountwijs bench: unknown measurement 'nothing'"
run bench_nl 2 "$bin" bench nothing
says bench_nl "accountwijs bench: onbekende meting 'nothing'"

# The program itself: --lang wherever it stands, else the locale.
run help_en 0 "$bin" --help --lang en
says help_en "Usage: accountwijs [--content DIR] [--lang nl|en]"
only en help_en
run help_nl 0 "$bin" --help
says help_nl "Gebruik: accountwijs [--content MAP] [--lang nl|en]"
run seed_en 2 "$bin" --lang en --seed x
says seed_en "accountwijs: --seed expects a number, not 'x'"
run seed_nl 2 "$bin" --seed x
says seed_nl "accountwijs: --seed verwacht een getal, niet 'x'"
run seed_locale 2 env LC_ALL= LANG=en_GB.UTF-8 "$bin" --seed x
says seed_locale "accountwijs: --seed expects a number, not 'x'"
run script_en 2 "$bin" --script x.aws --lang en
says script_en "accountwijs: --script also needs --out DIR"

# An unknown language is a usage error in every place --lang is taken.
run lang_before 2 "$bin" --lang de check
says lang_before "--lang kent nl en en, niet 'de'"
run lang_program 2 "$bin" --lang de
says lang_program "--lang kent nl en en, niet 'de'"

[ "$fail" = 0 ] && echo "messages in both languages: ok"
exit "$fail"
