#!/usr/bin/env python3
"""crash_states.py - the states a power cut could leave after a traced
session (tests/crash/aw_trace.c), in the manner of ALICE, each opened with
the program.

Model: a file's data is kept up to its last fsync before the cut; the
writes and truncations after it may be kept as any prefix, the last of
them possibly half written. A name (creat, mkdir, link, rename, unlink) is
durable once the folder that holds it (both folders for a rename) was
fsynced after it; the names that are not may be missing, as any prefix of
them in order. For every cut after every traced call the states are: all
of it kept, only the durable part, each prefix of the undurable names, and
for each file each prefix (and torn write) of its undurable data; the same
state twice is tested once.

For each state: no file but the logs and temporary files may hold a
content it never had at an fsync (a settings file, profile or export is
replaced whole or not at all); `accountwijs export --all --format json`
must exit 0 and
list every answer acknowledged before the cut (its line written to
attempts.jsonl and fsynced: progress_record says yes only then); then the
program starts on it (a harness script that only quits: this repairs a torn
tail and takes the log for writing) and the export must still list them.

usage: crash_states.py TRACE ROOT BINARY SCRATCH QUIT_SCRIPT
"""
import collections
import json
import os
import shutil
import subprocess
import sys

trace, root, binary, scratch, quit_script = sys.argv[1:6]

ops = []
for line in open(trace, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] == "write":
        f = [f[0], f[1], int(f[2]), bytes.fromhex(f[3])]
    elif f[0] == "trunc":
        f = [f[0], f[1], int(f[2])]
    ops.append(f)

parent = os.path.dirname


def answer_key(obj):
    return (obj.get("time"), obj.get("item"), obj.get("content_version"), obj.get("mode"),
            float(obj.get("score")), obj.get("ms"), json.dumps(obj.get("answer"), sort_keys=True))


def analyse(cut):
    """Replays ops[:cut]: inodes with their data ops and durable count,
    the name ops with whether each is durable, and the acknowledged answers."""
    names, inode_ops, durable_data = {}, collections.defaultdict(list), {}
    name_ops, next_inode = [], [0]
    acked = []
    pending = {}  # log path -> answer lines written since its last fsync

    def new_inode():
        next_inode[0] += 1
        return next_inode[0]

    for i, op in enumerate(ops[:cut]):
        kind = op[0]
        if kind == "creat":
            names[op[1]] = new_inode()
            name_ops.append([i, op, names[op[1]]])
        elif kind in ("write", "trunc"):
            ino = names.get(op[1])
            if ino is None:
                continue
            inode_ops[ino].append(op)
            if kind == "write" and op[1].endswith("/attempts.jsonl"):
                for text in op[3].decode("utf-8", "replace").split("\n"):
                    if text.startswith('{"time"'):
                        pending.setdefault(op[1], []).append(json.loads(text))
        elif kind == "fsync":
            ino = names.get(op[1])
            if ino is not None:
                durable_data[ino] = len(inode_ops[ino])
                acked.extend(pending.pop(op[1], []))
            for n in name_ops:  # names in this folder are now durable
                folders = {parent(p) for p in n[1][1:3]}
                if op[1] in folders:
                    n.append(op[1])
        elif kind in ("mkdir", "unlink", "link", "rename"):
            if kind == "link":
                names[op[2]] = names.get(op[1])
            elif kind == "rename":
                for p in [p for p in names if p == op[1] or p.startswith(op[1] + "/")]:
                    names[op[2] + p[len(op[1]):]] = names.pop(p)
            elif kind == "unlink":
                names.pop(op[1], None)
            name_ops.append([i, op, None])
    for n in name_ops:
        folders = {parent(p) for p in n[1][1:3]}
        n.append(all(f in n[3:] for f in folders))
    return name_ops, inode_ops, durable_data, acked


