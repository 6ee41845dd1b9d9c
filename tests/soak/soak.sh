#!/usr/bin/env bash
# soak.sh - run httpsift live on the loopback interface while wrk drives nginx
# at full speed, and check that it keeps up without growing.
#
#   sudo tests/soak/soak.sh [SECONDS]   # full soak: SECONDS per wrk run (default 10, 1..60)
#   sudo tests/soak/soak.sh --ci        # 5 s per run, only the CI checks
#
# What it does:
#   1. starts nginx (daemon off, one worker) on 127.0.0.1 on a free high port,
#      with its config, pid, logs and temp paths in a temp dir, serving
#      /small.txt (6 bytes) and /big.bin (20 KiB);
#   2. starts `httpsift -i lo -o none -v 'tcp port N'` (as root; it drops to
#      nobody after opening lo) and samples VmRSS from /proc/PID/status and
#      utime+stime from /proc/PID/stat every 0.5 s;
#   3. wrk -t2 -c50 -d SECONDS, then wrk -t2 -c200 -d SECONDS, each request
#      alternating between the two files (a wrk Lua script in the temp dir);
#   4. stops httpsift with SIGINT and compares its summary with wrk's counts;
#   5. (not with --ci) searches the highest request rate with zero kernel
#      drops, each step 3 s with a fresh httpsift: tests/soak/pace.py at 500,
#      1000, 2000 and 4000 req/s (a paced client: wrk has no rate limit), then
#      wrk -t1 -c N (N = 1, 2, 4, ... 256) until two steps in a row drop; with
#      tcpdump -w /dev/null on the same traffic as a reference, if installed.
#
# Checks (each one printed as "check: ... ok|FAILED"):
#   - RSS flat: the last sample is at most 1.5x the sample at 25% of the run;
#   - HTTP transactions within 1% of wrk's requests, unless the kernel dropped
#     packets;
#   - (full mode only) httpsift exits 0 after SIGINT; SIGUSR1 on a quiet
#     interface prints the summary within 3 s; wrk reported no socket errors
#     and no non-2xx responses.
# Figures: wrk requests and rates, httpsift's transactions (total and after
# the first run, from a SIGUSR1 summary), kernel drops, VmRSS min/max/timeline,
# CPU seconds, microseconds per transaction, the zero-drop rate table.
#
# Environment: HTTPSIFT (binary; default /tmp/b/src/httpsift, else
# build/src/httpsift of this repo), HTTPSIFT_OPTS (extra options, e.g.
# "-B 65536"), PORT (nginx port; default: a free one in 20000-32000),
# STEP_SECONDS (default 3), REFERENCE=none (no tcpdump reference).
#
# Exit status: 0 all checks passed; 1 a check failed or a tool is missing or
# failed to start; 2 usage; 77 not root (live capture on lo needs root).
# Every process started here (nginx, httpsift, wrk, pace.py, tcpdump, the RSS
# sampler) is stopped on exit, by its own PID.  Traffic goes only to 127.0.0.1.

set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

CI_MODE=0
DUR=10
for a in "$@"; do
    case $a in
        --ci) CI_MODE=1 ;;
        -h|--help) sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        ''|*[!0-9]*) echo "usage: soak.sh [--ci] [SECONDS]" >&2; exit 2 ;;
        *) DUR=$a ;;
    esac
done
if ((CI_MODE)); then DUR=5; fi
if ((DUR < 1 || DUR > 60)); then
    echo "soak.sh: SECONDS must be 1..60 (keeps the run under ~3 minutes)" >&2
    exit 2
fi
STEP_SECONDS=${STEP_SECONDS:-3}
read -r -a EXTRA_OPTS <<<"${HTTPSIFT_OPTS:-}"

