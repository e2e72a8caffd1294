#!/bin/sh
# schema.sh - every lesson file under content/ is valid against the JSON
# Schema content/schema/lesson.schema.json, and a few broken files are not.
#
# Run by ctest as: sh schema.sh BINARY SOURCE_DIR OUT_DIR (BINARY is unused).
# Needs /usr/bin/python3 with the jsonschema module (Debian: python3-jsonschema);
# without it the test fails rather than skips.
if [ $# -lt 2 ]; then
    echo "usage: schema.sh BINARY SOURCE_DIR OUT_DIR" >&2
    exit 1
fi
src=$2
py=/usr/bin/python3

if [ ! -x "$py" ] || ! "$py" -c 'import jsonschema' 2>/dev/null; then
    echo "FAIL: $py with the jsonschema module is needed (apt-get install python3-jsonschema)" >&2
    exit 1
fi

exec "$py" - "$src/content" <<'EOF'
import copy, json, os, sys
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

content = sys.argv[1]
schema_dir = os.path.join(content, "schema")
schema_path = os.path.join(schema_dir, "lesson.schema.json")

try:
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
except (OSError, ValueError, SchemaError) as e:
    print(f"FAIL: {schema_path}: {e}")
    sys.exit(1)
validator = Draft202012Validator(schema)
# The read-aloud's pronunciation list (kind "pronunciation") has a schema of its own.
pron_path = os.path.join(schema_dir, "pronunciation.schema.json")
try:
    with open(pron_path, encoding="utf-8") as f:
        pron_schema = json.load(f)
    Draft202012Validator.check_schema(pron_schema)
except (OSError, ValueError, SchemaError) as e:
    print(f"FAIL: {pron_path}: {e}")
    sys.exit(1)
pron_validator = Draft202012Validator(pron_schema)

def where(err):
    path = ""
    for p in err.absolute_path:
        path += f"[{p}]" if isinstance(p, int) else (f".{p}" if path else p)
    return path or "(top level)"

failed = 0
files = []
for root, dirs, names in os.walk(content):
    dirs.sort()
    if os.path.abspath(root).startswith(os.path.abspath(schema_dir)):
        continue
    files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".json")]
if not files:
    print(f"FAIL: no lesson files under {content}")
    sys.exit(1)

