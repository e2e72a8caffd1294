#!/bin/sh
# A running test survives a crash: a script answers a 10-question
# test headless and is killed with SIGKILL at a random moment, several
# times. After each kill the kept file (resume-exam.json in the profile's
# folder) must be whole JSON whose answers before the current question are
# the ones the script gave, and a second run must offer "Ga verder met je
# toets (vraag K van 10, ...)" with K and the number answered from that file,
# continue there, and hand in exactly those answers to the log; then the
# file is gone. A kill before the test started leaves no offer.
# Then kills during the hand-in: a run answers, hands in and is
# killed as soon as the kept file is marked "handing_in" (after a random
# 0-4 ms); the next start must not offer the test, must show its result,
# and the log must hold each answer exactly once and tests.jsonl one line.
# The second run of the kills above is checked for duplicates the same way.
# RESUME_KILL_SEED=N repeats a run's kill moments (printed on failure).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR
runs=${RESUME_KILL_RUNS:-8}
seed=${RESUME_KILL_SEED:-$(date +%s)}

# The test as exam.aws answers it (--seed 1 draws the same ten questions),
# with every question touched except the eighth (flagged, left open).
cat >"$out/answer.aws" <<'EOF'
click "Toets jezelf"
click "10 vragen"
click "45 seconden"
click "Start de toets"
expect Vraag 1 van 10
click "Offertes opstellen en versturen"
click "Klantbezoeken inplannen"
wait 3000
click "Volgende"
click "Juist"
wait 3000
click "Volgende"
expect Zet de onderdelen in volgorde
click "↓"
click "Volgende"
click "Vak 1"
type TOP-DOWN
click "Vak 2"
type bottom up
click "Volgende"
click "Klant B, omdat beide partijen"
click "Volgende"
click "Vak 1"
type producten
click "Volgende"
click "Vak 1"
type koppelen
click "Volgende"
click "Markeren"
click "Volgende"
expect Koppel elk conflict
click "Morgen het deel"
click "Volgende"
click "Juist"
expect 9 beantwoord · 1 open · 1 gemarkeerd
quit
EOF
# Only the start of it: the fresh test's empty answers.
sed -n '1,5p' "$out/answer.aws" >"$out/start.aws"
echo quit >>"$out/start.aws"

