#!/bin/sh
# run-fuzz.sh: build every libFuzzer harness with clang + ASan/UBSan and run each for a while on a copy of its corpus.
#
# usage: tests/fuzz/run-fuzz.sh [SECONDS [HARNESS...]]
#   SECONDS   run time per harness (default 60)
#   HARNESS   fuzz_h1 fuzz_decode fuzz_pcap fuzz_escape (default: all four)
# environment:
#   CC                   compiler (default clang; libFuzzer needs clang)
#   HS_FUZZ_KEEP=1       keep the work directory (binaries, logs, grown corpora)
#   HS_FUZZ_ARGS         extra libFuzzer flags, e.g. "-jobs=4 -workers=4"
#
# Exit status 1 if any harness crashed, leaked, timed out, ran out of memory or
# failed to build; artifacts (crash-*, leak-*, timeout-*, oom-*) are kept in the
# work directory, which is then not removed. To reproduce: WORKDIR/HARNESS ARTIFACT
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-fuzz_h1 fuzz_decode fuzz_pcap fuzz_escape}
CC=${CC:-clang}
case $secs in '' | *[!0-9]*) echo "usage: run-fuzz.sh [SECONDS [HARNESS...]]" >&2; exit 2 ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/httpsift-fuzz.XXXXXX") || exit 2
cd "$top" || exit 2

CFLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
-std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla \
-Isrc -Itests/fuzz"

# Sources per harness: whole module directories (a module's files only depend on the
# modules to their left, STYLE.md section 1), so a new file in a module needs no edit here.
#   fuzz_escape  util/                      hs_out_json_str, hs_out_text_esc
#   fuzz_h1      util/ http/ txn/ analysis/ sink/, flow/ (the names sink.c prints)   -lz
#   fuzz_decode  util/ decode/ flow/
#   fuzz_pcap    util/ capture/ decode/ flow/ http/ txn/ analysis/ sink/          -lpcap -lz
srcs_of() {
    case $1 in
    fuzz_escape) echo "src/util/*.c" ;;
    fuzz_h1) echo "src/util/*.c src/http/*.c src/txn/*.c src/analysis/*.c src/sink/*.c src/flow/*.c" ;;
    fuzz_decode) echo "src/util/*.c src/decode/*.c src/flow/*.c" ;;
    fuzz_pcap) echo "src/util/*.c src/capture/*.c src/decode/*.c src/flow/*.c src/http/*.c \
src/txn/*.c src/analysis/*.c src/sink/*.c" ;;
    *) return 1 ;;
    esac
}
libs_of() {
    case $1 in
    fuzz_h1) echo "-lz" ;;
    fuzz_pcap) echo "-lpcap -lz" ;;
    *) echo "" ;;
    esac
}

failed=0
summary=""
for h in $harnesses; do
    srcs=$(srcs_of "$h") || { echo "run-fuzz: unknown harness $h" >&2; failed=1; continue; }
    echo "run-fuzz: building $h"
    # shellcheck disable=SC2086 # word splitting of the lists is intended
    if ! $CC $CFLAGS "tests/fuzz/$h.c" tests/fuzz/fuzz_check.c $srcs $(libs_of "$h") \
        -o "$work/$h" >"$work/$h.build.log" 2>&1; then
        cat "$work/$h.build.log" >&2
        echo "run-fuzz: $h: build failed" >&2
        failed=1
        summary="$summary$h: build failed
"
        continue
    fi
    mkdir -p "$work/corpus-$h" "$work/artifacts-$h"
    if [ -d "tests/fuzz/corpus/$h" ]; then
        cp -R "tests/fuzz/corpus/$h/." "$work/corpus-$h/"
    fi
    dict=""
    [ -f "tests/fuzz/$h.dict" ] && dict="-dict=tests/fuzz/$h.dict"
    echo "run-fuzz: running $h for ${secs}s"
    # shellcheck disable=SC2086
    "$work/$h" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts-$h/" $dict ${HS_FUZZ_ARGS:-} "$work/corpus-$h" \
        >"$work/$h.log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$h.log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$work/$h.log" | tail -1 | sed 's/cov: //')
    status=ok
    if [ $rc -ne 0 ] || ls "$work/artifacts-$h/" | grep -q .; then
        status="FAILED (exit $rc)"
        failed=1
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz_|fuzz: |ALARM|==[0-9]+== ERROR)' "$work/$h.log" |
            head -5 >&2
        for a in "$work/artifacts-$h"/*; do
            [ -e "$a" ] && echo "run-fuzz: $h: artifact $a (reproduce: $work/$h $a)" >&2
        done
    fi
    summary="$summary$h: ${execs:-?} executions, cov ${cov:-?}, $status
"
done

echo "---- run-fuzz summary (${secs}s per harness) ----"
printf '%s' "$summary"
if [ $failed -ne 0 ] || [ "${HS_FUZZ_KEEP:-0}" = 1 ]; then
    echo "run-fuzz: work directory kept: $work"
else
    rm -rf "$work"
fi
exit $failed
