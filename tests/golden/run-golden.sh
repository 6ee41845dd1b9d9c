#!/bin/sh
# run-golden.sh: run httpsift over pcaps/ as listed in tests/golden/TESTLIST and diff with goldens.
#
# TESTLIST lines: NAME PCAP KIND ARGS...
#   KIND "out"     compares stdout with expected/NAME.out
#   KIND "stderr"  compares stderr and the exit status with expected/NAME.stderr
#   KIND "streams" runs with --write-streams and compares a listing of the
#                  stream files (size, sha256) and gap records with expected/NAME.streams
# HS_UPDATE_GOLDEN=1 rewrites the expected files instead of comparing.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
bin=${HTTPSIFT:-$top_builddir/src/httpsift}
list=$top_srcdir/tests/golden/TESTLIST
exp=$top_srcdir/tests/golden/expected
export TZ=UTC LC_ALL=C

[ -x "$bin" ] || { echo "run-golden: $bin not built" >&2; exit 99; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

pass=0 fail=0
while read -r name pcap kind args; do
    case "$name" in ''|'#'*) continue ;; esac
    out=$tmp/$name.actual
    # shellcheck disable=SC2086
    case "$kind" in
    out)
        "$bin" -r "$top_srcdir/pcaps/$pcap" --hash-seed 1 $args </dev/null >"$out" 2>"$tmp/$name.err"
        echo "exit $?" >>"$out"
        ;;
    stderr)
        "$bin" -r "$top_srcdir/pcaps/$pcap" --hash-seed 1 $args </dev/null >/dev/null 2>"$out.raw"
        rc=$?
        sed "s|$top_srcdir/||g" "$out.raw" >"$out"
        echo "exit $rc" >>"$out"
        : >"$tmp/$name.err"
        ;;
    streams)
        rm -rf "$tmp/s"
        "$bin" -r "$top_srcdir/pcaps/$pcap" --hash-seed 1 -o none -q --write-streams "$tmp/s" $args </dev/null \
            >/dev/null 2>"$tmp/$name.err"
        echo "exit $?" >"$out"
        if [ -d "$tmp/s" ]; then
            (cd "$tmp/s" && for f in $(ls | sort); do
                case "$f" in
                *.gaps) sed "s/^/$f: /" "$f" ;;
                *) printf '%s %s %s\n' "$f" "$(wc -c <"$f" | tr -d ' ')" \
                       "$(sha256sum "$f" | cut -c1-16)" ;;
                esac
            done) >>"$out"
        fi
        ;;
    *) echo "run-golden: $name: unknown kind '$kind'" >&2; fail=$((fail + 1)); continue ;;
    esac
    want=$exp/$name.$kind
    if [ "${HS_UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$out" "$want"
        echo "updated $name"
        pass=$((pass + 1))
    elif diff -u "$want" "$out" >"$tmp/$name.diff" 2>&1; then
        pass=$((pass + 1))
    else
        echo "FAIL: $name ($pcap $kind $args)"
        head -40 "$tmp/$name.diff"
        sed 's/^/  stderr: /' "$tmp/$name.err" | head -5
        fail=$((fail + 1))
    fi
done <"$list"
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
