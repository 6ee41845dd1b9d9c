#!/bin/sh
# run-valgrind.sh: httpsift under valgrind memcheck over every fixture in pcaps/:
# any memory error or definite leak fails (make valgrind; run in CI).
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
bin=${HTTPSIFT:-$top_builddir/src/httpsift}
command -v valgrind >/dev/null 2>&1 || { echo "run-valgrind: valgrind not installed" >&2; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
for f in "$top_srcdir"/pcaps/*.pcap "$top_srcdir"/pcaps/*.pcapng "$top_srcdir"/pcaps/*.pcap.gz; do
    name=$(basename "$f")
    rm -rf "$tmp/s"
    if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --log-file="$tmp/vg.log" "$bin" -r "$f" --hash-seed 1 -o jsonl:/dev/null -o text:/dev/null \
        --flows --decode-bodies --write-streams "$tmp/s" >/dev/null 2>"$tmp/err"; then
        pass=$((pass + 1))
    else
        rc=$?
        # bad-* fixtures exit 1 by design; only valgrind's own exit code (99) is a failure
        if [ "$rc" -eq 99 ] || [ -s "$tmp/vg.log" ]; then
            echo "FAIL: $name (valgrind)"
            head -30 "$tmp/vg.log"
            fail=$((fail + 1))
        else
            pass=$((pass + 1))
        fi
    fi
done
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
