#!/usr/bin/env bash
# run.sh: httpsift against hostile captures (tests/adversarial/gen.py), one test per case.
#
# Usage: tests/adversarial/run.sh [--table FILE] [--keep DIR] [CASE...]
#   HTTPSIFT   binary under test (default /tmp/b/src/httpsift; make -C /tmp/b src/httpsift)
#   --table    also write a markdown table (case | input | outcome | peak RSS | time)
#   --keep     keep the outputs (JSON Lines, stderr, time) in DIR
#   CASE       run only these cases (names as printed; default: all)
#
# Each case asserts the exit status, the summary lines (stderr) or records (JSON Lines) that
# show what happened (counters, anomalies, limits), that a clean exchange on another
# connection after the hostile part is still reported (/after), the peak RSS against a
# budget (/usr/bin/time %M, Debian package "time") and the CPU time (user+sys of httpsift
# alone, so generating a streamed input is not counted). Every run is under timeout(1): a
# hang is reported as such. Small inputs are the committed fixtures pcaps/adv-*.pcap*
# (checked byte-identical to what gen.py makes); big ones are generated at test time into a
# temporary file or straight into httpsift's stdin, never committed.
# Prints "PASS|FAIL name: outcome" per case and "adversarial: N passed, N failed"; exits 1 if
# any case failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
HS=${HTTPSIFT:-/tmp/b/src/httpsift}
PCAPS=$top/pcaps
export TZ=UTC LC_ALL=C

table="" keep=""
while [ $# -gt 0 ]; do
    case "$1" in
    --table) table=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) break ;;
    esac
done
only=" $* "