log()  { printf '==> %s\n' "$*"; }
die()  { printf 'soak.sh: error: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------ tools
if [[ $(id -u) -ne 0 ]]; then
    echo "soak.sh: skipped: must run as root (live capture on lo)" >&2
    exit 77
fi

need_pkgs=()
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need_pkgs+=(nginx)
command -v wrk >/dev/null 2>&1 || need_pkgs+=(wrk)
if ((${#need_pkgs[@]})); then
    command -v apt-get >/dev/null 2>&1 || die "missing: ${need_pkgs[*]} (and no apt-get to install them)"
    log "installing ${need_pkgs[*]} with apt-get"
    # no service start by the package scripts (policy-rc.d is usually present in containers)
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null; then
        apt-get update -q >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null \
            || die "apt-get install ${need_pkgs[*]} failed"
    fi
fi
export PATH="$PATH:/usr/sbin:/sbin"
NGINX=$(command -v nginx) || die "nginx missing"
WRK=$(command -v wrk) || die "wrk missing"
command -v python3 >/dev/null 2>&1 || die "python3 missing"

if [[ -z ${HTTPSIFT:-} ]]; then
    for c in /tmp/b/src/httpsift "$REPO/build/src/httpsift" "$REPO/src/httpsift"; do
        if [[ -x $c ]]; then HTTPSIFT=$c; break; fi
    done
fi
[[ -n ${HTTPSIFT:-} && -x $HTTPSIFT ]] || die "httpsift binary missing (set HTTPSIFT=path; build with make -C /tmp/b src/httpsift)"

CLK_TCK=$(getconf CLK_TCK)

# ------------------------------------------------------------------ cleanup
WORK=$(mktemp -d /tmp/httpsift-soak.XXXXXX)
chmod 755 "$WORK"
NGX_PID=
HS_PID=
WRK_PID=
SAMPLER_PID=
TD_PID=

wait_gone() {   # PID TENTHS
    local i
    for ((i = 0; i < $2; i++)); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

stop_pid() {    # PID SIGNAL: signal, wait up to 5 s, then SIGKILL; reap
    local p=$1 sig=$2
    [[ -n $p ]] || return 0
    kill -"$sig" "$p" 2>/dev/null || true
    wait_gone "$p" 50 || kill -KILL "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
}

cleanup() {
    set +e
    stop_pid "$SAMPLER_PID" TERM
    stop_pid "$WRK_PID" TERM
    stop_pid "$HS_PID" INT
    stop_pid "$TD_PID" INT
    stop_pid "$NGX_PID" TERM   # the master stops its worker
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# ------------------------------------------------------------------ port
if [[ -z ${PORT:-} ]]; then
    PORT=$(python3 - <<'PY'
import random, socket
for _ in range(200):
    p = random.randint(20000, 32000)
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p))
    except OSError:
        continue
    finally:
        s.close()
    print(p)
    break
PY
) || true
fi
[[ -n ${PORT:-} ]] || die "no free port found"

# ------------------------------------------------------------------ nginx
mkdir -p "$WORK/www" "$WORK/logs" "$WORK/tmp"
printf 'small\n' >"$WORK/www/small.txt"
head -c 20480 /dev/urandom >"$WORK/www/big.bin"
chmod -R a+rX "$WORK"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 2048; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 100000000;
    keepalive_timeout 60s;
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path $WORK/tmp/proxy;
    fastcgi_temp_path $WORK/tmp/fastcgi;
    uwsgi_temp_path $WORK/tmp/uwsgi;
    scgi_temp_path $WORK/tmp/scgi;
    types { text/plain txt; application/octet-stream bin; }
    server {
        listen 127.0.0.1:$PORT;
        root $WORK/www;
    }
}
EOF
"$NGINX" -e "$WORK/logs/error.log" -p "$WORK" -c "$WORK/nginx.conf" >"$WORK/logs/nginx.out" 2>&1 &
NGX_PID=$!
URL="http://127.0.0.1:$PORT"
ok=0
for ((i = 0; i < 50; i++)); do
    kill -0 "$NGX_PID" 2>/dev/null || break
    if python3 -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('$URL/small.txt', timeout=1).read()==b'small\n' else 1)" 2>/dev/null; then
        ok=1; break
    fi
    sleep 0.1
done
if ((!ok)); then
    cat "$WORK/logs/error.log" "$WORK/logs/nginx.out" >&2 2>/dev/null
    die "nginx failed to start on 127.0.0.1:$PORT"
fi
log "nginx $("$NGINX" -v 2>&1 | sed 's/.*\///') on 127.0.0.1:$PORT (pid $NGX_PID), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

cat >"$WORK/mixed.lua" <<'EOF'
-- alternate between the small file and the 20 KiB file
local paths = { "/small.txt", "/big.bin" }
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % 2) + 1])
end
EOF

