#!/bin/sh
# accountwijs's GIFT reader agrees with gift-pegjs on the corpus in
# tests/data/gift/, apart from the differences listed (and followed the
# Moodle way) in tests/data/gift/DIFFERENCES.md; tests/oracle/gift_compare.cjs
# says how. Without node or the pinned gift-pegjs the test SKIPS (77):
# `sh .ci/install-deps --tests` installs both.
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: node is not installed; run sh .ci/install-deps --tests"
    exit 77
fi
if [ ! -f "$src/tests/oracle/node_modules/gift-pegjs/package.json" ]; then
    echo "SKIP: gift-pegjs is not installed; run sh tests/oracle/install"
    exit 77
fi
exec node "$src/tests/oracle/gift_compare.cjs" "$bin" "$src/tests/data/gift"
