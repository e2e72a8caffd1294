#!/bin/sh
# The phone page in a real browser: 30 phones of Debian's chromium, driven
# by puppeteer-core (tests/oracle, installed by tests/oracle/install), join
# the real live server on 127.0.0.1, answer, one reloads and resumes; the
# screenshots of every state go to the out folder. Everything runs inside a
# network namespace of its own (unshare -n, then lo up): no traffic leaves
# loopback. Skips (77) only when chromium or unshare cannot run; a missing
# node or puppeteer-core is a failure (sh .ci/install-deps --tests).
# $1 = tests/live/live_teacher, $2 = the source tree, $3 = the out folder.
set -u
teacher=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
if ! command -v node >/dev/null 2>&1; then
    echo "FAIL: node is not installed; run sh .ci/install-deps --tests"
    exit 1
fi
if [ ! -f "$src/tests/oracle/node_modules/puppeteer-core/package.json" ]; then
    echo "FAIL: puppeteer-core is not installed; run sh tests/oracle/install"
    exit 1
fi
chromium=${AW_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || ! "$chromium" --headless --no-sandbox --disable-gpu --dump-dom about:blank >/dev/null 2>&1; then
    echo "SKIP: chromium cannot run here ($chromium); sh .ci/install-deps --tests installs it"
    exit 77
fi
if ! unshare -n true 2>/dev/null || ! command -v ip >/dev/null 2>&1; then
    echo "SKIP: cannot make a network namespace (unshare -n needs root or user namespaces; ip from iproute2)"
    exit 77
fi
exec unshare -n sh -c 'ip link set lo up && exec node "$@"' sh \
    "$src/tests/live/phones.cjs" "$teacher" "$src" "$out" "$chromium"
