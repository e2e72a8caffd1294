#!/bin/sh
# Every section of the built-in course at 800x600 and 1920x1080, at scale 1
# and 2: its heading and first words are on screen, and no text run of any
# page leaves the window. The pages are shot with Page Down from the top to
# the end; the .txt files are checked and the bitmaps removed.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

# "number<TAB>title<TAB>first words of the first paragraph", in reading order.
python3 - "$src/content" >"$out/sections.tsv" <<'PY' || exit 1
import json, os, re, sys
root = sys.argv[1]
course = json.load(open(os.path.join(root, "course.json")))
by_id = {}
for f in course["files"]:
    d = json.load(open(os.path.join(root, f)))
    if d.get("kind") == "section":
        by_id[d["id"]] = d
for ch in course["chapters"]:
    for sid in ch["sections"]:
        s = by_id[sid]
        para = next(b["text"] for b in s["blocks"] if b["type"] == "paragraph")
        plain = re.sub(r"\*+", "", para).split()
        print("\t".join([s["number"], s["title"], " ".join(plain[:3])]))
PY
n=$(wc -l <"$out/sections.tsv")
[ "$n" -ge 7 ] || no "only $n sections"

for config in "800x600 1 14" "800x600 2 14" "1920x1080 1 7" "1920x1080 2 7"; do
    set -- $config
    size=$1 scale=$2 pages=$3
    w=$(( ${size%x*} * scale )) h=$(( ${size#*x} * scale ))
    k=0
    while IFS="$(printf '\t')" read -r number title words; do
        dir="$out/$size-$scale-$number"
        {
            echo "click \"Begin met lezen\""
            i=0
            while [ $i -lt $k ]; do echo "key alt+Right"; i=$((i + 1)); done
            # The heading: number, an en space, the title (it may wrap).
            printf 'expect %s\342\200\202%s\n' "$number" "${title%% *}"
            echo "expect Paragraaf $((k + 1)) van $n"
            echo "shot p00"
            i=1
            while [ $i -le $pages ]; do printf 'key Page Down\nshot p%02d\n' $i; i=$((i + 1)); done
            echo "key End"
            echo "shot pend"
            echo "expect Oefen deze paragraaf"
        } >"$dir.aws"
        "$bin" --headless --script "$dir.aws" --out "$dir" --data-dir "$dir/data" --size "$size" --scale "$scale" \
            >/dev/null 2>"$dir.err" || no "$size scale $scale section $number: $(head -3 "$dir.err")"
        cat "$dir"/p*.txt >"$dir.all"
        grep -qF "$words" "$dir.all" || no "$size scale $scale section $number: first words '$words' never shown"
        python3 - "$dir.all" "$w" "$h" <<'PY' || no "$size scale $scale section $number: text leaves the window"
import sys
path, W, H = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
bad = 0
for line in open(path, encoding="utf-8"):
    x, y, w, h, text = line.rstrip("\n").split(" ", 4)
    x, y, w, h = int(x), int(y), int(w), int(h)
    if x < 0 or x + w > W or y + h <= 0 or y >= H:
        bad += 1
        if bad <= 5:
            print(f"  {x} {y} {w} {h} {text!r} outside {W}x{H}")
sys.exit(1 if bad else 0)
PY
        rm -f "$dir"/*.bmp
        k=$((k + 1))
    done <"$out/sections.tsv"
done
exit $fail
