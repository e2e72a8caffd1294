#!/bin/sh
# Power loss, not only SIGKILL: a session that makes the first
# profile, answers, saves settings and exports runs under an LD_PRELOAD
# interposer (tests/crash/aw_trace.c) that records its writes, fsyncs,
# renames, links, unlinks and folders; crash_states.py then builds every
# state a power cut could leave and opens each with the program: every
# answer acknowledged before the cut must be there. It prints the number of
# crash states tested.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
out=$(cd "$out" && pwd)
cc=${CC:-cc}
command -v "$cc" >/dev/null || { echo "power_loss: skipped (no C compiler for the interposer)"; exit 0; }
command -v python3 >/dev/null || { echo "power_loss: skipped (no python3)"; exit 0; }
"$cc" -shared -fPIC -O1 -o "$out/aw_trace.so" "$src/tests/crash/aw_trace.c" -ldl || exit 1
unset ACCOUNTWIJS_DATA_DIR
data="$out/session/data"
mkdir -p "$out/session"
# An ASan build wants its runtime first; the interposer only wraps calls.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0"
for name in progress quiz_mouse display; do
    AW_TRACE="$out/trace" AW_TRACE_ROOT="$data" LD_PRELOAD="$out/aw_trace.so" \
        "$bin" --headless --script "$src/tests/scripts/$name.aws" --out "$out/session/$name" --data-dir "$data" \
        --seed 1 >"$out/session/$name.log" 2>&1 || { echo "power_loss: $name.aws failed in the traced session"; cat "$out/session/$name.log" | head -5; exit 1; }
done
[ -s "$out/trace" ] || { echo "power_loss: the interposer recorded nothing"; exit 1; }
python3 "$src/tests/crash/crash_states.py" "$out/trace" "$data" "$bin" "$out" "$src/tests/crash/quit.aws"
