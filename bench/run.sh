#!/usr/bin/env bash
# bench/run.sh - httpsift throughput / memory benchmark (see bench/README.md).
#
#   bench/run.sh [--quick] [--tshark] [BUILD_DIR]
#
#   --quick     skip the 1 GB input (100 MB inputs only; linearity and RSS
#               flatness are then not measured)
#   --tshark    also run tshark (100 MB input only, one run: it is slow)
#   BUILD_DIR   an httpsift build tree; BUILD_DIR/src/httpsift is measured.
#               Default: the first of $ROOT/build, /tmp/bopt, /tmp/b that has
#               one. For real numbers use an optimised tree:
#                 mkdir -p /tmp/bopt && cd /tmp/bopt &&
#                 /work/main/configure CFLAGS='-O2 -g' && make src/httpsift
#
# Environment: REPS_100M (default 5) and REPS_1G (default 3) runs of each tool
# per input, each alternating with a run of the floor.
#
# What it does:
#  1. builds, into bench/data/bin/ (from the repository root):
#       cc -O2 -std=c11 -o bench/data/bin/pcap-floor bench/pcap-floor.c -lpcap
#       cc -O2 -std=c11 -o bench/data/bin/measure bench/measure.c
#       cc -O2 -std=c11 -I src -o bench/data/bin/parser-bench bench/parser-bench.c \
#          src/http/h1_parse.c src/http/h1_fid.c src/util/hs_mem.c -lhttp_parser
#  2. generates the inputs into bench/data/ with bench/gen-traffic.py, reusing
#     them when the generator and its arguments are unchanged (.stamp files):
#       spread-100m.pcap   --size 100  --concurrency 1000 (+ messages.bin, ~20k requests)
#       prefix8-100m.pcap  --size 100  --concurrency 1000 --prefix8
#       spread-1g.pcap     --size 1000 --concurrency 1000          (not with --quick)
#  3. warms the page cache, then REPS rounds of: for each tool, for each input
#     (the two 100 MB ones in the same rounds, then the 1 GB one), one floor
#     run then one tool run (measured by bench/data/bin/measure: wall clock,
#     user+sys CPU, peak RSS);
#  4. runs the parser microbenchmark on messages.bin;
#  5. prints the markdown report (bench/report.py): table, parser table,
#     derived checks against the targets. Raw numbers stay in
#     bench/data/last-run/ (results.tsv, stderr of every httpsift run).
set -euo pipefail

QUICK=0
TSHARK=0
BUILD_ONLY=0
BUILD=
for a in "$@"; do
    case "$a" in
    --quick) QUICK=1 ;;
    --build-only) BUILD_ONLY=1 ;; # compile the helpers only (CI: keeps the benchmark from rotting)
    --tshark) TSHARK=1 ;;
    -h | --help) sed -n '2,36p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $a" >&2; exit 2 ;;
    *) BUILD=$a ;;
    esac
done
REPS_100M=${REPS_100M:-5}
REPS_1G=${REPS_1G:-3}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$ROOT/bench
DATA=$B/data
BIN=$DATA/bin
RUN=$DATA/last-run
mkdir -p "$BIN"
rm -rf "$RUN"
mkdir -p "$RUN"
log() { echo "run.sh: $*" >&2; }

# ---- httpsift under test ------------------------------------------------------
if [ "$BUILD_ONLY" = 1 ]; then
    BUILD=none
elif [ -z "$BUILD" ]; then
    for c in "$ROOT/build" /tmp/bopt /tmp/b; do
        if [ -x "$c/src/httpsift" ]; then BUILD=$c; break; fi
    done
fi
HS=${BUILD:+$BUILD/src/httpsift}
if [ "$BUILD_ONLY" = 0 ] && { [ -z "$HS" ] || [ ! -x "$HS" ]; }; then
    echo "run.sh: no httpsift binary found (looked in ${BUILD:-$ROOT/build /tmp/bopt /tmp/b}/src/httpsift)." >&2
    echo "  build one: mkdir -p /tmp/bopt && cd /tmp/bopt && $ROOT/configure CFLAGS='-O2 -g' && make src/httpsift" >&2
    exit 2
fi
HS_CFLAGS=$(sed -n 's/^CFLAGS = //p' "$BUILD/Makefile" 2>/dev/null | head -1 || true)
case " $HS_CFLAGS " in
*" -O2"* | *" -O3"* | *" -Os"*) ;;
*) [ "$BUILD_ONLY" = 1 ] || log "warning: $HS was built with CFLAGS='$HS_CFLAGS' (not optimised): numbers will be pessimistic" ;;
esac

