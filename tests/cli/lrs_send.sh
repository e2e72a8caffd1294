#!/bin/sh
# accountwijs lrs send against a real Learning Record Store: xapi-statements
# (npm, in memory) on 127.0.0.1 inside a network namespace of its own, with
# tests/xapi/proxy.cjs in front to make it fail. Every statement the export
# would give arrives exactly once, read back from the LRS, whether the LRS
# is down, answers 500, answers too late (after storing) or drops the
# connection; what did not arrive stays queued; new answers follow; without
# lrs.conf nothing is sent. Skips (77) without node, unshare or ip.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
skip() { echo "SKIP: $*"; exit 77; }
if [ -z "${AW_IN_NETNS:-}" ]; then
    command -v node >/dev/null 2>&1 || skip "node is not installed (sh .ci/install-deps --tests installs it)"
    command -v unshare >/dev/null 2>&1 || skip "unshare is not installed (util-linux)"
    command -v ip >/dev/null 2>&1 || skip "ip is not installed (iproute2)"
    # A namespace of our own: as root, or through a user namespace.
    for flags in -n -rn; do
        if unshare $flags true 2>/dev/null; then
            AW_IN_NETNS=1 exec unshare $flags sh "$0" "$@"
        fi
    done
    skip "this system does not let the test make a network namespace (unshare -n, unshare -rn)"
fi
ip link set lo up || { echo "FAIL: ip link set lo up"; exit 1; }

fail=0
no() { echo "FAIL: $*"; fail=1; }
rm -rf "$out" && mkdir -p "$out"
src=$(cd "$src" && pwd) out=$(cd "$out" && pwd)
unset ACCOUNTWIJS_DATA_DIR ACCOUNTWIJS_LRS_CONF
lrsjs="$src/tests/oracle/node_modules/xapi-statements/dist/index.js"
[ -f "$lrsjs" ] || { echo "FAIL: xapi-statements is missing: run sh tests/oracle/install"; exit 1; }
data="$out/data"
python3 "$src/tests/xapi/make_data.py" "$src/content" "$data" || { echo "FAIL: make_data.py"; exit 1; }
"$bin" export --all --format xapi --data-dir "$data" >"$out/export.json" 2>/dev/null || no "export failed"

lrs_port=18470 proxy_port=18471
pids=""
cleanup() { for p in $pids; do kill "$p" 2>/dev/null; done; }
trap cleanup EXIT

start_lrs() {
    mkdir -p "$out/lrs"
    (cd "$out/lrs" && EXPRESS_PORT=$lrs_port AUTH_REPO=test EVENTS_REPO=test MODELS_REPO=memory \
        STORAGE_REPO=local FS_LOCAL_STORAGE_DIR="$out/lrs/storage" EXPRESS_MORGAN_DIRECTORY="$out/lrs/log" \
        WINSTON_CONSOLE_LEVEL=error exec node "$lrsjs") >"$out/lrs.log" 2>&1 &
    pids="$pids $!"
    for i in $(seq 100); do
        python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$lrs_port/xAPI/about', timeout=1)" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "FAIL: the LRS did not start: $(tail -5 "$out/lrs.log")"
    exit 1
}
start_proxy() { # PLAN
    node "$src/tests/xapi/proxy.cjs" $proxy_port $lrs_port "$1" "$out/proxy.log" >"$out/proxy.out" 2>&1 &
    proxy_pid=$!
    pids="$pids $proxy_pid"
    for i in $(seq 100); do
        grep -q ready "$out/proxy.out" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "FAIL: the proxy did not start"
    exit 1
}
# The statements the LRS holds, compared with the export's: each id once,
# the same ids. $1: how many are expected (defaults to the export's).
check_lrs() {
    python3 - "$lrs_port" "$out/export.json" "${1:-}" <<'PY'
import base64, json, sys, urllib.request
port, export, want = sys.argv[1], sys.argv[2], sys.argv[3]
auth = base64.b64encode(b"a:b").decode()
def get(path):
    req = urllib.request.Request("http://127.0.0.1:%s%s" % (port, path),
        headers={"X-Experience-API-Version": "1.0.3", "Authorization": "Basic " + auth})
    return json.load(urllib.request.urlopen(req, timeout=10))
got, path = [], "/xAPI/statements?limit=100"
while path:
    page = get(path)
    got += page["statements"]
    path = page.get("more") or ""
ids = [s["id"] for s in got]
expect = {s["id"]: s for s in json.load(open(export))}
if len(ids) != len(set(ids)):
    print("FAIL: the LRS holds an id twice"); sys.exit(1)
n = int(want) if want else len(expect)
if len(ids) != n:
    print("FAIL: the LRS holds %d statements, want %d" % (len(ids), n)); sys.exit(1)
missing = [i for i in expect if i not in set(ids)]
if not want and missing:
    print("FAIL: %d statements of the export are not in the LRS" % len(missing)); sys.exit(1)
for s in got:
    e = expect.get(s["id"])
    if e and (e["verb"] != s["verb"] or e["object"]["id"] != s["object"]["id"] or e.get("result") != s.get("result")):
        print("FAIL: statement %s differs in the LRS" % s["id"]); sys.exit(1)
PY
}
waiting() { "$bin" lrs status --data-dir "$data" | sed -n 's/^Wachtend op verzending: \([0-9]*\) statements$/\1/p'; }
total=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$out/export.json")