for path in files:
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FAIL: {path}: {e}")
        failed += 1
        continue
    v = pron_validator if isinstance(doc, dict) and doc.get("kind") == "pronunciation" else validator
    errors = sorted(v.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    for e in errors[:20]:
        if e.schema is False:
            msg = f"the key \"{e.absolute_path[-1]}\" is not allowed here"
        else:
            msg = e.message if len(e.message) <= 200 else e.message[:200] + "..."
        print(f"FAIL: {path}: {where(e)}: {msg}")
    failed += bool(errors)

# Broken files must fail: guards against a schema that accepts everything.
good = {
    "format": 1, "kind": "section", "id": "s9", "title": "Proef",
    "goals": [{"id": "s9.g1", "text": "iets uitleggen"}],
    "blocks": [{"type": "paragraph", "text": "Tekst."},
               {"type": "flow", "left": {"label": "A"}, "right": {"label": "B"},
                "arrows": [{"from": "left", "to": "right"}]},
               {"type": "tree", "root": {"label": "Directie", "children": [{"label": "Verkoop"}]}}],
    "questions": [{"id": "q9", "type": "single", "goal": "s9.g1", "difficulty": 1,
                   "prompt": "Welke?", "explanation": "Daarom.",
                   "options": [{"id": "a", "text": "Ja", "correct": True, "feedback": "Goed."},
                               {"id": "b", "text": "Nee", "correct": False, "feedback": "Fout."}]}],
}
scenario = {
    "format": 1, "kind": "scenario", "id": "sc9", "title": "Case", "start": "n1",
    "nodes": [{"id": "n1", "text": "Wat doe je?",
               "choices": [{"id": "a", "text": "Dit", "feedback": "Ok.", "points": 1, "next": "e1"},
                           {"id": "b", "text": "Dat", "feedback": "Jammer.", "points": 0, "next": "e2"}]},
              {"id": "e1", "end": True, "text": "Goed.", "debrief": "Zie 1.3."},
              {"id": "e2", "end": True, "text": "Mis.", "debrief": "Zie 1.3."}],
}
broken = {
    "unknown kind": lambda d: d.update(kind="lesson"),
    "unknown block type": lambda d: d["blocks"][0].update(type="picture"),
    "unknown key in a block": lambda d: d["blocks"][0].update(txt="x"),
    "empty text": lambda d: d["blocks"][0].update(text="  "),
    "difficulty 4": lambda d: d["questions"][0].update(difficulty=4),
    "bad id": lambda d: d["questions"][0].update(id="q 9"),
    "two correct options": lambda d: d["questions"][0]["options"][1].update(correct=True),
    "truefalse without feedback": lambda d: d["questions"][0].update(type="truefalse"),
    "arrow from left to left": lambda d: d["blocks"][1]["arrows"][0].update(to="left"),
    "tree child without label": lambda d: d["blocks"][2]["root"]["children"].append({"note": "x"}),
}
numeric = {"id": "q10", "type": "numeric", "goal": "s9.g1", "difficulty": 3, "prompt": "Hoeveel?",
           "explanation": "Zo.", "unit": "%", "decimals": 1,
           "answers": [{"value": 20, "tolerance": 0.5, "feedback": "Goed."}, {"min": 24, "max": 26, "score": 0}]}
def with_numeric(change):
    def fn(d):
        d["questions"].append(copy.deepcopy(numeric))
        change(d["questions"][-1])
    return fn
broken.update({
    "numeric without a right answer": with_numeric(lambda q: q["answers"].pop(0)),
    "numeric answer without value or range": with_numeric(lambda q: q["answers"][0].pop("value")),
    "numeric answer with value and min": with_numeric(lambda q: q["answers"][0].update(min=1)),
    "numeric answer with half a range": with_numeric(lambda q: q["answers"][1].pop("max")),
    "numeric negative tolerance": with_numeric(lambda q: q["answers"][0].update(tolerance=-1)),
    "numeric unit with a digit": with_numeric(lambda q: q.update(unit="m2")),
    "numeric 7 decimals": with_numeric(lambda q: q.update(decimals=7)),
    "unit on a single question": lambda d: d["questions"][0].update(unit="%"),
})
cases = [("valid section", good, None, True), ("valid scenario", scenario, None, True),
         ("valid numeric question", good, with_numeric(lambda q: None), True)]
cases += [(name, good, fn, False) for name, fn in broken.items()]
cases += [("end node with choices", scenario,
           lambda d: d["nodes"][1].update(choices=d["nodes"][0]["choices"]), False),
          ("one end node only", scenario, lambda d: d["nodes"].pop(), False)]
pron = {"format": 1, "kind": "pronunciation", "entries": [{"word": "key account", "say": "kie uk-kaunt"}]}
cases += [("valid pronunciation list", pron, None, True),
          ("pronunciation with SSML", pron, lambda d: d["entries"][0].update(say="<sub>x</sub>"), False),
          ("pronunciation word with two spaces", pron, lambda d: d["entries"][0].update(word="key  account"), False),
          ("pronunciation phonemes unclosed", pron, lambda d: d["entries"][0].update(say="[[k'i"), False),
          ("pronunciation without say", pron, lambda d: d["entries"][0].pop("say"), False)]
for name, base, fn, valid in cases:
    doc = copy.deepcopy(base)
    if fn:
        fn(doc)
    v = pron_validator if doc.get("kind") == "pronunciation" else validator
    if v.is_valid(doc) != valid:
        print(f"FAIL: example \"{name}\" should be {'valid' if valid else 'invalid'}")
        failed += 1

if failed:
    print(f"{failed} problem(s)")
    sys.exit(1)
print(f"ok: {len(files)} lesson files valid against the schema, {len(cases)} examples as expected")
EOF