[ -x "$HS" ] || { echo "adversarial: $HS not built (make -C /tmp/b src/httpsift)" >&2; exit 99; }
[ -x /usr/bin/time ] || { echo "adversarial: /usr/bin/time missing (apt-get install time)" >&2; exit 99; }
command -v python3 >/dev/null || { echo "adversarial: python3 missing" >&2; exit 99; }
command -v timeout >/dev/null || { echo "adversarial: timeout(1) missing" >&2; exit 99; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
[ -n "$keep" ] && mkdir -p "$keep"
gen() { python3 "$here/gen.py" "$@"; }

pass=0 fail=0
rows=()
MB=1024 # KiB

# ---- running httpsift ------------------------------------------------------------------------
# hs NAME TIMEOUT INPUT [ARGS...]: run httpsift -r INPUT -o jsonl:$out ARGS; INPUT is a file or
# "gen:CASE[:N]" (piped from gen.py). Sets rc out err show rss (KiB) el cpu (seconds) hung.
hs() {
    local name=$1 to=$2 input=$3
    shift 3
    out=$tmp/$name.jsonl err=$tmp/$name.err show=$tmp/$name.show
    local tf=$tmp/$name.time
    : >"$out"
    if [[ $input == gen:* ]]; then
        local spec=${input#gen:} c n
        c=${spec%%:*} n=""
        [[ $spec == *:* ]] && n=${spec#*:}
        # shellcheck disable=SC2086
        gen "$c" - $n 2>"$tmp/$name.generr" |
            /usr/bin/time -o "$tf" -f '%M %e %U %S' timeout -k 5 "$to" "$HS" -r - \
                --hash-seed 1 -o "jsonl:$out" "$@" 2>"$err"
        rc=${PIPESTATUS[1]}
    else
        /usr/bin/time -o "$tf" -f '%M %e %U %S' timeout -k 5 "$to" "$HS" -r "$input" \
            --hash-seed 1 -o "jsonl:$out" "$@" </dev/null 2>"$err"
        rc=$?
    fi
    read -r rss el u s < <(tail -n 1 "$tf")
    cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    hung=0
    if [ "$rc" -eq 124 ] || { [ "$rc" -eq 137 ] && awk -v e="$el" -v t="$to" 'BEGIN { exit !(e >= t) }'; }; then
        hung=1
    fi
    if [ -s "$out" ]; then gen show "$out" >"$show" 2>"$tmp/$name.showerr" || true; else : >"$show"; fi
    [ -n "$keep" ] && cp "$out" "$err" "$show" "$tf" "$keep/" 2>/dev/null
    runs+=("$name: rc=$rc rss=$((rss / 1024))MiB cpu=${cpu}s wall=${el}s")
    [ "$rss" -gt "$peak" ] && peak=$rss
    cpu_total=$(awk -v a="$cpu_total" -v b="$cpu" 'BEGIN { printf "%.2f", a + b }')
    el_total=$(awk -v a="$el_total" -v b="$el" 'BEGIN { printf "%.2f", a + b }')
    # a crash or a hang is always a failure, whatever the case expects
    if [ "$hung" = 1 ] && [ "$rc" -eq 137 ]; then
        # SIGTERM ignored: timeout(1) had to SIGKILL it, so its usage was never collected
        killed="$name ignored SIGTERM, SIGKILLed after $((to + 5)) s"
        bad "$name: no exit within ${to}s, SIGTERM ignored, killed (wall ${el}s; RSS and cpu not measurable)"
    elif [ "$hung" = 1 ]; then
        bad "$name: no exit within ${to}s (stopped by SIGTERM; wall ${el}s, cpu ${cpu}s)"
    elif [ "$rc" -ge 128 ]; then
        bad "$name: killed by signal $((rc - 128)) ($(grep -m1 'signal' "$tf"))"
    fi
}

# ---- assertions --------------------------------------------------------------------------------
bad() { fails+=("$1"); }
want_rc() { [ "$rc" -eq "$1" ] || bad "exit status $rc, want $1"; }
# want_err REGEX: a line of stderr matches (grep -E, whole line)
want_err() { grep -Eqx -- "$1" "$err" || bad "no stderr line /$1/"; }
# want_txn REGEX: a record line of gen.py show matches (whole line)
want_rec() { grep -Eqx -- "$1" "$show" || bad "no record /$1/"; }
no_rec() { ! grep -Eq -- "$1" "$show" || bad "unexpected record /$1/"; }
want_after() { want_rec 'txn /after 200 complete=1 anomalies=- body=5 reqbody=0'; }
want_lines() { local n; n=$(wc -l <"$err"); [ "$n" -eq "$1" ] || bad "stderr has $n lines, want $1"; }
# budgets: want_rss KIB, want_cpu SECONDS
want_rss() { [ "$rss" -lt "$1" ] || bad "peak RSS $((rss / 1024)) MiB >= budget $(($1 / 1024)) MiB"; }
want_cpu() {
    awk -v c="$cpu" -v b="$1" 'BEGIN { exit !(c < b) }' || bad "cpu ${cpu}s >= budget ${1}s"
}
# the first stderr line matching REGEX (for the outcome column)
errline() { grep -Em1 -- "$1" "$err"; }

# ---- cases -----------------------------------------------------------------------------------
begin() {
    cname=$1 cinput=$2
    fails=() runs=() peak=0 cpu_total=0 el_total=0 outcome="" killed=""
}
selected() { [ "$only" = "  " ] || [[ $only == *" $1 "* ]]; }
finish() {
    local rssm tm
    rssm=$(awk -v k="$peak" 'BEGIN { printf "%.1f MiB", k / 1024 }')
    tm="${cpu_total} s cpu (${el_total} s wall)"
    [ "$el_total" = "0.00" ] && tm="< 0.01 s"
    [ ${#runs[@]} -eq 0 ] && rssm="-" tm="-"
    [ -n "$killed" ] && rssm="not measurable ($killed)" tm="> ${el_total} s wall"
    if [ ${#fails[@]} -eq 0 ]; then
        pass=$((pass + 1))
        echo "PASS $cname: $outcome [rss $rssm, cpu ${cpu_total}s]"
    else
        fail=$((fail + 1))
        local f
        f=$(printf '%s; ' "${fails[@]}")
        echo "FAIL $cname: ${f%; } [wanted: $outcome] [${runs[*]}]"
        outcome="**FAIL**: ${f%; }. Wanted: $outcome"
    fi
    rows+=("| $cname | $cinput | ${outcome//|/\\|} | $rssm | $tm |")
}
fx() { echo "$PCAPS/adv-$1.pcap"; }

t_fixtures() {
    begin fixtures-current "pcaps/adv-*.pcap* vs gen.py fixtures"
    mkdir -p "$tmp/fx"
    gen fixtures "$tmp/fx" || bad "gen.py fixtures failed"
    local f n=0
    for f in "$tmp"/fx/adv-*; do
        n=$((n + 1))
        cmp -s "$f" "$PCAPS/$(basename "$f")" || bad "$(basename "$f") differs from gen.py"
        [ "$(wc -c <"$f")" -lt 204800 ] || bad "$(basename "$f") >= 200 KB"
    done
    outcome="$n committed fixtures byte-identical to gen.py output"
    finish
}

t_trunc_record() {
    begin trunc-record "clean exchange, then a record announcing 200 bytes with 50 in the file"
    hs trunc-record 30 "$(fx trunc-record)"
    want_rc 1
    want_err "httpsift: .*/adv-trunc-record.pcap: truncated dump file; tried to read 200 captured bytes, only got 50"
    want_err '10 packets captured'
    want_rec 'txn /before 200 complete=1 anomalies=- body=5 reqbody=0'
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 1; \"truncated dump file; tried to read 200 captured bytes, only got 50\"; /before reported, summary printed (10 packets)"
    finish
}

t_hdr() {
    local c=$1 wrc=$2 what=$3 line=$4
    begin "hdr-$c" "$what"
    hs "hdr-$c" 30 "$(fx "hdr-$c")"
    want_rc "$wrc"
    if [ "$wrc" -eq 1 ]; then
        want_err "httpsift: .*/adv-hdr-$c.pcap: $line"
        want_lines 1
        outcome="exit $wrc; one line: \"$(sed 's|.*/||' "$err")\""
    else
        want_after
        want_err '10 packets captured'
        outcome="exit $wrc; read normally, /after reported"
    fi
    want_rss $((16 * MB)); want_cpu 1
    finish
}

t_caplen() {
    begin caplen-snaplen "file snaplen 128, a 269-byte request frame recorded with caplen 269"
    hs caplen-snaplen 30 "$(fx caplen-snaplen)" --flows
    want_rc 0
    want_err '20 TCP segments \(1 cut by snaplen\)'
    want_rec 'txn /big 200 complete=0 anomalies=request.gap-in-headers body=5 reqbody=0'
    want_rec 'flow 1 complete fin overlaps=0/0 conflicts=0/0 gaps=1/0 gapbytes=141/0'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; libpcap cuts the record to the snaplen: \"1 cut by snaplen\", a 141-byte gap, request.gap-in-headers; /after reported"
    finish

    begin caplen-huge "record with caplen 300000 (> 262144), all bytes present (gzip'd fixture)"
    hs caplen-huge 30 "$PCAPS/adv-caplen-huge.pcap.gz"
    want_rc 1
    want_err "httpsift: .*/adv-caplen-huge.pcap.gz: invalid packet capture length 300000, bigger than snaplen of 262144"
    want_rec 'txn /before 200 complete=1 anomalies=- body=5 reqbody=0'
    want_err '10 packets captured'
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 1; \"invalid packet capture length 300000, bigger than snaplen of 262144\"; /before reported, summary printed (libpcap cannot resynchronise, so /after is not read)"
    finish

    begin caplen-wirelen "caplen 88 > wire length 60 (request), 54 > 20 (ACK), 54 > 0 (SYN)"
    hs caplen-wirelen 30 "$(fx caplen-wirelen)" --flows
    want_rc 0
    want_err '21 TCP segments'
    want_rec 'txn /w 200 complete=1 anomalies=- body=5 reqbody=0'
    want_rec 'flow 2 syn-only end-of-capture overlaps=0/0 conflicts=0/0 gaps=0/0 gapbytes=0/0'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; captured bytes used as they are (no gap, nothing counted): /w complete, the SYN opens conn 2; /after reported"
    finish
}

t_zero_len() {
    begin zero-len "records of caplen 0 (wire 0 and 60), 1, 14 and 20 bytes"
    hs zero-len 30 "$(fx zero-len)"
    want_rc 0
    want_err '15 packets captured'
    want_err '5 packets skipped: truncated-header 1, malformed 4'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; \"$(errline skipped)\"; /after reported"
    finish
}

t_iplen() {
    begin iplen-long "IPv4 total length 1500 and 65535 on 73-byte frames (wire = caplen), 10, IHL 3, IHL 15"
    hs iplen-long 30 "$(fx iplen-long)"
    want_rc 0
    want_err '5 packets skipped: malformed 5'
    want_rec 'txn /ok 200 complete=1 anomalies=- body=5 reqbody=0'
    no_rec '/bad'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; \"$(errline skipped)\"; their bytes unused, /ok complete; /after reported"
    finish
}

t_tcp_doff() {
    begin tcp-doff "TCP data offset 0, 4 and 15 (60 bytes, past a 28-byte segment)"
    hs tcp-doff 30 "$(fx tcp-doff)"
    want_rc 0
    want_err '3 packets skipped: malformed 3'
    want_rec 'txn /ok 200 complete=1 anomalies=- body=5 reqbody=0'
    no_rec '/bad'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; \"$(errline skipped)\"; /ok complete; /after reported"
    finish
}

t_overlap() {
    begin overlap-tcp "request bytes 4..13 resent as /bbbbbbbb; response tail buffered, then a covering segment with other bytes, then the tail again differing"
    hs overlap-tcp 30 "$(fx overlap-tcp)" --flows --write-streams "$tmp/ovl"
    want_rc 0
    want_rec 'txn /aaaaaaaa 200 complete=1 anomalies=- body=5 reqbody=0'
    want_rec 'flow 1 complete fin overlaps=2/1 conflicts=0/1 gaps=0/0 gapbytes=0/0'
    want_after
    local c2s=$tmp/ovl/000001-010.000.000.001.40000-010.000.000.002.00080
    local s2c=$tmp/ovl/000001-010.000.000.002.00080-010.000.000.001.40000
    [ "$(cat "$c2s" 2>/dev/null)" = "$(printf 'GET /aaaaaaaa HTTP/1.1\r\nHost: ok.test\r\n\r\n')" ] ||
        bad "client stream is not the first copy"
    [ "$(cat "$s2c" 2>/dev/null)" = "$(printf 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')" ] ||
        bad "server stream is not the first copy"
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; first copy wins in both streams (checked with --write-streams); overlaps 2/1, conflicts 0/1 (a conflict with bytes already delivered is not compared, as documented); /after reported"
    finish
}

t_frag() {
    begin frag-overlap "4 overlapping IPv4 fragments (one conflicting), a fragment ending past 65535, 70 fragments of one datagram"
    hs frag-overlap 30 "$(fx frag-overlap)"
    want_rc 0
    want_err '1 IP datagrams reassembled, 3 overlapping fragments \(1 conflicting\), 0 timed out'
    want_err '74 packets skipped: malformed 1, ip-fragment-held 72, ip-fragment-dropped 1'
    want_err 'limit: 1 IP datagrams dropped at a defragmenter limit \(--frag-max-\*\)'
    want_rec 'txn /frag/aaaaaaaa 200 complete=1 anomalies=- body=5 reqbody=0'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; \"$(errline 'IP datagrams reassembled')\", first copy wins (/frag/aaaaaaaa); past-65535 fragment malformed; \"$(errline 'limit:')\"; /after reported"
    finish
}

t_chunk() {
    begin chunk-huge "chunk-size 2^64 (17 hex digits), 2^64-1 (16), 2^64-1 as 17 digits, 2^68; Content-Length 2^64 and 2^64-1"
    hs chunk-huge 30 "$(fx chunk-huge)"
    want_rc 0
    want_rec 'txn /c2e64 200 complete=0 anomalies=response.invalid-chunk-size body=0 reqbody=0'
    want_rec 'txn /c2e64m1 200 complete=0 anomalies=response.truncated body=5 reqbody=0'
    want_rec 'txn /c2e64m1-17 200 complete=0 anomalies=response.invalid-chunk-size body=0 reqbody=0'
    want_rec 'txn /c2e68 200 complete=0 anomalies=response.invalid-chunk-size body=0 reqbody=0'
    want_rec 'txn /cl2e64 200 complete=1 anomalies=response.invalid-content-length body=5 reqbody=0'
    want_rec 'txn /cl2e64m1 200 complete=0 anomalies=response.truncated body=5 reqbody=0'
    want_rec 'stray 1 s2c 31'
    want_after
    want_err '7 HTTP transactions \(2 complete, 0 without response, 0 without request\) on 7 connections; 0 connections not HTTP'
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; 2^64, 17-digit 2^64-1 and 2^68: invalid-chunk-size, rest stray; 16-digit 2^64-1: a chunk that never ends (truncated, body 5); Content-Length 2^64: invalid-content-length, read to close; Content-Length 2^64-1: valid, truncated at the FIN; /after reported"
    finish
}

t_ts_future() {
    begin ts-future "a clean exchange, then a SYN and a RST timestamped 2106 (0xfffffff0 s), then the normal exchange 1 s after the first"
    hs ts-future 30 "$(fx ts-future)" --flows
    want_rc 0
    want_rec 'txn /before 200 complete=1 anomalies=- body=5 reqbody=0'
    want_err '3 TCP connections \([0-9]+ at most at once\): 2 fin, 1 rst, 0 timeout, 0 reused, 0 evicted'
    want_after
    want_rss $((16 * MB)); want_cpu 1
    outcome="exit 0; one record with a far-future time must not end later connections: 3 connections (2 fin, 1 rst, 0 timeout); /after reported complete"
    finish
}

t_synflood() {
    begin synflood "1,000,000 SYNs from distinct endpoints, 1 µs apart (70 MB temp file), --max-flows 10000"
    gen synflood "$tmp/syn.pcap" || bad "gen.py synflood failed"
    hs synflood 120 "$tmp/syn.pcap" --max-flows 10000
    want_rc 0
    want_err '1000010 packets captured'
    want_err '1000001 TCP connections \(10000 at most at once\): 1 fin, 0 rst, 0 timeout, 0 reused, 990001 evicted'
    want_err 'limit: 990001 connections evicted \(--max-flows\)'
    want_after
    want_rss $((32 * MB)); want_cpu 10
    local r1=$rss
    outcome="exit 0; \"$(errline 'limit:')\", 10000 at most at once; /after reported"
    # the same at 100,000 SYNs: the peak must not depend on the number of connections
    gen synflood "$tmp/syn.pcap" 100000 || bad "gen.py synflood 100000 failed"
    hs synflood-100k 60 "$tmp/syn.pcap" --max-flows 10000
    want_err 'limit: 90001 connections evicted \(--max-flows\)'
    [ "$r1" -lt $((rss + 4 * MB)) ] ||
        bad "RSS grows with the number of connections: $((rss / 1024)) MiB at 100k, $((r1 / 1024)) MiB at 1M"
    outcome="$outcome; RSS at 1M SYNs $((r1 / 1024)) MiB vs $((rss / 1024)) MiB at 100k (flat)"
    rm -f "$tmp/syn.pcap"
    finish
}

t_longline() {
    begin longline "a 100 MiB header line in 72,415 segments (streamed from gen.py, not stored)"
    hs longline 120 gen:longline
    want_rc 0
    want_err '73567 packets captured'
    want_rec 'txn /long 200 complete=0 anomalies=request.header-block-too-large body=5 reqbody=0'
    local n
    n=$(awk '$1 == "stray" && $2 == 1 && $3 == "c2s" { print $4 }' "$show")
    if ! { [ -n "$n" ] && [ "$n" -ge 1048576 ] && [ "$n" -le 104857600 ]; }; then
        bad "stray client bytes '$n', want from --resync-max (1 MiB) to the rest of the line"
    fi
    want_err ' +1 info +framing.parser-limit'
    want_after
    want_rss $((16 * MB)); want_cpu 5
    outcome="exit 0; request.header-block-too-large at 64K, then $n stray bytes (given up as not HTTP after --resync-max); the 200 still pairs with /long; /after reported"
    finish
}

t_headers() {
    begin headers100k "100,000 header fields (1.2 MB header block) + Content-Length: 4"
    gen headers100k "$tmp/h.pcap" || bad "gen.py headers100k failed"
    hs headers100k 30 "$tmp/h.pcap"
    want_rc 0
    want_rec 'txn /h100k 200 complete=0 anomalies=request.header-block-too-large body=5 reqbody=0'
    want_after
    want_rss $((16 * MB)); want_cpu 2
    outcome="exit 0; default limits: request.header-block-too-large"
    hs headers100k-2M 30 "$tmp/h.pcap" --max-header-bytes 2M
    want_rc 0
    want_rec 'txn /h100k 200 complete=1 anomalies=request.too-many-fields body=5 reqbody=4'
    want_after
    want_rss $((32 * MB)); want_cpu 2
    outcome="$outcome; --max-header-bytes 2M: request.too-many-fields (256 kept), Content-Length after them still frames the 4-byte body; /after reported"
    rm -f "$tmp/h.pcap"
    finish

    begin headers100k-dup "100,000 repeated fields: 50k Host + 50k User-Agent in a request, 50k Content-Length in a 200 and in a 204 (--max-fields 1048576 --max-header-bytes 4M, all kept)"
    hs headers100k-dup 15 gen:headers100k-dup --max-fields 1048576 --max-header-bytes 4M
    want_rc 0
    want_rec 'txn /dup 200 complete=1 anomalies=response.duplicate-content-length,response.invalid-content-length body=5 reqbody=0'
    want_rec 'txn /dup204 204 complete=1 anomalies=response.duplicate-content-length,response.body-framing-not-allowed body=0 reqbody=0'
    want_err ' +1 error +framing.host-repeated'
    want_after
    want_rss $((64 * MB)); want_cpu 2
    outcome="exit 0; duplicate-content-length, invalid-content-length, body-framing-not-allowed, host-repeated; /after reported"
    finish
}

t_pipeline() {
    begin pipeline10k "10,000 pipelined GETs on one connection, never answered"
    gen pipeline10k "$tmp/p.pcap" || bad "gen.py pipeline10k failed"
    hs pipeline10k 30 "$tmp/p.pcap"
    want_rc 0
    want_err '10001 HTTP transactions \(1 complete, 10000 without response, 0 without request\) on 2 connections; 0 connections not HTTP'
    want_err 'limit: 8976 requests reported unanswered to stay under the limit \(--max-pending-requests\)'
    local n
    n=$(grep -Ec '^txn /p[0-9]+ None complete=0 anomalies=- body=0 reqbody=0$' "$show")
    [ "$n" -eq 10000 ] || bad "$n unanswered request records, want 10000"
    want_after
    want_rss $((32 * MB)); want_cpu 2
    outcome="exit 0; default: \"$(errline 'limit:')\", 10000 records without response"
    hs pipeline10k-100 30 "$tmp/p.pcap" --max-pending-requests 100
    want_err 'limit: 9900 requests reported unanswered to stay under the limit \(--max-pending-requests\)'
    want_after
    want_rss $((16 * MB)); want_cpu 2
    outcome="$outcome; --max-pending-requests 100: 9900 counted; /after reported"
    rm -f "$tmp/p.pcap"
    finish
}

t_gzipbomb() {
    begin gzipbomb "1 GiB of zeros gzip'd to 1,061,908 bytes, Content-Encoding: gzip, --decode-bodies"
    gen gzipbomb "$tmp/g.pcap" || bad "gen.py gzipbomb failed"
    hs gzipbomb 30 "$tmp/g.pcap" --decode-bodies
    want_rc 0
    local d n
    d=$(grep -Eo '^txn /bomb 200 complete=1 anomalies=- body=1061908 reqbody=0 decode=ratio/[0-9]+$' "$show")
    n=${d##*/}
    if ! { [ -n "$d" ] && [ "$n" -gt 65536 ] && [ "$n" -lt 16777216 ]; }; then
        bad "no /bomb record with decode ratio, 64K < decoded < 16M"
    fi
    want_after
    want_rss $((16 * MB)); want_cpu 2
    outcome="exit 0; decode \"ratio\" after $n decoded bytes"
    hs gzipbomb-limit 30 "$tmp/g.pcap" --decode-bodies --decode-max-ratio 1048576
    d=$(grep -Eo '^txn /bomb 200 complete=1 anomalies=- body=1061908 reqbody=0 decode=limit/[0-9]+$' "$show")
    n=${d##*/}
    if ! { [ -n "$d" ] && [ "$n" -gt 16777216 ] && [ "$n" -le $((16777216 + 65536)) ]; }; then
        bad "no /bomb record with decode limit, 16M < decoded <= 16M + 64K"
    fi
    want_after
    want_rss $((16 * MB)); want_cpu 2
    outcome="$outcome; with --decode-max-ratio 1048576: \"limit\" at $n (--decode-max-bytes 16M); /after reported"
    rm -f "$tmp/g.pcap"
    finish
}

t_slowloris() {
    begin slowloris "60 KiB header block (4 KB lines) one byte per packet, 1 s apart (~17 h of packet time); 62,083 packets, streamed"
    hs slowloris 60 gen:slowloris
    want_rc 0
    want_err '62083 packets captured'
    want_err '3 TCP connections \(2 at most at once\): 3 fin, 0 rst, 0 timeout, 0 reused, 0 evicted'
    want_rec 'txn /slow 200 complete=1 anomalies=- body=5 reqbody=0'
    want_rec 'txn /mid 200 complete=1 anomalies=- body=5 reqbody=0'
    want_after
    want_rss $((16 * MB)); want_cpu 2
    outcome="exit 0; /slow complete, /mid (in the middle) and /after reported"
    hs slowloris-line 60 gen:slowloris-line --max-line 1M
    want_rc 0
    want_rec 'txn /slowline 200 complete=1 anomalies=- body=5 reqbody=0'
    want_after
    want_rss $((16 * MB)); want_cpu 2
    outcome="$outcome; one 60 KiB line byte by byte (--max-line 1M): complete too"
    finish
}

t_ooo() {
    begin ooo-tiny "POST: 100,000 one-byte segments in ascending order behind a 1-byte hole (100 KB, under --max-ooo-bytes 1M), streamed; default limits, then --max-ooo-segments 1048576"
    hs ooo-tiny 30 gen:ooo-tiny -v
    want_rc 0
    want_rec 'txn /ooo 200 complete=1 anomalies=- body=5 reqbody=100000'
    want_after
    want_rss $((32 * MB)); want_cpu 2
    outcome="exit 0; linear cost (cpu < 2 s); default --max-ooo-segments 1024: the 1025th segment gives up the 1-byte hole (\"$(errline 'segment limit')\"), /ooo still parses (its line starts \"OST\"); /after reported (seen: $(errline 'memory peaks' | sed 's/.*; //'))"
    # the default --max-ooo-segments 1024 gives up the 1-byte hole at the 1025th segment
    # (1 limit hit, a 1-byte gap); with the limit raised all 100,000 are held, and appending
    # after the last held segment keeps the cost linear
    hs ooo-tiny-allsegs 30 gen:ooo-tiny --max-ooo-segments 1048576 --flows
    want_rc 0
    want_rec 'txn /ooo 200 complete=1 anomalies=- body=5 reqbody=100000'
    want_rec 'flow 1 complete fin overlaps=0/0 conflicts=0/0 gaps=0/0 gapbytes=0/0'
    ! grep -q 'segment limit' "$err" || bad "segment limit hit with --max-ooo-segments 1048576"
    want_after
    want_rss $((32 * MB)); want_cpu 2
    outcome="$outcome; --max-ooo-segments 1048576: all 100,000 held, no gap, cpu ${cpu}s"
    finish
}

t_ooo_far_tail() {
    begin ooo-far-tail "POST body: its last 1000 bytes first, then 100,000 one-byte segments in ascending order below them behind a 1-byte hole (100 KB, under --max-ooo-bytes 1M), streamed; then 400,000; then 100,000 each behind its own hole"
    hs ooo-far-tail 30 gen:ooo-far-tail -v
    want_rc 0
    want_rec 'txn /far 200 complete=1 anomalies=request.gap-in-body body=5 reqbody=101001'
    want_err 'limit: 1 out-of-order segment limit hits \(--max-ooo-segments\)'
    want_after
    want_rss $((32 * MB)); want_cpu 2
    local c1=$cpu
    outcome="exit 0; the 1025th segment gives up the hole (\"$(errline 'segment limit')\", request.gap-in-body), the rest arrive in order: cpu ${c1}s"
    # four times the segments: a list walk per insert would take 16 times as long (> 100 s)
    hs ooo-far-tail-400k 60 gen:ooo-far-tail:400000
    want_rc 0
    want_rec 'txn /far 200 complete=1 anomalies=request.gap-in-body body=5 reqbody=401001'
    want_err 'limit: 1 out-of-order segment limit hits \(--max-ooo-segments\)'
    want_after
    want_rss $((32 * MB)); want_cpu 2
    outcome="$outcome, ${cpu}s at 400,000"
    # every segment behind its own hole: each one past the limit gives up a hole, and each
    # insert walks at most the 1024 held segments (the worst case under the limit)
    hs ooo-far-tail-holes 30 gen:ooo-far-tail-holes
    want_rc 0
    want_rec 'txn /far 200 complete=1 anomalies=request.gap-in-body body=5 reqbody=201001'
    want_err 'limit: 98977 out-of-order segment limit hits \(--max-ooo-segments\)'
    want_after
    want_rss $((32 * MB)); want_cpu 2
    outcome="$outcome; with a hole before each: \"$(errline 'segment limit')\" (100,000 - 1023), cpu ${cpu}s; /after reported"
    finish
}

t_pending_flood() {
    begin pending-flood "2,000 connections each sending 32 KiB of a header block that never ends (64 MB streamed), --memcap 16M"
    hs pending-flood 60 gen:pending-flood --memcap 16M -v
    want_rc 0
    want_after
    grep -Eq '^limit: .*(--reasm-memcap|--max-pending-bytes)' "$err" ||
        bad "no limit: line for the reassembly budget"
    want_rss $((32 * MB)); want_cpu 5
    outcome="exit 0; bytes held for unfinished header blocks kept within --memcap and counted on a limit: line; /after reported (seen: $(errline 'memory peaks' | sed 's/.*; //'), $(errline '^limit:' || echo 'no limit: line'))"
    finish
}

t_pipeline_fat() {
    begin pipeline-fat "4 connections x 500 pipelined requests with 60 KiB header blocks, never answered (120 MB streamed), --memcap 16M"
    hs pipeline-fat 60 gen:pipeline-fat --memcap 16M
    want_rc 0
    want_err '2001 HTTP transactions \(1 complete, 2000 without response, 0 without request\) on 5 connections; 0 connections not HTTP'
    want_after
    want_rss $((48 * MB)); want_cpu 10
    outcome="exit 0; requests held awaiting responses kept within --memcap; all 2000 reported without response; /after reported"
    finish
}

t_frag_flood() {
    begin frag-flood "100,000 first fragments of distinct IPv4 datagrams, never completed"
    gen frag-flood "$tmp/ff.pcap" || bad "gen.py frag-flood failed"
    hs frag-flood 30 "$tmp/ff.pcap"
    want_rc 0
    want_err '100000 packets skipped: ip-fragment-held 100000'
    want_err 'limit: 95904 IP datagrams dropped at a defragmenter limit \(--frag-max-\*\)'
    want_after
    want_rss $((16 * MB)); want_cpu 5
    outcome="exit 0; default --frag-max-datagrams 4096: \"$(errline 'limit:')\" (cpu ${cpu}s)"
    hs frag-flood-64k 10 "$tmp/ff.pcap" --frag-max-datagrams 65536
    want_rc 0
    want_err 'limit: 34464 IP datagrams dropped at a defragmenter limit \(--frag-max-\*\)'
    want_after
    want_rss $((32 * MB)); want_cpu 3
    outcome="$outcome; --frag-max-datagrams 65536: cpu < 3 s, \"limit: 34464 ...\", /after reported"
    rm -f "$tmp/ff.pcap"
    finish
}

# ---- main ------------------------------------------------------------------------------------
selected fixtures-current && t_fixtures
selected trunc-record && t_trunc_record
selected hdr-short && t_hdr short 1 "10-byte file (global header cut)" \
    "truncated dump file; tried to read 24 file header bytes, only got 6"
selected hdr-version && t_hdr version 1 "global header version 1.0" "archaic pcap savefile format"
selected hdr-linktype && t_hdr linktype 1 "global header link type 0xfff0" \
    "unsupported link type .* \(65520\)"
selected hdr-snaplen0 && t_hdr snaplen0 0 "global header snaplen 0" ""
selected hdr-snaplen-huge && t_hdr snaplen-huge 0 "global header snaplen 0xffffffff" ""
{ selected caplen-snaplen || selected caplen-huge || selected caplen-wirelen; } && t_caplen
selected zero-len && t_zero_len
selected iplen-long && t_iplen
selected tcp-doff && t_tcp_doff
selected overlap-tcp && t_overlap
selected frag-overlap && t_frag
selected chunk-huge && t_chunk
selected ts-future && t_ts_future
selected synflood && t_synflood
selected longline && t_longline
{ selected headers100k || selected headers100k-dup; } && t_headers
selected pipeline10k && t_pipeline
selected gzipbomb && t_gzipbomb
selected slowloris && t_slowloris
selected ooo-tiny && t_ooo
selected ooo-far-tail && t_ooo_far_tail
selected pending-flood && t_pending_flood
selected pipeline-fat && t_pipeline_fat
selected frag-flood && t_frag_flood

if [ -n "$table" ]; then
    {
        echo "Binary: \`$HS\` ($("$HS" --version 2>&1 | head -1), built $(date -u -r "$HS" '+%Y-%m-%d %H:%M UTC')), source $(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$top" diff --quiet -- src 2>/dev/null || echo ' + uncommitted src changes'); run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores. Time = user+sys CPU of httpsift (wall includes waiting for a streamed generator)."
        echo
        echo "| case | input | outcome (counter/finding/limit) | peak RSS | time |"
        echo "| --- | --- | --- | --- | --- |"
        printf '%s\n' "${rows[@]}"
        echo
        echo "adversarial: $pass passed, $fail failed"
    } >"$table"
fi
echo "adversarial: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