# ---- no lrs.conf: nothing is sent, and status says so ----------------------
"$bin" lrs status --data-dir "$data" >"$out/none.txt" 2>&1
grep -q "Geen LRS ingesteld: er wordt niets verstuurd" "$out/none.txt" || no "status without lrs.conf: $(cat "$out/none.txt")"
"$bin" lrs send --data-dir "$data" >/dev/null 2>&1 || no "send without lrs.conf should exit 0"
[ ! -e "$data/xapi" ] || no "send without lrs.conf made a queue"

printf 'endpoint = http://127.0.0.1:%s/xAPI\nkey = a\nsecret = b\nbatch = 25\ntimeout = 2\n' $proxy_port >"$data/lrs.conf"

# ---- the LRS is down: everything stays queued -------------------------------
"$bin" lrs send --data-dir "$data" --tries 2 --wait-ms 50 >"$out/down.txt" 2>&1
[ $? -eq 1 ] || no "send with the LRS down should exit 1"
grep -q "de LRS is niet bereikbaar" "$out/down.txt" || no "down: no message: $(cat "$out/down.txt")"
[ "$(waiting)" = "$total" ] || no "down: $(waiting) waiting, want $total"

# ---- 500, too late, dropped: retried until all arrived, each once -----------
# (the first batch too large: its statements go one by one, then batches)
start_lrs
start_proxy "413,ok,500,slow,drop,500,ok,ok,500"
"$bin" lrs send --data-dir "$data" --tries 12 --wait-ms 50 >"$out/flaky.txt" 2>&1
[ $? -eq 0 ] || no "send through the failing proxy did not finish: $(tail -5 "$out/flaky.txt")"
grep -q "^1 413 413" "$out/proxy.log" && grep -q " 500 500" "$out/proxy.log" && grep -q " slow 200" "$out/proxy.log" &&
    grep -q " drop drop" "$out/proxy.log" ||
    no "the proxy did not inject every failure: $(cat "$out/proxy.log")"
[ "$(waiting)" = "0" ] || no "after the flaky send: $(waiting) waiting"
check_lrs || fail=1

# ---- a new answer: only it is sent --------------------------------------------
printf '%s\n' '{"time":"2026-03-05T10:00:00.000Z","item":"q1-3-criteria-1","content_version":"x","answer":{"chosen":["a"]},"score":1,"ms":900,"mode":"practice"}' \
    >>"$data/profiles/p-00000000000000b2/attempts.jsonl"
"$bin" lrs send --data-dir "$data" --tries 3 --wait-ms 50 >"$out/new.txt" 2>&1 || no "the new answer was not sent: $(cat "$out/new.txt")"
grep -q "In de wachtrij gezet: 1, verzonden: 1, wachtend: 0" "$out/new.txt" || no "new answer: $(cat "$out/new.txt")"
check_lrs $((total + 1)) || fail=1

# ---- the window's background sender: the LRS fails once, it waits and sends
kill "$proxy_pid" 2>/dev/null
wait "$proxy_pid" 2>/dev/null
: >"$out/proxy.log"
start_proxy "500"
printf '%s\n' '{"time":"2026-03-05T11:00:00.000Z","item":"q1-3-criteria-1","content_version":"x","answer":{"chosen":["b"]},"score":0,"ms":700,"mode":"review"}' \
    >>"$data/profiles/p-00000000000000a1/attempts.jsonl"
"$bin" lrs send --data-dir "$data" --thread 20 >"$out/thread.txt" 2>&1 || no "the background sender did not send: $(cat "$out/thread.txt")"
grep -q "In de wachtrij gezet: 1, verzonden: 1, wachtend: 0" "$out/thread.txt" || no "thread: $(cat "$out/thread.txt")"
grep -q "Mislukte rondes (elk gevolgd door een pauze): 1" "$out/thread.txt" || no "thread: no failed round: $(cat "$out/thread.txt")"
grep -q "^1 500 500" "$out/proxy.log" && grep -q "^2 ok 200" "$out/proxy.log" || no "thread: proxy saw $(cat "$out/proxy.log")"
total=$((total + 1))
check_lrs $((total + 1)) || fail=1

# ---- rebuilt from the logs: sent again, the LRS keeps each once --------------
total=$((total + 1))
"$bin" lrs rebuild --data-dir "$data" >/dev/null || no "rebuild failed"
"$bin" lrs send --data-dir "$data" --tries 3 --wait-ms 50 --lang en >"$out/rebuilt.txt" 2>&1 ||
    no "send after rebuild failed: $(cat "$out/rebuilt.txt")"
grep -q "Queued: $total, sent: $total, waiting: 0" "$out/rebuilt.txt" || no "rebuilt: $(cat "$out/rebuilt.txt")"
check_lrs $total || fail=1
exit $fail
