#!/usr/bin/env python3
"""Writes a data folder (profiles.h, progress.h, exam_log.h formats) whose
profiles answered every question of the course in CONTENT once right and
once wrong, played every scenario along its first choices and handed in two
tests, and DATA/expect.json with the statement counts that follow.
Usage: make_data.py CONTENT DATA"""
import json
import os
import sys

content, data = sys.argv[1], sys.argv[2]
course = json.load(open(os.path.join(content, "course.json")))
questions, scenarios = [], []
for f in course["files"]:
    d = json.load(open(os.path.join(content, f)))
    if d.get("kind") in ("section", "quizset"):
        questions += d.get("questions", [])
    elif d.get("kind") == "scenario":
        scenarios.append(d)


def answers(q):
    """The right and a wrong answer, as quiz_answer_to_json writes them."""
    t = q["type"]
    if t in ("single", "multiple"):
        right = [o["id"] for o in q["options"] if o.get("correct")]
        wrong = [o["id"] for o in q["options"] if not o.get("correct")][:1]
        return {"chosen": right}, {"chosen": wrong}
    if t == "truefalse":
        a = "true" if q["answer"] else "false"
        return {"chosen": [a]}, {"chosen": ["false" if q["answer"] else "true"]}
    if t == "matching":
        ids = [p["id"] for p in q["pairs"]]
        return {"match": {i: i for i in ids}}, {"match": {i: ids[(k + 1) % len(ids)] for k, i in enumerate(ids)}}
    if t == "ordering":
        ids = [i["id"] for i in q["items"]]
        return {"order": ids}, {"order": ids[::-1]}
    if t == "cloze":
        return ({"text": {b["id"]: b["accept"][0] for b in q["blanks"]}},
                {"text": {b["id"]: "fout; \"x\"" for b in q["blanks"]}})
    if t == "numeric":
        a = next(a for a in q["answers"] if a.get("score", 1) == 1)
        x = a["value"] if "value" in a else a["min"]
        right = ("%.15g" % x).replace(".", ",")
        return {"text": {"value": right}}, {"text": {"value": "geen getal"}}
    raise SystemExit("make_data.py: unknown type " + t)


def profile(pid, name):
    d = os.path.join(data, "profiles", pid)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "profile.json"), "w") as f:
        json.dump({"kind": "accountwijs-profile", "format": 1, "id": pid, "name": name,
                   "created": "2026-03-01T08:00:00.000Z"}, f)
    return d


def stamp(n):
    return "2026-03-02T%02d:%02d:%02d.%03dZ" % (8 + n // 3600, n // 60 % 60, n % 60, n % 1000)


def log(d, lines):
    with open(os.path.join(d, "attempts.jsonl"), "w") as f:
        f.write('{"kind":"accountwijs-attempts","format":1,"created":"2026-03-01T08:00:00.000Z"}\n')
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")


lines, n, decisions = [], 0, 0
modes = ["practice", "review", "exam"]
for k, q in enumerate(questions):
    for score, ans in zip((1, 0), answers(q)):
        n += 1
        line = {"time": stamp(n), "item": q["id"], "content_version": course["version"], "answer": ans,
                "score": score, "ms": 1234 + n, "mode": modes[k % 3]}
        if line["mode"] == "exam":
            line["session"] = "t-%d" % (k % 2)
        lines.append(line)
for sc in scenarios:
    nodes = {nd["id"]: nd for nd in sc["nodes"]}
    at, path, points = sc["start"], [], 0
    while not nodes[at].get("end"):
        c = nodes[at]["choices"][0]
        path.append({"node": at, "choice": c["id"], "points": c["points"]})
        points += c["points"]
        at = c["next"]
    decisions += len(path)
    n += 1
    lines.append({"time": stamp(n), "item": sc["id"], "content_version": course["version"],
                  "answer": {"path": path, "end": at, "points": points, "best": max(points, 1)},
                  "score": 0.5, "ms": 60000, "mode": "scenario"})
anna = profile("p-00000000000000a1", "Anna")
log(anna, lines)
bram = profile("p-00000000000000b2", "Bram")
log(bram, lines[:4])
with open(os.path.join(bram, "tests.jsonl"), "w") as f:
    f.write('{"time":"2026-03-03T10:00:00.000Z","questions":20,"answered":18,"score":0.716667,"grade":75,'
            '"timed_out":false,"session":"t-0"}\n')
    f.write('{"time":"2026-03-04T10:00:00.000Z","questions":20,"answered":7,"score":0.25,"grade":33,'
            '"timed_out":true}\n')
profile("p-00000000000000c3", "Leeg")
with open(os.path.join(data, "expect.json"), "w") as f:
    json.dump({"answered": 2 * len(questions) + decisions + 4, "completed": len(scenarios) + 2,
               "questions": len(questions), "scenarios": len(scenarios)}, f)
