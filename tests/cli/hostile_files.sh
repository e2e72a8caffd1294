#!/bin/sh
# Files that are not what they seem get a clear message at once, never a
# hang or a silent success: a FIFO as a lesson file (check, in Dutch and
# with --lang en), as course.json (the program's start, in English) or as
# a script; a script that is a folder, ends its lines with CR alone or
# holds a NUL byte (exit 2 with FILE:LINE); a FIFO where the data folder
# keeps settings, the last profile or a profile.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR

# expect_exit WANT TEXT NAME -- COMMAND...: runs COMMAND with a 10 s limit.
expect_exit() {
    want=$1 text=$2 name=$3
    shift 4
    timeout -k 5 10 "$@" >"$out/$name.out" 2>&1
    rc=$?
    if [ $rc -eq 124 ]; then
        no "$name: hung (killed after 10 s)"
    elif [ $rc -ne "$want" ]; then
        no "$name: exit $rc, want $want: $(head -c 600 "$out/$name.out")"
    elif [ -n "$text" ] && ! grep -qF -- "$text" "$out/$name.out"; then
        no "$name: no \"$text\" in: $(head -c 600 "$out/$name.out")"
    fi
}

mkfifo "$out/les.json"
expect_exit 1 "les.json: geen gewoon bestand" check-fifo -- "$bin" check "$out/les.json"
expect_exit 1 "les.json: not a regular file" check-fifo-en -- "$bin" check --lang en "$out/les.json"

mkdir "$out/course"
cp -R "$src/content/." "$out/course/"
rm "$out/course/course.json"
mkfifo "$out/course/course.json"
expect_exit 1 "course.json: not a regular file" start-fifo -- \
    "$bin" --headless --lang en --content "$out/course" --data-dir "$out/data" --script "$src/tests/scripts/display.aws" \
    --out "$out/start-fifo"

script() { # name, then the script's bytes (printf format)
    n=$1
    shift
    printf "$@" >"$out/$n.aws"
}
mkfifo "$out/fifo.aws"
expect_exit 2 "fifo.aws: not a script: not an ordinary file" script-fifo -- \
    "$bin" --headless --script "$out/fifo.aws" --out "$out/o" --data-dir "$out/data"
mkdir "$out/folder.aws"
expect_exit 2 "folder.aws: not a script: it is a folder" script-folder -- \
    "$bin" --headless --script "$out/folder.aws" --out "$out/o" --data-dir "$out/data"
script cr 'expect Accountwijs\rexpect-not niets hier\r'
expect_exit 2 "cr.aws:1: a line ends in CR alone" script-cr -- \
    "$bin" --headless --script "$out/cr.aws" --out "$out/o" --data-dir "$out/data"
script nul 'expect Accountwijs\nexpect \000Accountwijs\n'
expect_exit 2 "nul.aws:2: a NUL byte" script-nul -- \
    "$bin" --headless --script "$out/nul.aws" --out "$out/o" --data-dir "$out/data"
# CRLF stays fine.
script crlf 'expect Accountwijs\r\nexpect-not niets hier\r\n'
expect_exit 0 "" script-crlf -- "$bin" --headless --script "$out/crlf.aws" --out "$out/o" --data-dir "$out/data"

# FIFOs in the data folder where settings, the last profile and a
# profile's profile.json belong: the program starts and runs its script.
for f in settings.conf last-profile profiles/p-00000000000000a1/profile.json; do
    d="$out/data-$(echo "$f" | tr / -)"
    mkdir -p "$(dirname "$d/$f")"
    mkfifo "$d/$f"
    expect_exit 0 "" "data-fifo-$(basename "$f")" -- \
        "$bin" --headless --script "$src/tests/scripts/display.aws" --out "$d.out" --data-dir "$d"
done

[ $fail -eq 0 ] && echo "hostile_files: ok"
exit $fail