# ------------------------------------------------------------------ helpers
# start_httpsift ERRFILE: start httpsift on lo, wait for "listening on"
start_httpsift() {
    local err=$1 i
    "$HTTPSIFT" -i lo -o none -v "${EXTRA_OPTS[@]}" "tcp port $PORT" 2>"$err" &
    HS_PID=$!
    for ((i = 0; i < 50; i++)); do
        grep -q 'listening on' "$err" 2>/dev/null && break
        kill -0 "$HS_PID" 2>/dev/null || { cat "$err" >&2; die "httpsift exited at start"; }
        sleep 0.1
    done
    grep -q 'listening on' "$err" || { cat "$err" >&2; die "httpsift did not start listening"; }
    sleep 0.3
}

# cpu_ticks PID: utime+stime in clock ticks
cpu_ticks() {
    local line rest f
    line=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    rest=${line##*) }
    read -r -a f <<<"$rest"
    echo $((f[11] + f[12]))
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# settle PID: wait (max 5 s) until PID's CPU time stops increasing: httpsift
# has drained what the kernel buffered
settle() {
    local a b i
    sleep 0.3
    a=$(cpu_ticks "$1") || return 0
    for ((i = 0; i < 25; i++)); do
        sleep 0.2
        b=$(cpu_ticks "$1") || return 0
        [[ $a == "$b" ]] && return 0
        a=$b
    done
}

# stop_httpsift ERRFILE: SIGINT, wait, keep the exit status in HS_RC
stop_httpsift() {
    local i
    kill -INT "$HS_PID"
    HS_RC=
    for ((i = 0; i < 100; i++)); do
        kill -0 "$HS_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$HS_PID" 2>/dev/null; then
        echo "httpsift did not exit within 10 s of SIGINT" >&2
        kill -KILL "$HS_PID" 2>/dev/null
        HS_RC=killed
    fi
    wait "$HS_PID" 2>/dev/null
    local rc=$?
    [[ -n $HS_RC ]] || HS_RC=$rc
    HS_PID=
}

# summary_num FILE REGEX: the number in front of the last line matching REGEX
summary_num() {
    local v
    v=$(grep -E "$2" "$1" | tail -n 1 | awk '{print $1}')
    echo "${v:-0}"
}

# run_wrk OUTFILE ARGS...: run wrk (bounded by its -d plus a margin)
run_wrk() {
    local out=$1
    shift
    timeout -k 5 $((DUR > STEP_SECONDS ? DUR + 30 : STEP_SECONDS + 30)) \
        "$WRK" --timeout 5s -s "$WORK/mixed.lua" "$@" "$URL/" >"$out" 2>&1 &
    WRK_PID=$!
    wait "$WRK_PID"
    local rc=$?
    WRK_PID=
    return $rc
}

# tcpdump as a reference capture in the rate search (optional)
HAVE_TCPDUMP=0
if command -v tcpdump >/dev/null 2>&1 && [[ ${REFERENCE:-tcpdump} == tcpdump ]]; then HAVE_TCPDUMP=1; fi
start_tcpdump() {
    local i
    tcpdump -i lo -n -w /dev/null "tcp port $PORT" 2>"$WORK/tcpdump.err" &
    TD_PID=$!
    for ((i = 0; i < 50; i++)); do
        grep -q 'listening on' "$WORK/tcpdump.err" 2>/dev/null && break
        kill -0 "$TD_PID" 2>/dev/null || { TD_PID=; HAVE_TCPDUMP=0; return 0; }
        sleep 0.1
    done
    sleep 0.2
}
stop_tcpdump() {   # prints tcpdump's kernel drop count
    stop_pid "$TD_PID" INT
    TD_PID=
    awk '/packets dropped by kernel/ {print $1}' "$WORK/tcpdump.err"
}

wrk_requests() { awk '/ requests in /{print $1}' "$1"; }
wrk_rate() { awk '/^Requests\/sec:/{printf "%d", $2}' "$1"; }
wrk_errors() { grep -E 'Socket errors|Non-2xx' "$1" || true; }

PASS=0
FAIL=0
check() {   # NAME CONDITION-RESULT(0/1) DETAIL
    if [[ $2 == 0 ]]; then
        printf 'check: %-50s ok   (%s)\n' "$1" "$3"; PASS=$((PASS + 1))
    else
        printf 'check: %-50s FAILED (%s)\n' "$1" "$3"; FAIL=$((FAIL + 1))
    fi
}

# ------------------------------------------------------------------ soak
HS_ERR="$WORK/httpsift.err"
start_httpsift "$HS_ERR"
log "httpsift $("$HTTPSIFT" --version | head -n1 | awk '{print $2}') pid $HS_PID: $(head -n1 "$HS_ERR" | sed 's/^httpsift: //')"
log "running as uid/gid $(awk '/^Uid:/{print $2}' /proc/$HS_PID/status)/$(awk '/^Gid:/{print $2}' /proc/$HS_PID/status)"

SAMPLES="$WORK/samples"
(
    # time_s rss_kb cpu_ticks, every 0.5 s while httpsift runs
    t0=$(date +%s.%N)
    while kill -0 "$HS_PID" 2>/dev/null; do
        r=$(rss_kb "$HS_PID") && c=$(cpu_ticks "$HS_PID") && [[ -n $r ]] \
            && printf '%.2f %s %s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$r" "$c"
        sleep 0.5
    done
) >"$SAMPLES" 2>/dev/null &
SAMPLER_PID=$!
T_START=$(date +%s.%N)

declare -A REQ RATE
total_req=0
for conns in 50 200; do
    log "wrk -t2 -c$conns -d${DUR}s (full speed, /small.txt and /big.bin alternately)"
    out="$WORK/wrk-c$conns.out"
    if ! run_wrk "$out" -t2 -c"$conns" -d"${DUR}s"; then
        cat "$out" >&2
        die "wrk -c$conns failed"
    fi
    sed 's/^/    /' "$out"
    REQ[$conns]=$(wrk_requests "$out")
    RATE[$conns]=$(wrk_rate "$out")
    [[ -n ${REQ[$conns]} ]] || die "could not read wrk's request count"
    total_req=$((total_req + REQ[$conns]))
    if ((!CI_MODE)); then
        errs=$(wrk_errors "$out")
        check "wrk -c$conns: no socket errors, no non-2xx" "$([[ -z $errs ]]; echo $?)" "${errs:-none}"
    fi
    settle "$HS_PID"
    if ((conns == 50)); then
        # ask for the counters after the first run: the summary is printed when
        # httpsift next looks at its flags (at once, or at the next packet)
        kill -USR1 "$HS_PID"
    fi
done

# the counters after the first run (the first SIGUSR1 summary)
snap() { awk -v re="$2" 'BEGIN{n=0} /packets captured$/ {n++} n==1 && $0 ~ re {print $1; exit}' "$HS_ERR"; }
A_TXN=; A_DROPS=
if (($(grep -c 'packets captured$' "$HS_ERR") >= 1)); then
    A_TXN=$(snap x 'HTTP transactions'); A_DROPS=$(snap x 'packets dropped by kernel')
fi

# SIGUSR1 on a quiet interface: the summary should come out without waiting for a packet
QUIET_USR1=skip
if ((!CI_MODE)); then
    sleep 0.5
    n_before=$(grep -c 'HTTP transactions' "$HS_ERR")
    kill -USR1 "$HS_PID"
    QUIET_USR1=1
    for ((i = 0; i < 30; i++)); do
        if (($(grep -c 'HTTP transactions' "$HS_ERR") > n_before)); then QUIET_USR1=0; break; fi
        sleep 0.1
    done
fi

# final CPU/RSS just before stopping
sleep 0.5
CPU_TICKS=$(cpu_ticks "$HS_PID")
RSS_LAST=$(rss_kb "$HS_PID")
T_END=$(date +%s.%N)
stop_httpsift
stop_pid "$SAMPLER_PID" TERM
SAMPLER_PID=

echo "--- httpsift summary (stderr)"
# the final summary: everything after the last SIGUSR1 summary
awk '/packets captured$/ {buf=""} {buf = buf $0 "\n"} END {printf "%s", buf}' "$HS_ERR" | sed 's/^/    /'

TXN=$(summary_num "$HS_ERR" 'HTTP transactions')
TXN_LINE=$(grep -E 'HTTP transactions' "$HS_ERR" | tail -n1)
DROPS=$(summary_num "$HS_ERR" 'packets dropped by kernel')
IFDROPS=$(summary_num "$HS_ERR" 'packets dropped by interface')
CAPTURED=$(summary_num "$HS_ERR" 'packets captured$')

# RSS statistics
read -r NS RSS_MIN RSS_MAX RSS_Q RSS_END <<<"$(awk '
    { r[NR] = $2; if (NR == 1 || $2 < mn) mn = $2; if ($2 > mx) mx = $2 }
    END { q = int((NR - 1) * 0.25) + 1; printf "%d %d %d %d %d\n", NR, mn, mx, r[q], r[NR] }' "$SAMPLES")"
WALL=$(echo "$T_END - $T_START" | bc)
CPU_S=$(echo "scale=2; $CPU_TICKS / $CLK_TCK" | bc)
CPU_PCT=$(echo "scale=1; 100 * $CPU_S / $WALL" | bc)
US_PER_TXN=$(echo "scale=2; $CPU_S * 1000000 / ($TXN + ($TXN == 0))" | bc)

echo "--- figures"
printf '  wrk requests:          %d (-c50: %d at %d req/s; -c200: %d at %d req/s)\n' \
    "$total_req" "${REQ[50]}" "${RATE[50]}" "${REQ[200]}" "${RATE[200]}"
printf '  httpsift:              %s\n' "$TXN_LINE"
if [[ -n ${A_TXN:-} ]]; then
    printf '  after the -c50 run:    %s transactions (wrk %d), %s packets dropped by kernel\n' "$A_TXN" "${REQ[50]}" "${A_DROPS:-0}"
    printf '  during the -c200 run:  %d transactions (wrk %d), %d packets dropped by kernel\n' \
        $((TXN - A_TXN)) "${REQ[200]}" $((DROPS - ${A_DROPS:-0}))
fi
printf '  difference:            %+d (%s%%)\n' $((TXN - total_req)) \
    "$(echo "scale=3; 100 * ($TXN - $total_req) / $total_req" | bc)"
printf '  packets captured:      %s; dropped by kernel: %s; by interface: %s\n' "$CAPTURED" "$DROPS" "$IFDROPS"
printf '  RSS (VmRSS, %d samples every 0.5 s): min %d kB, max %d kB, at 25%% %d kB, last %d kB (at SIGINT %s kB)\n' \
    "$NS" "$RSS_MIN" "$RSS_MAX" "$RSS_Q" "$RSS_END" "$RSS_LAST"
printf '  RSS timeline (kB, every 2 s):%s\n' "$(awk 'NR % 4 == 1 {printf " %d", $2}' "$SAMPLES")"
printf '  CPU (utime+stime):     %s s over %s s wall (%s%% of one core), %s us per transaction\n' \
    "$CPU_S" "$(printf '%.1f' "$WALL")" "$CPU_PCT" "$US_PER_TXN"

# ------------------------------------------------------------------ checks
flat=$(awk -v a="$RSS_END" -v b="$RSS_Q" 'BEGIN { print (a <= 1.5 * b) ? 0 : 1 }')
check "RSS flat (last <= 1.5 x sample at 25%)" "$flat" "$RSS_END kB vs $RSS_Q kB"
if ((DROPS > 0 || IFDROPS > 0)); then
    check "transactions within 1% of wrk requests" 0 "not checked: $DROPS packets dropped by kernel"
else
    within=$(awk -v t="$TXN" -v r="$total_req" 'BEGIN { d = t - r; if (d < 0) d = -d; print (r > 0 && d <= 0.01 * r) ? 0 : 1 }')
    check "transactions within 1% of wrk requests" "$within" "$TXN vs $total_req"
fi
if ((!CI_MODE)); then
    check "httpsift exits 0 after SIGINT" "$([[ $HS_RC == 0 ]]; echo $?)" "exit status $HS_RC"
    check "SIGUSR1 on a quiet interface prints the summary" "$QUIET_USR1" \
        "$([[ $QUIET_USR1 == 0 ]] && echo "within 3 s" || echo "nothing within 3 s of SIGUSR1 with no traffic")"
fi

# ------------------------------------------------------------------ rate steps
if ((!CI_MODE)); then
    echo "--- zero-drop rate search: ${STEP_SECONDS}s per step, a fresh httpsift per step"
    echo "    paced steps: tests/soak/pace.py RATE over 4 connections; then wrk -t1 -c N (no rate limit)"
    if ((HAVE_TCPDUMP)); then
        echo "    reference: tcpdump -i lo -w /dev/null on the same traffic (libpcap default buffer, whatever HTTPSIFT_OPTS says)"
    fi
    printf '  %-12s %9s %10s %12s %11s %8s %12s\n' step req/s requests transactions drops cpu% tcpdump-drops
    best_rate=0
    best_step=
    drop_run=0
    any_drop=0
    for st in pace:500 pace:1000 pace:2000 pace:4000 wrk:1 wrk:2 wrk:4 wrk:8 wrk:16 wrk:32 wrk:64 wrk:128 wrk:256; do
        kind=${st%%:*}
        n=${st#*:}
        err="$WORK/step-$kind-$n.err"
        out="$WORK/step-$kind-$n.out"
        start_httpsift "$err"
        if ((HAVE_TCPDUMP)); then start_tcpdump; fi
        c0=$(cpu_ticks "$HS_PID")
        if [[ $kind == pace ]]; then
            timeout -k 5 $((STEP_SECONDS + 30)) python3 "$HERE/pace.py" 127.0.0.1 "$PORT" "$n" "$STEP_SECONDS" 4 \
                >"$out" 2>&1 &
            WRK_PID=$!
            wait "$WRK_PID" || { WRK_PID=; cat "$out" >&2; die "pace.py $n failed"; }
            WRK_PID=
            label="pace $n/s"
        else
            run_wrk "$out" -t1 -c"$n" -d"${STEP_SECONDS}s" || { cat "$out" >&2; die "wrk -c$n failed"; }
            label="wrk -c$n"
        fi
        settle "$HS_PID"
        c1=$(cpu_ticks "$HS_PID")
        stop_httpsift
        td=-
        if ((HAVE_TCPDUMP)); then td=$(stop_tcpdump); fi
        r=$(wrk_rate "$out")
        req=$(wrk_requests "$out")
        t=$(summary_num "$err" 'HTTP transactions')
        d=$(summary_num "$err" 'packets dropped by kernel')
        pct=$(echo "scale=0; 100 * ($c1 - $c0) / $CLK_TCK / $STEP_SECONDS" | bc)
        printf '  %-12s %9d %10d %12d %11d %7d%% %12s\n' "$label" "$r" "$req" "$t" "$d" "$pct" "$td"
        if ((d == 0)); then
            drop_run=0
            if ((r > best_rate)); then best_rate=$r; best_step=$label; fi
        else
            any_drop=1
            drop_run=$((drop_run + 1))
            ((drop_run >= 2)) && break   # two dropping steps in a row: past the knee
        fi
    done
    if [[ -z $best_step ]]; then
        echo "  highest zero-drop rate: none (every step dropped packets)"
    elif ((!any_drop)); then
        echo "  highest zero-drop rate: $best_rate req/s ($best_step); no step dropped packets:"
        echo "  the load generator, not httpsift, is the limit on this $(nproc)-core machine"
    else
        echo "  highest zero-drop rate: $best_rate req/s ($best_step)"
    fi
fi

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
echo "soak: $PASS passed, $FAIL failed"
((FAIL == 0))
