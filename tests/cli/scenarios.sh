#!/bin/sh
# Plays every scenario of the course along its best path and along its
# worst path to the end, by keys, through the real program: a harness script
# per scenario and path is written from the course JSON (python3), then
# replayed. Each checks "Beslissing 2 van 5" (taken plus the longest path
# ahead), that a letter key only selects and Enter takes the choice, every
# consequence it passes, the ending, the points against the best path ("9
# van 12 punten"), for each decision where a better choice was missed that
# choice and why, the debrief, the path and that "Opnieuw" starts over;
# afterwards the attempt log must hold the run.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"

python3 - "$src/content" "$out" <<'PY' || exit 1
import glob, json, os, sys

content, out = sys.argv[1], sys.argv[2]
course = json.load(open(os.path.join(content, "course.json")))
files = [f for f in course["files"] if f.startswith("scenarios/")]
scenarios = [json.load(open(os.path.join(content, f))) for f in files]
# The list shows them in course order; Tab reaches its rows first.
index = {s["id"]: i for i, s in enumerate(scenarios)}

def first_words(text, n=34):
    """The start of TEXT as it is drawn on its first line (no markup)."""
    text = text.split("\n")[0].replace("*", "")
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > 10 else n].strip()

def play(sc, best):
    nodes = {n["id"]: n for n in sc["nodes"]}
    memo = {}
    def value(nid):
        if nid not in memo:
            n = nodes[nid]
            if n.get("end") or not n.get("choices"):
                memo[nid] = (0, None)
            else:
                options = [(c["points"] + value(c["next"])[0], i) for i, c in enumerate(n["choices"])]
                memo[nid] = (max if best else min)(options, key=lambda o: (o[0], -o[1]))
        return memo[nid]
    path, nid = [], sc["start"]
    while value(nid)[1] is not None:
        i = value(nid)[1]
        path.append((nodes[nid], i))
        nid = nodes[nid]["choices"][i]["next"]
    return path, nodes[nid], value(sc["start"])[0]

def longest(sc, nid):
    """Decisions on the longest path from node NID to an ending."""
    n = {n["id"]: n for n in sc["nodes"]}[nid]
    if n.get("end") or not n.get("choices"):
        return 0
    return 1 + max(longest(sc, c["next"]) for c in n["choices"])

best_total = {}
for sc in scenarios:
    best_total[sc["id"]] = play(sc, True)[2]

with open(os.path.join(out, "list.txt"), "w") as listing:
    for sc in scenarios:
        for kind in ("best", "worst"):
            path, end, points = play(sc, kind == "best")
            best = best_total[sc["id"]]
            name = "%s-%s" % (sc["id"], kind)
            lines = [
                "# %s along its %s path: %d of %d points" % (sc["id"], kind, points, best),
                'click "Inhoud"',
                "key End",
                'click "Oefen met casussen"',
                "expect Casussen",
            ]
            lines += ["key Tab"] * (index[sc["id"]] + 1)
            lines += ["key Return", "expect " + sc["title"], "expect " + first_words(sc["intro"]), "key Return"]
            missed = []
            for step, (node, i) in enumerate(path):
                choice = node["choices"][i]
                top = max(c["points"] for c in node["choices"])
                if choice["points"] < top:
                    b = next(k for k, c in enumerate(node["choices"]) if c["points"] == top)
                    missed.append((chr(65 + b), top, node["choices"][b]))
                letter = chr(65 + i) if step % 2 else str(i + 1)  # letters and digits both select
                lines += [
                    "expect Beslissing %d van %d" % (step + 1, step + longest(sc, node["id"])),
                    "expect " + first_words(node["text"]),
                    "key %s" % letter.lower(),
                    "expect-not Wat er gebeurt",
                    "key Return",
                    "expect Wat er gebeurt",
                    "expect " + first_words(choice["feedback"]),
                    "expect %d van %d punten" % (choice["points"], top),
                    "key Return",
                ]
            lines += [
                "expect Afloop",
                "expect " + end["title"],
                "expect %d van %d punten" % (points, best),
                "expect Jouw route",
            ]
            for letter, top, better in missed:
                lines += [
                    "expect Beter was %s (%d van %d punten):" % (letter, top, top),
                    "expect " + first_words(better["text"]),
                    "expect Waarom: " + first_words(better["feedback"], 26),
                ]
            if not missed:
                lines += ["expect-not Beter was"]
            lines += [
                "expect Nabespreking",
                "expect " + first_words(end["debrief"]),
                "shot end",
                'click "Opnieuw"',
                "expect " + first_words(sc["intro"]),
                "expect Begin",
            ]
            with open(os.path.join(out, name + ".aws"), "w") as f:
                f.write("\n".join(lines) + "\n")
            listing.write("%s %s %d %d\n" % (name, sc["id"], points, best))
PY

fail=0
while read -r name id points best; do
    dir="$out/$name"
    if ! "$bin" --headless --size 1280x2400 --script "$out/$name.aws" --out "$dir" --data-dir "$dir/data" \
        --seed 1 >"$dir.log" 2>&1; then
        echo "FAIL: $name"
        sed -n 1,12p "$dir.log"
        fail=1
        continue
    fi
    # The finished run is in the log: this scenario, its points over the best.
    log=$(find "$dir/data" -name attempts.jsonl | head -n 1)
    if ! python3 - "$log" "$id" "$points" "$best" <<'PY'; then
import json, sys
log, sid, points, best = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
runs = [json.loads(l) for l in open(log) if l.strip().startswith("{")]
runs = [r for r in runs if r.get("item") == sid and r.get("mode") == "scenario"]
assert len(runs) == 1, "expected one recorded run of %s, found %d" % (sid, len(runs))
r = runs[0]
assert r["answer"]["points"] == points and r["answer"]["best"] == best, r["answer"]
assert abs(r["score"] - (points / best if best else 1)) < 1e-6, r["score"]
assert r["answer"]["path"] and all("node" in s and "choice" in s for s in r["answer"]["path"])
PY
        echo "FAIL: $name: the run is not in the log as played"
        fail=1
    fi
done <"$out/list.txt"
n=$(wc -l <"$out/list.txt")
[ "$n" -ge 2 ] || { echo "FAIL: no scenarios found"; fail=1; }
[ $fail -eq 0 ] && echo "ok: $n scenario runs (best and worst path of each)"
exit $fail
