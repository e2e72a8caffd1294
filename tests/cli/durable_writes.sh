#!/bin/sh
# Everything the program writes in its data folder is durable the same way:
# a file it creates is fsynced before it is closed or renamed,
# a folder it makes and a file it creates, renames or links are followed by
# an fsync of the folder that holds them. Checked on the system calls
# (strace) of harness scripts that make the first profile, answer, save
# settings, hand in a test and export the class quiz.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
command -v strace >/dev/null || { echo "durable_writes: skipped (no strace)"; exit 0; }
unset ACCOUNTWIJS_DATA_DIR
fail=0

for name in display quiz_mouse exam classquiz; do
    data="$out/$name/data"
    strace -f -y -qq -o "$out/$name.trace" \
        -e trace=mkdir,mkdirat,open,openat,fsync,fdatasync,close,rename,renameat,renameat2,link,linkat \
        "$bin" --headless --script "$src/tests/scripts/$name.aws" --out "$out/$name" --data-dir "$data" \
        --seed 1 >"$out/$name.log" 2>&1
    python3 - "$out/$name.trace" "$(cd "$out/$name" && pwd)/data" "$name" <<'PY' || fail=1
import os, re, sys
trace, data, name = sys.argv[1], sys.argv[2], sys.argv[3]
lines = [l.rstrip("\n") for l in open(trace, errors="replace")]
call = re.compile(r'^(\d+) +(\w+)\((.*)\) += (-?\d+)(?:<([^>]*)>)?')
def fdpath(arg):
    m = re.match(r'-?\d+<([^>]*)>', arg.strip())
    return m.group(1) if m else None
def strings(args):
    return re.findall(r'"((?:[^"\\]|\\.)*)"', args)
inside = lambda p: p == data or p.startswith(data + "/")
events = []  # (kind, path, extra)
for l in lines:
    m = call.match(l)
    if not m:
        continue
    pid, fn, args, rc, rpath = m.groups()
    if int(rc) < 0:
        continue
    if fn in ("open", "openat"):
        if "O_CREAT" in args and ("O_WRONLY" in args or "O_RDWR" in args) and rpath:
            events.append(("create", rpath, pid + ":" + rc))
    elif fn in ("fsync", "fdatasync"):
        p = fdpath(args)
        if p:
            events.append(("fsync", p, None))
    elif fn == "close":
        p = fdpath(args)
        if p:
            events.append(("close", p, None))
    elif fn in ("mkdir", "mkdirat"):
        s = strings(args)
        if s:
            d = s[-1]
            if not d.startswith("/"):
                base = fdpath(args.split(",")[0]) if fn == "mkdirat" else None
                d = os.path.join(base or os.getcwd(), d)
            events.append(("mkdir", os.path.normpath(d), None))
    elif fn in ("rename", "renameat", "renameat2", "link", "linkat"):
        s = strings(args)
        if len(s) >= 2:
            events.append(("name", os.path.normpath(s[-1]), None))
bad = []
checked = 0
for i, (kind, path, extra) in enumerate(events):
    if not inside(path):
        continue
    later = events[i + 1:]
    if kind == "create":
        checked += 1
        # fsynced before its close
        ok = False
        for k2, p2, _ in later:
            if p2 == path and k2 == "fsync":
                ok = True
                break
            if p2 == path and k2 == "close":
                break
        if not ok:
            bad.append("created and closed without fsync: " + path)
    if kind in ("mkdir", "name", "create"):
        checked += 1
        parent = os.path.dirname(path)
        if not any(k2 == "fsync" and p2 == parent for k2, p2, _ in later):
            bad.append("%s without an fsync of its folder afterwards: %s" % (
                {"mkdir": "folder made", "name": "renamed or linked", "create": "file created"}[kind], path))
seen = set()
for b in bad:
    if b not in seen:
        print("FAIL: %s: %s" % (name, b))
        seen.add(b)
if checked < 3:
    print("FAIL: %s: only %d writes seen in the data folder (was strace able to trace?)" % (name, checked))
    sys.exit(1)
print("%s: %d writes in the data folder checked" % (name, checked))
sys.exit(1 if bad else 0)
PY
done
[ $fail -eq 0 ] && echo "durable_writes: ok"
exit $fail
