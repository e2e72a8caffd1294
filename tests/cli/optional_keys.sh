#!/bin/sh
# A course that passes `check` works whatever optional key it leaves out:
# a copy of content/ with every key the schema calls optional removed (the
# section's number, block ids, levels, titles, notes, labels, a question's
# section and anchor, a scenario's intro, sections and node titles) still
# passes `check`, every harness script runs through it without a crash or a
# "(null)" on any frame, and every export of the answers those scripts gave
# (CSV and JSON, attempts and summary) works and shows no "(null)".
# A section's "questions" stays: the quiz set names them, so a course
# without them fails `check` (as it should).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }
unset ACCOUNTWIJS_DATA_DIR

# ---- the course without its optional keys ---------------------------------
python3 - "$src/content" "$out/course" <<'PY' || exit 1
import json, os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
shutil.copytree(src, dst)
schema = json.load(open(os.path.join(src, "schema", "lesson.schema.json")))
defs = schema["$defs"]
KEEP = {"questions"}  # see the comment at the top

def optional(name):
    d = defs[name]
    return [k for k in d.get("properties", {}) if k not in d.get("required", [])]

# Which definition each object is, from where it sits in the file.
def strip(obj, name, removed):
    if not isinstance(obj, dict):
        return
    d = defs[name]
    # An optional key that a condition ("then") requires stays, and so does
    # "end": true (without it an ending is a node without choices).
    needed = set()
    if name == "scenarioNode":
        needed = {"end", "debrief"} if obj.get("end") else {"choices"}
    for k in optional(name):
        if k in obj and k not in KEEP and k not in needed and k in ALWAYS_OPTIONAL.get(name, set(optional(name))):
            del obj[k]
            removed.add(name + "." + k)
    for k, child in CHILDREN.get(name, {}).items():
        v = obj.get(k)
        if isinstance(v, list):
            for x in v:
                strip(x, child(x) if callable(child) else child, removed)
        elif isinstance(v, dict):
            strip(v, child(v) if callable(child) else child, removed)

def block_def(b):
    return b.get("type", "paragraph") + "Block"

# Keys of a question that are optional for every type (the others are
# optional only for the types that do not use them).
ALWAYS_OPTIONAL = {"question": {"section", "anchor", "fixed_order"}}
CHILDREN = {
    "sectionFile": {"blocks": block_def, "questions": "question"},
    "treeBlock": {"root": "treeNode"},
    "treeNode": {"children": "treeNode"},
    "flowBlock": {"left": "flowBox", "right": "flowBox", "arrows": "flowArrow"},
    "scenarioFile": {"nodes": "scenarioNode"},
}
KINDS = {"section": "sectionFile", "scenario": "scenarioFile", "glossary": "glossaryFile",
         "quizset": "quizsetFile", "course": "courseFile"}
removed = set()
for folder, _, files in os.walk(dst):
    if os.path.basename(folder) == "schema":
        continue
    for f in files:
        if not f.endswith(".json"):
            continue
        path = os.path.join(folder, f)
        doc = json.load(open(path, encoding="utf-8"))
        if doc["kind"] == "pronunciation":
            continue  # the read-aloud's list: not a lesson file
        strip(doc, KINDS[doc["kind"]], removed)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
print("removed:", " ".join(sorted(removed)))
PY
course="$out/course"
grep -q '"number"' "$course/sections/"*.json && no "a section still has its number"

# ---- check -----------------------------------------------------------------
"$bin" check "$course" >"$out/check.out" 2>&1
[ $? -eq 0 ] || no "check refused the course without optional keys: $(cat "$out/check.out")"

# A crash is a status above 2 (a signal shows as 128+N, ASan's as 1 with
# its report, so look for that too).
crashed() { # status, log file
    [ "$1" -gt 2 ] && return 0
    grep -q 'ERROR: AddressSanitizer\|runtime error:' "$2" && return 0
    return 1
}

# ---- every harness script --------------------------------------------------
# Expectations about the real course's numbers would stop a script early, so
# they are dropped; instead every command is followed by `expect-not (null)`.
# One more script plays every scenario to an ending (always the first
# choice), since no harness script reaches one.
nsc=$(grep -c '"scenarios/' "$course/course.json")
{
    i=0
    while [ "$i" -lt "$nsc" ]; do
        i=$((i + 1))
        printf 'click "Inhoud"\nkey End\nclick "Oefen met casussen"\n'
        j=0
        while [ "$j" -lt "$i" ]; do printf 'key Tab\n'; j=$((j + 1)); done
        printf 'key Return\nkey Return\n'
        j=0
        while [ "$j" -lt 14 ]; do printf 'key 1\nkey Return\n'; j=$((j + 1)); done
        printf 'key Escape\nkey Escape\nkey Escape\n'
    done
} >"$out/scenario_endings.src"
for script in "$src"/tests/scripts/*.aws "$out/scenario_endings.src"; do
    name=$(basename "$script" .aws); name=${name%.src}
    awk '/^[ \t]*#/ || /^[ \t]*$/ { next }
         /^expect/ { next }
         { print; print "expect-not (null)" }' "$script" >"$out/$name.aws"
    "$bin" --headless --script "$out/$name.aws" --out "$out/$name" --data-dir "$out/$name/data" \
        --content "$course" --seed 1 >"$out/$name.log" 2>&1
    rc=$?
    if crashed "$rc" "$out/$name.log"; then
        no "script $name crashed (status $rc): $(tail -5 "$out/$name.log")"
    elif grep -q '(null)' "$out/$name.log"; then
        no "script $name showed (null): $(grep -m3 '(null)' "$out/$name.log")"
    fi
done

# ---- every export of the answers the scripts gave --------------------------
n=0
for data in "$out"/*/data; do
    [ -d "$data/profiles" ] || continue
    for fmt in csv json; do
        for summary in "" --summary; do
            n=$((n + 1))
            "$bin" export --all --format $fmt $summary --data-dir "$data" --content "$course" \
                >"$out/export-$n.out" 2>"$out/export-$n.err"
            rc=$?
            if crashed "$rc" "$out/export-$n.err"; then
                no "export --format $fmt $summary of $data crashed (status $rc): $(tail -5 "$out/export-$n.err")"
            elif [ "$rc" -ne 0 ]; then
                no "export --format $fmt $summary of $data failed (status $rc): $(cat "$out/export-$n.err")"
            elif grep -q '(null)' "$out/export-$n.out"; then
                no "export --format $fmt $summary of $data wrote (null): $(grep -m2 '(null)' "$out/export-$n.out")"
            fi
        done
    done
done
[ "$n" -ge 8 ] || no "only $n exports ran: the scripts left too few data folders with profiles"

[ $fail -eq 0 ] && echo "optional_keys: ok ($n exports)"
exit $fail
