#!/bin/sh
# run-stream.sh: run every tests/stream/*.t through stream-driver (whole, byte-at-a-time and
# every two-way split must agree) and diff with NAME.expected. HS_UPDATE_GOLDEN=1 rewrites them.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
drv=$top_builddir/tests/tools/stream-driver
[ -x "$drv" ] || { echo "run-stream: $drv not built" >&2; exit 99; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
for t in "$top_srcdir"/tests/stream/*.t; do
    name=$(basename "$t" .t)
    exp=${t%.t}.expected
    if ! "$drv" "$t" >"$tmp/out" 2>"$tmp/err"; then
        echo "FAIL: $name (split/byte-at-a-time runs disagree)"
        head -20 "$tmp/err"
        fail=$((fail + 1))
        continue
    fi
    if [ "${HS_UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$tmp/out" "$exp"
        pass=$((pass + 1))
    elif diff -u "$exp" "$tmp/out" >"$tmp/diff" 2>&1; then
        pass=$((pass + 1))
    else
        echo "FAIL: $name"
        head -30 "$tmp/diff"
        fail=$((fail + 1))
    fi
done
echo "stream: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
