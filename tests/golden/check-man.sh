#!/bin/sh
# check-man.sh: man/httpsift-checks.7 must be what the check registry generates (no drift).
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
gen=$top_builddir/tests/tools/gen-checks-man
"$gen" | diff -u "$top_srcdir/man/httpsift-checks.7" - >/dev/null 2>&1 && { echo "check-man: 1 passed, 0 failed"; exit 0; }
echo "man/httpsift-checks.7 is out of date: run 'make update-checks-man' and commit it"
"$gen" | diff -u "$top_srcdir/man/httpsift-checks.7" - | head -20
echo "check-man: 0 passed, 1 failed"
exit 1