run() { # data folder, script, output folder
    "$bin" --headless --script "$2" --out "$3" --data-dir "$1" --seed 1 >"$3.log" 2>&1
}
kept() { ls "$1"/profiles/*/resume-exam.json 2>/dev/null | head -n 1; }

# The whole script and the bare start give the answers to compare with.
run "$out/full" "$out/answer.aws" "$out/full-out" || no "the answering script fails: $(tail -5 "$out/full-out.log")"
run "$out/fresh" "$out/start.aws" "$out/fresh-out" || no "the start script fails"
full=$(kept "$out/full") fresh=$(kept "$out/fresh")
[ -n "$full" ] && [ -n "$fresh" ] || { no "no resume-exam.json after a test was started and the program closed"; exit 1; }

# How long the answering takes: from the test's start (the file appears) to
# the last question, to spread the kills over it (start-up and exit take
# longer than that).
now_ms() { echo $(($(date +%s%N) / 1000000)); }
started() { # data folder, pid: waits for the kept file while PID runs
    while [ -z "$(kept "$1")" ] && kill -0 "$2" 2>/dev/null; do sleep 0.002; done
}
"$bin" --headless --script "$out/answer.aws" --out "$out/timing-out" --data-dir "$out/timing" --seed 1 \
    >"$out/timing.log" 2>&1 &
pid=$!
started "$out/timing" $pid
t0=$(now_ms)
while ! grep -qs '"current":9' "$(kept "$out/timing")" && kill -0 $pid 2>/dev/null; do sleep 0.002; done
span=$((($(now_ms) - t0) * 5 / 4)) # to the last question, and a little after
wait $pid

# The checker: reads the kept file after a kill, writes the continuing
# script (or one that expects no offer), and after that run checks the log.
cat >"$out/check.py" <<'EOF'
import json, sys
mode, killed, full, fresh, script = sys.argv[1:6]
def load(p):
    with open(p, encoding="utf-8") as f:
        return json.load(f)  # a torn file fails here
R, F = load(full), load(fresh)
if mode == "before":
    if killed == "":
        with open(script, "w") as f:
            f.write("expect-not Ga verder met je toets\nclick \"Toets jezelf\"\nexpect-not Je bent nog bezig\n")
        print("none")
        sys.exit(0)
    K = load(killed)
    n, cur = len(K["items"]), K["current"]
    assert n == 10 and 0 <= cur < n, (n, cur)
    assert [i["question"] for i in K["items"]] == [i["question"] for i in R["items"]], "other questions"
    answered = 0
    for k, (i, r, e) in enumerate(zip(K["items"], R["items"], F["items"])):
        assert i["shown"] == r["shown"] and i.get("right") == r.get("right"), "order of item %d changed" % k
        if k < cur:
            assert i["answer"] == r["answer"] and i["touched"] == r["touched"], \
                "item %d before the current one: %r, the script gave %r" % (k, i["answer"], r["answer"])
        else:
            assert i["answer"] in (r["answer"], e["answer"]) or k == cur, "item %d: %r" % (k, i["answer"])
        ordering = "order" in i["answer"]
        if i["touched"] and (ordering or i["answer"] != e["answer"]):
            answered += 1
    with open(script, "w") as f:
        f.write("expect Ga verder met je toets (vraag %d van 10, \n" % (cur + 1))
        f.write("expect bewaard: %d van de 10 vragen\n" % answered)
        f.write("click \"Ga verder met je toets\"\n")
        f.write("expect Vraag %d van 10\n" % (cur + 1))
        f.write("expect %d beantwoord · %d open\n" % (answered, 10 - answered))
        f.write("click \"Inleveren\"\nclick \"Ja, inleveren\"\nexpect Uitslag\n")
    print("vraag %d, %d beantwoord" % (cur + 1, answered))
else:  # after: the log holds exactly the kept answers that were given
    K, log = load(killed), sys.argv[6]
    given, sessions = {}, set()
    for line in open(log, encoding="utf-8"):
        a = json.loads(line)
        if a.get("mode") == "exam":
            assert a["item"] not in given, "%s is in the log twice" % a["item"]
            given[a["item"]] = a["answer"]
            sessions.add(a.get("session"))
    assert len(sessions) <= 1 and None not in sessions, "sessions %r" % sessions
    if len(sys.argv) > 7:  # tests.jsonl: one line, of that session
        tests = [json.loads(l) for l in open(sys.argv[7], encoding="utf-8") if l.strip()]
        assert len(tests) == 1, "%d lines in tests.jsonl" % len(tests)
        assert not sessions or tests[0].get("session") in sessions, (tests[0].get("session"), sessions)
    for i, e in zip(K["items"], F["items"]):
        ordering = "order" in i["answer"]
        if i["touched"] and (ordering or i["answer"] != e["answer"]):
            assert given.get(i["question"]) == i["answer"], (i["question"], given.get(i["question"]), i["answer"])
        else:
            assert i["question"] not in given, i["question"]
EOF

echo "seed $seed, $runs kills; the answering takes ${span} ms"
k=0
while [ $k -lt "$runs" ]; do
    k=$((k + 1))
    d="$out/kill$k"
    # The first kill comes during start-up; the others at a moment of the
    # answering, from the test's start to the end of the script.
    ms=$(python3 -c "import random; random.seed($seed * 100 + $k); print(random.randint(0, $span))")
    sec=$(python3 -c "print($ms / 1000)")
    "$bin" --headless --script "$out/answer.aws" --out "$d-a" --data-dir "$d" --seed 1 >"$d-a.log" 2>&1 &
    pid=$!
    if [ $k -eq 1 ]; then
        sleep 0.01
    else
        started "$d" $pid
        sleep "$sec"
    fi
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    f=$(kept "$d")
    copy=""
    if [ -n "$f" ]; then
        copy="$d-kept.json"
        cp "$f" "$copy"
    fi
    what=$(python3 "$out/check.py" before "$copy" "$full" "$fresh" "$d-b.aws" 2>&1) || {
        no "kill $k at ${ms} ms (seed $seed): $what"
        continue
    }
    echo "kill $k at ${ms} ms: $what"
    run "$d" "$d-b.aws" "$d-b" || {
        no "kill $k at ${ms} ms (seed $seed): the second run: $(tail -8 "$d-b.log")"
        continue
    }
    [ -z "$copy" ] && continue
    [ -z "$(kept "$d")" ] || no "kill $k: resume-exam.json still there after the hand-in"
    python3 "$out/check.py" after "$copy" "$full" "$fresh" - "$(ls "$d"/profiles/*/attempts.jsonl)" \
        "$(ls "$d"/profiles/*/tests.jsonl)" ||
        no "kill $k at ${ms} ms (seed $seed): the log does not hold the kept answers once"
done

# Kills during the hand-in: the answering script, then Inleveren.
sed '$d' "$out/answer.aws" >"$out/handin.aws"
printf 'click "Inleveren"\nclick "Ja, inleveren"\nexpect Uitslag\nquit\n' >>"$out/handin.aws"
cat >"$out/killer.py" <<'EOF'
import glob, random, subprocess, sys, time
binary, script, outdir, data, seed = sys.argv[1:6]
random.seed(int(seed))
delay = random.choice([0.0, random.uniform(0, 0.004)])
log = open(outdir + ".log", "w")
p = subprocess.Popen([binary, "--headless", "--script", script, "--out", outdir, "--data-dir", data, "--seed", "1"],
                     stdout=log, stderr=log)
marked, end = False, time.time() + 120
while not marked and p.poll() is None and time.time() < end:
    for f in glob.glob(data + "/profiles/*/resume-exam.json"):
        try:
            with open(f, encoding="utf-8") as fh:
                marked = '"handing_in":true' in fh.read()
        except OSError:
            pass
if marked:
    time.sleep(delay)
    p.kill()
p.wait()
print("killed %.1f ms after the mark" % (delay * 1000) if marked else "the hand-in ended before the mark was seen")
EOF
hruns=${RESUME_KILL_HANDIN_RUNS:-6}
k=0
while [ $k -lt "$hruns" ]; do
    k=$((k + 1))
    d="$out/handin$k"
    what=$(python3 "$out/killer.py" "$bin" "$out/handin.aws" "$d-a" "$d" $((seed + k)))
    f=$(kept "$d")
    state="gone"
    if [ -n "$f" ]; then
        if grep -q '"handing_in":true' "$f"; then state="marked"; else state="unmarked"; fi
    fi
    logged=$(grep -c '"mode":"exam"' "$d"/profiles/*/attempts.jsonl 2>/dev/null)
    echo "hand-in kill $k: $what; the kept file: $state; ${logged:-0} answers in the log"
    {
        echo "expect-not Ga verder met je toets"
        [ "$state" = marked ] && echo "expect Uitslag"
        echo quit
    } >"$d-b.aws"
    run "$d" "$d-b.aws" "$d-b" || {
        no "hand-in kill $k (seed $seed): the next start: $(tail -8 "$d-b.log")"
        continue
    }
    [ -z "$(kept "$d")" ] || no "hand-in kill $k: resume-exam.json still there after the next start"
    python3 "$out/check.py" after "$full" "$full" "$fresh" - "$(ls "$d"/profiles/*/attempts.jsonl)" \
        "$(ls "$d"/profiles/*/tests.jsonl)" ||
        no "hand-in kill $k (seed $seed): the log does not hold each answer once"
done
[ $fail -eq 0 ] && echo "resume after SIGKILL: ok"
exit $fail