# ---- build the helpers ----------------------------------------------------------
need_pkg=
[ -f /usr/include/pcap/pcap.h ] || need_pkg="$need_pkg libpcap-dev"
[ -f /usr/include/http_parser.h ] || need_pkg="$need_pkg libhttp-parser-dev"
if [ -n "$need_pkg" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing$need_pkg"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need_pkg >/dev/null ||
            { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need_pkg >/dev/null; }
    else
        echo "run.sh: missing$need_pkg (apt-get install$need_pkg)" >&2
        exit 2
    fi
fi
CC=${CC:-cc}
(
    cd "$ROOT"
    $CC -O2 -std=c11 -o "$BIN/pcap-floor" bench/pcap-floor.c -lpcap
    $CC -O2 -std=c11 -o "$BIN/measure" bench/measure.c
    $CC -O2 -std=c11 -I src -o "$BIN/parser-bench" bench/parser-bench.c \
        src/http/h1_parse.c src/http/h1_fid.c src/util/hs_mem.c -lhttp_parser
) || { echo "run.sh: building the helpers failed" >&2; exit 2; }
if [ "$BUILD_ONLY" = 1 ]; then
    log "built $BIN/pcap-floor, $BIN/measure, $BIN/parser-bench"
    exit 0
fi
FLOOR=$BIN/pcap-floor
MEASURE=$BIN/measure

# ---- inputs ---------------------------------------------------------------------
GEN_HASH=$(sha256sum "$B/gen-traffic.py" | cut -c1-16)
gen() { # NAME ARGS...: DATA/NAME.pcap (+ NAME.json), reused when up to date
    local name=$1
    shift
    local stamp="$GEN_HASH $*"
    local extra_ok=1
    case " $* " in *" --dump-messages "*) [ -f "$DATA/messages.bin" ] || extra_ok=0 ;; esac
    if [ -f "$DATA/$name.pcap" ] && [ -f "$DATA/$name.json" ] && [ $extra_ok = 1 ] &&
        [ "$(cat "$DATA/$name.stamp" 2>/dev/null)" = "$stamp" ]; then
        log "reusing $DATA/$name.pcap"
        return
    fi
    log "generating $DATA/$name.pcap ($*)"
    rm -f "$DATA/$name.stamp"
    python3 "$B/gen-traffic.py" -o "$DATA/$name.pcap.tmp" --stats "$DATA/$name.json" -q "$@"
    mv "$DATA/$name.pcap.tmp" "$DATA/$name.pcap"
    echo "$stamp" >"$DATA/$name.stamp"
}
gen spread-100m --size 100 --concurrency 1000 --seed 1 --dump-messages "$DATA/messages.bin" --dump-count 20000
gen prefix8-100m --size 100 --concurrency 1000 --seed 1 --prefix8
[ $QUICK = 1 ] || gen spread-1g --size 1000 --concurrency 1000 --seed 1

# ---- tools ----------------------------------------------------------------------
TOOLS=("httpsift -o none" "httpsift -o text" "httpsift -o jsonl")
command -v tcpdump >/dev/null && TOOLS+=("tcpdump -w /dev/null") || log "tcpdump not installed: skipped"
command -v httpry >/dev/null && TOOLS+=("httpry") || log "httpry not installed: skipped"
command -v tcpflow >/dev/null && TOOLS+=("tcpflow") || log "tcpflow not installed: skipped"
if [ $TSHARK = 1 ] && ! command -v tshark >/dev/null; then
    log "tshark not installed: skipped"
    TSHARK=0
