#!/usr/bin/env python3
"""practice_log.py DATA ID NAME DAYS: writes a profile and its attempt log in
the documented format (src/core/profiles.h, src/core/progress.h) into the
data folder DATA, for the progress screen's tests and screenshots, and makes
it the profile opened at start.

DAYS says how much practice: "none" (an empty log), "today" (one day), or
"weeks" (eleven days of practice ending today, sections 1.1-1.3, with a gap,
so the charts have many points, mastered and unmastered sections)."""
import datetime, json, os, random, sys

data, pid, name, days = sys.argv[1:5]
folder = os.path.join(data, "profiles", pid)
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "profile.json"), "w", encoding="utf-8") as f:
    json.dump({"kind": "accountwijs-profile", "format": 1, "id": pid, "name": name,
               "created": "2026-01-05T08:00:00.000Z"}, f, ensure_ascii=False)

rnd = random.Random(7)
now = datetime.datetime.now(datetime.timezone.utc).replace(hour=9, minute=0, second=0, microsecond=0)
plans = {
    "none": {},
    "today": {0: [(1, 0.6)]},
    "weeks": {-10: [(1, 0.5)], -9: [(1, 0.8)], -7: [(1, 1.0), (2, 0.5)], -3: [(2, 0.7)],
              -2: [(2, 0.9), (3, 0.4)], -1: [(3, 0.6)], 0: [(1, 1.0), (3, 0.7)]},
}
lines = ['{"kind":"accountwijs-attempts","format":1,"created":"2026-01-05T08:00:00.000Z"}']
for off, todo in sorted(plans[days].items()):
    t = now + datetime.timedelta(days=off)
    for section, p in todo:
        for q in range(1, 13):
            t += datetime.timedelta(seconds=37)
            score = 1 if rnd.random() < p else 0
            answer = {"choice": "a"} if q % 3 else "met ; puntkomma en \"quotes\""
            lines.append(json.dumps({"time": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "item": "q1-%d-%02d" % (section, q),
                                     "content_version": "2026.1", "answer": answer, "score": score,
                                     "ms": 4000 + q * 150, "mode": "practice"}, ensure_ascii=False))
with open(os.path.join(folder, "attempts.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(data, "last-profile"), "w") as f:
    f.write(pid)