def build(name_ops, keep_undurable, inode_ops, data_choice, out):
    """Materialises a state: durable names plus the first KEEP_UNDURABLE
    undurable ones; each inode's data as DATA_CHOICE says (count, torn)."""
    names, dirs, kept = {}, set(), 0
    for i, op, ino, *rest in name_ops:
        durable = rest[-1]
        if not durable:
            if kept >= keep_undurable:
                continue
            kept += 1
        kind = op[0]
        if kind == "creat":
            if parent(op[1]) in dirs or parent(op[1]) == parent(root):
                names[op[1]] = ino
        elif kind == "mkdir":
            if parent(op[1]) in dirs or parent(op[1]) == parent(root):
                dirs.add(op[1])
        elif kind == "unlink":
            names.pop(op[1], None)
        elif kind == "link":
            if op[1] in names:
                names[op[2]] = names[op[1]]
        elif kind == "rename":
            if op[1] in dirs:
                for d in [d for d in dirs if d == op[1] or d.startswith(op[1] + "/")]:
                    dirs.discard(d)
                    dirs.add(op[2] + d[len(op[1]):])
            for p in [p for p in names if p == op[1] or p.startswith(op[1] + "/")]:
                names[op[2] + p[len(op[1]):]] = names.pop(p)
    contents = {}
    for ino, dops in inode_ops.items():
        count, torn = data_choice.get(ino, (len(dops), False))
        data = bytearray()
        for j, op in enumerate(dops[:count + (1 if torn else 0)]):
            if op[0] == "trunc":
                del data[op[2]:]
                continue
            chunk = op[3]
            if torn and j == count:
                chunk = chunk[:len(chunk) // 2]
            end = op[2] + len(chunk)
            if len(data) < op[2]:
                data.extend(b"\0" * (op[2] - len(data)))
            data[op[2]:end] = chunk
        contents[ino] = bytes(data)
    sig = (tuple(sorted(dirs)), tuple(sorted((p, contents.get(ino, b"")) for p, ino in names.items())))
    if out is None:
        return sig
    for d in sorted(dirs):
        if d == root or d.startswith(root + "/"):
            os.makedirs(out + d[len(root):], exist_ok=True)
    for p, ino in names.items():
        if not (p.startswith(root + "/") and parent(p) in dirs):
            continue
        os.makedirs(parent(out + p[len(root):]), exist_ok=True)
        with open(out + p[len(root):], "wb") as f:
            f.write(contents.get(ino, b""))
    return sig


def complete_versions():
    """Every content a file had when it was fsynced, over the whole session."""
    names, data, versions, n = {}, {}, set(), 0
    for op in ops:
        if op[0] == "creat":
            n += 1
            names[op[1]] = n
            data[n] = bytearray()
        elif op[0] == "link" and op[1] in names:
            names[op[2]] = names[op[1]]
        elif op[0] == "rename":
            for p in [p for p in names if p == op[1] or p.startswith(op[1] + "/")]:
                names[op[2] + p[len(op[1]):]] = names.pop(p)
        elif op[0] == "unlink":
            names.pop(op[1], None)
        elif op[0] in ("write", "trunc") and op[1] in names:
            d = data[names[op[1]]]
            if op[0] == "trunc":
                del d[op[2]:]
            else:
                if len(d) < op[2]:
                    d.extend(b"\0" * (op[2] - len(d)))
                d[op[2]:op[2] + len(op[3])] = op[3]
        elif op[0] == "fsync" and op[1] in names:
            versions.add(bytes(data[names[op[1]]]))
    return versions


COMPLETE = complete_versions()


def torn_files(data):
    """Files other than the logs and temporary files whose content was never
    complete: a settings file, profile or export replaced atomically must be
    the old or the new version, never a piece."""
    bad = []
    for folder, _, files in os.walk(data):
        for name in files:
            if name.endswith((".tmp", ".new", ".torn")) or name == "attempts.jsonl" or ".corrupt-" in name:
                continue
            with open(os.path.join(folder, name), "rb") as f:
                if f.read() not in COMPLETE:
                    bad.append(os.path.relpath(os.path.join(folder, name), data))
    return bad


def exported(data):
    r = subprocess.run([binary, "export", "--all", "--format", "json", "--data-dir", data],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr
    return collections.Counter(answer_key(o) for o in json.loads(r.stdout)), r.stderr


seen, tested, failures = set(), 0, []
for cut in range(1, len(ops) + 1):
    name_ops, inode_ops, durable, acked = analyse(cut)
    need = collections.Counter(answer_key(a) for a in acked)
    undurable = sum(1 for n in name_ops if not n[-1])
    choices = [(undurable, {}), (0, {ino: (durable.get(ino, 0), False) for ino in inode_ops})]
    choices += [(k, {}) for k in range(undurable)]
    for ino, dops in inode_ops.items():
        for k in range(durable.get(ino, 0), len(dops)):
            choices.append((undurable, {ino: (k, False)}))
            if dops[k][0] == "write":
                choices.append((undurable, {ino: (k, True)}))
    for keep, data_choice in choices:
        sig = build(name_ops, keep, inode_ops, data_choice, None)
        if (sig, tuple(sorted(need.items()))) in seen:
            continue
        seen.add((sig, tuple(sorted(need.items()))))
        state = os.path.join(scratch, "state")
        shutil.rmtree(state, ignore_errors=True)
        os.makedirs(state)
        build(name_ops, keep, inode_ops, data_choice, state + "/data")
        tested += 1
        where = "cut after call %d (%s %s), %d undurable names kept, data %s" % (
            cut, ops[cut - 1][0], os.path.basename(ops[cut - 1][1]), keep, data_choice)
        for phase in ("as left", "after the program started on it"):
            if phase != "as left":
                subprocess.run([binary, "--headless", "--script", quit_script, "--out", state + "/out",
                                "--data-dir", state + "/data", "--seed", "1"], capture_output=True)
            if phase == "as left" and torn_files(state + "/data"):
                failures.append("%s: half-written file(s) %s" % (where, torn_files(state + "/data")))
                break
            got, err = exported(state + "/data")
            if got is None and need:
                failures.append("%s, %s: export failed: %s" % (where, phase, err.strip()))
                break
            missing = need - (got or collections.Counter())
            if missing:
                failures.append("%s, %s: %d acknowledged answer(s) missing, e.g. %s" % (
                    where, phase, sum(missing.values()), next(iter(missing))))
                break
        if len(failures) > 10:
            break
    if len(failures) > 10:
        break

answers = len(analyse(len(ops))[3])
print("power_loss: %d traced calls, %d crash states tested, %d answers acknowledged in the session" %
      (len(ops), tested, answers))
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures or answers == 0 or tested == 0 else 0)