fi
SCRATCH=$(mktemp -d /tmp/httpsift-bench.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT

run_cmd() { # TOOL FILE: run one measured command, output appended to $SCRATCH/m
    local t=$1 f=$2
    case "$t" in
    floor) "$MEASURE" "$SCRATCH/m" "$FLOOR" "$f" >/dev/null 2>"$SCRATCH/err" ;;
    "httpsift -o none") "$MEASURE" "$SCRATCH/m" "$HS" -r "$f" --hash-seed 1 -o none 2>"$SCRATCH/err" ;;
    "httpsift -o text") "$MEASURE" "$SCRATCH/m" "$HS" -r "$f" --hash-seed 1 -o text:/dev/null 2>"$SCRATCH/err" ;;
    "httpsift -o jsonl") "$MEASURE" "$SCRATCH/m" "$HS" -r "$f" --hash-seed 1 -o jsonl:/dev/null 2>"$SCRATCH/err" ;;
    "tcpdump -w /dev/null") "$MEASURE" "$SCRATCH/m" tcpdump -r "$f" -w /dev/null 2>"$SCRATCH/err" ;;
    httpry) "$MEASURE" "$SCRATCH/m" httpry -q -r "$f" -o /dev/null >/dev/null 2>"$SCRATCH/err" ;;
    tcpflow)
        rm -rf "$SCRATCH/flows" && mkdir "$SCRATCH/flows"
        "$MEASURE" "$SCRATCH/m" tcpflow -r "$f" -o "$SCRATCH/flows" >/dev/null 2>"$SCRATCH/err"
        ;;
    tshark)
        "$MEASURE" "$SCRATCH/m" tshark -r "$f" -Y http -T fields -e frame.time_epoch -e ip.src \
            -e http.request.method -e http.host -e http.request.uri -e http.response.code \
            >/dev/null 2>"$SCRATCH/err"
        ;;
    esac
}

record() { # FILE TOOL PAIR REP
    local line wall user sys rss st txns=-
    line=$(tail -n 1 "$SCRATCH/m")
    wall=${line#wall=}; wall=${wall%% *}
    user=${line#*user=}; user=${user%% *}
    sys=${line#*sys=}; sys=${sys%% *}
    rss=${line#*maxrss_kib=}; rss=${rss%% *}
    st=${line#*status=}
    case "$2" in httpsift*)
        txns=$(sed -n 's/^\([0-9][0-9]*\) HTTP transactions.*/\1/p' "$SCRATCH/err" | tail -n 1)
        cp "$SCRATCH/err" "$RUN/stderr.$1.${2// /_}.$4"
        ;;
    esac
    [ "$st" = 0 ] || log "$2 on $1 exited with status $st: $(tail -n 2 "$SCRATCH/err" | tr '\n' ' ')"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$wall" "$user" "$sys" \
        "$rss" "$st" "${txns:--}" >>"$RUN/results.tsv"
}

: >"$RUN/results.tsv"
measure_rounds() { # REPS FILE...: REPS rounds of (for each tool: for each file: floor, tool)
    local reps=$1 rep t name
    shift
    for name in "$@"; do cat "$DATA/$name.pcap" >/dev/null; done # page cache
    log "measuring $*: ${#TOOLS[@]} tools x $reps runs, each after a floor run"
    for ((rep = 1; rep <= reps; rep++)); do
        for t in "${TOOLS[@]}"; do
            for name in "$@"; do
                run_cmd floor "$DATA/$name.pcap" || true
                record "$name" floor "$t" "$rep"
                run_cmd "$t" "$DATA/$name.pcap" || true
                record "$name" "$t" "$t" "$rep"
            done
        done
    done
}
cat /proc/loadavg >"$RUN/loadavg"
# the two 100 MB inputs in the same rounds, so that the /8-vs-spread comparison is paired
measure_rounds "$REPS_100M" spread-100m prefix8-100m
if [ $TSHARK = 1 ]; then
    log "measuring spread-100m: tshark x 1 run"
    run_cmd floor "$DATA/spread-100m.pcap" || true
    record spread-100m floor tshark 1
    run_cmd tshark "$DATA/spread-100m.pcap" || true
    record spread-100m tshark tshark 1
fi
[ $QUICK = 1 ] || measure_rounds "$REPS_1G" spread-1g
cat /proc/loadavg >>"$RUN/loadavg"

log "parser microbenchmark"
"$BIN/parser-bench" "$DATA/messages.bin" >"$RUN/parser.txt" || log "parser-bench reported a mismatch (see above)"

{
    echo "httpsift benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
        "$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
    echo "- httpsift: $HS (CFLAGS '$HS_CFLAGS'), source $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes in src/')"
    echo "- floor: bench/pcap-floor.c (libpcap $(sed -n 's/.*libpcap version \([0-9.]*\).*/\1/p' <(tcpdump --version 2>&1) | head -1)); times are medians; 'x floor' is the tool's median wall time over the median of the floor runs interleaved with it"
    echo
    python3 "$B/report.py" "$RUN" "$DATA"
} | tee "$RUN/report.md"
