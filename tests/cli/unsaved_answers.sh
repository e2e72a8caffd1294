#!/bin/sh
# No "Goed!" for an answer that is never saved: when no log can be opened
# (a log written by a newer version, a profile held by another window, a
# data folder that cannot be made), practice of a section, of the whole
# chapter and the test refuse to start and say why, while the text can
# still be read. Each case is a harness script against a prepared data folder.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR

profile() { # data folder, first line of the log
    d="$1/profiles/p-00000000000000a1"
    mkdir -p "$d"
    echo '{"kind":"accountwijs-profile","format":1,"id":"p-00000000000000a1","name":"Anna","created":"2026-03-01T08:00:00.000Z"}' >"$d/profile.json"
    printf '%s\n' "$2" >"$d/attempts.jsonl"
}

# A script for each way to answer: each must be refused with the reason,
# and the text must still open.
cat >"$out/section.aws" <<'EOF'
click "Begin met lezen"
key End
click "Oefen deze paragraaf"
expect kunnen nu niet worden bewaard, dus oefenen en toetsen gaat niet (lezen wel)
expect-not Controleer
expect Volgende paragraaf
EOF
cat >"$out/chapter.aws" <<'EOF'
click "Oefen het hele hoofdstuk"
expect kunnen nu niet worden bewaard, dus oefenen en toetsen gaat niet (lezen wel)
expect-not Controleer
click "Inhoud"
click "Over deze cursus"
expect Leerdoelen
EOF
cat >"$out/test.aws" <<'EOF'
click "Toets jezelf"
click "Start de toets"
expect kunnen nu niet worden bewaard, dus oefenen en toetsen gaat niet (lezen wel)
expect-not Inleveren
EOF

run() { # name, data folder (a tall window: the test setup is long)
    for s in section chapter test; do
        "$bin" --headless --size 1280x2000 --script "$out/$s.aws" --out "$out/$1-$s" --data-dir "$2" --seed 1 \
            >"$out/$1-$s.log" 2>&1
        rc=$?
        [ $rc -eq 0 ] || no "$1, $s: status $rc: $(head -c 1500 "$out/$1-$s.log")"
    done
}

# A log written by a newer version.
profile "$out/newer" '{"kind":"accountwijs-attempts","format":99,"created":"2026-03-01T08:00:00.000Z"}'
cp "$out/newer/profiles/p-00000000000000a1/attempts.jsonl" "$out/newer.before"
run newer "$out/newer"
cmp -s "$out/newer.before" "$out/newer/profiles/p-00000000000000a1/attempts.jsonl" ||
    no "newer: the log of a newer version was changed"

# The profile open in another window (it holds the log's lock).
profile "$out/held" '{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}'
python3 -c '
import fcntl, sys, time
f = open(sys.argv[1], "a")
fcntl.flock(f, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
time.sleep(60)' "$out/held/profiles/p-00000000000000a1/attempts.jsonl" "$out/held.locked" &
holder=$!
i=0
while [ ! -e "$out/held.locked" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
run held "$out/held"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
[ "$(wc -l <"$out/held/profiles/p-00000000000000a1/attempts.jsonl")" -eq 1 ] ||
    no "held: an answer went into a log another window holds"

# A data folder that cannot be made.
run nofolder /proc/self/accountwijs-data

[ $fail -eq 0 ] && echo "unsaved_answers: ok"
exit $fail
