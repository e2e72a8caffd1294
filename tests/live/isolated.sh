#!/bin/sh
# isolated.sh PROGRAM [ARGS...] - runs a network test in a network namespace
# of its own (unshare -n, then lo up) when this user may make one (CI runs
# as root): its traffic then goes nowhere but its own loopback, and its
# ports never meet another test's. Otherwise it runs on 127.0.0.1 directly.
if unshare -n true 2>/dev/null && command -v ip >/dev/null 2>&1; then
    exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
exec "$@"
