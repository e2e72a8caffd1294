#!/bin/sh
# accountwijs's FSRS-6 agrees with ts-fsrs, the reference implementation,
# on 1,000 random review histories (tests/oracle/compare.cjs says how).
# Missing node or ts-fsrs is a failure, not a skip: `sh .ci/install-deps --tests`
# installs both (ts-fsrs through tests/oracle/install).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2
if ! command -v node >/dev/null 2>&1; then
    echo "FAIL: node is not installed; run sh .ci/install-deps --tests"
    exit 1
fi
exec node "$src/tests/oracle/compare.cjs" "$bin"
