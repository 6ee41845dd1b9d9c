#!/usr/bin/env bash
# capture-real.sh - recreate the pcaps/real-*.pcap fixtures: real HTTP/1.x
# traffic between real clients (curl, wrk, tests/tools/pipeline-client.py) and
# real servers (python3 -m http.server, nginx), captured with tcpdump on the
# loopback interface.
#
#   sudo tests/tools/capture-real.sh            # writes pcaps/real-*.pcap
#   OUT_DIR=/tmp/x tests/tools/capture-real.sh  # write somewhere else
#   PORT_BASE=28080 ...                          # use ports 28081..28086
#
# Needs root (tcpdump on lo), tcpdump, curl, wrk, nginx, python3.
# Everything listens on 127.0.0.1 / ::1 only, on high ports (default
# 18081-18086; a busy port is an error).  All servers are started here and
# stopped on exit; every client call and wait loop is bounded in time.
# Idempotent: each fixture is written to a temp name and renamed over the old
# one.  Exits non-zero if a server fails to start or a client run fails.
# Fixtures contain only loopback addresses, generated file contents and tool
# version strings (curl/nginx/python/wrk) - no private data.

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT_DIR=${OUT_DIR:-$REPO/pcaps}
PYTHON=${PYTHON:-python3}
PORT_BASE=${PORT_BASE:-18080}

P_PYHTTP=$((PORT_BASE + 1))     # python http.server, 127.0.0.1
P_NGX_CURL=$((PORT_BASE + 2))   # nginx server block for the curl fixture
P_NGX_WRK=$((PORT_BASE + 4))    # nginx server block for wrk
P_NGX_PIPE=$((PORT_BASE + 5))   # nginx server block for pipelining
P_PYHTTP6=$((PORT_BASE + 6))    # python http.server, ::1

CURL=(curl -sS --max-time 5 --connect-timeout 2)

log()  { printf '==> %s\n' "$*" >&2; }
step() { printf '    %s\n' "$*" >&2; }
die()  { printf 'capture-real.sh: error: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root (tcpdump -i lo)"
for t in tcpdump curl wrk nginx "$PYTHON"; do
    command -v "$t" >/dev/null || die "missing tool: $t"
done

WORK=$(mktemp -d /tmp/capture-real.XXXXXX)
chmod 755 "$WORK"
SERVER_PIDS=()
TCPDUMP_PID=
CAP_TMP=

cleanup() {
    local p
    set +e
    if [[ -n $TCPDUMP_PID ]]; then kill -INT "$TCPDUMP_PID" 2>/dev/null; fi
    for p in "${SERVER_PIDS[@]}"; do
        kill -TERM "$p" 2>/dev/null
    done
    for p in "${SERVER_PIDS[@]}" ${TCPDUMP_PID:+"$TCPDUMP_PID"}; do
        wait_gone "$p" 50 || kill -KILL "$p" 2>/dev/null
    done
    if [[ -n ${CAP_TMP:-} ]]; then rm -f "$CAP_TMP"; fi   # unfinished capture
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_gone PID TENTHS: wait up to TENTHS*0.1s for PID to exit
wait_gone() {
    local i
    for ((i = 0; i < $2; i++)); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

port_free() {
    [[ -z $(ss -Hltn "sport = :$1") ]] || die "port $1 already in use (set PORT_BASE)"
}

# wait_http PID URL: wait (max 5s) until URL answers and PID is still alive
wait_http() {
    local pid=$1 url=$2 i
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        if curl -s -o /dev/null --max-time 1 "$url"; then
            kill -0 "$pid" 2>/dev/null && return 0
            return 1
        fi
        sleep 0.1
    done
    return 1
}

# start_capture FILE PORT
start_capture() {
    CAP_FILE=$1
    CAP_TMP="$OUT_DIR/.$(basename "$1").tmp"
    rm -f "$CAP_TMP"
    log "capture $(basename "$1"): tcpdump -i lo -s 0 -U -w ... 'tcp port $2'"
    # -Z root: keep root so the output file can be written in any directory
    tcpdump -i lo -s 0 -U -Z root -w "$CAP_TMP" "tcp port $2" 2>"$WORK/tcpdump.err" &
    TCPDUMP_PID=$!
    local i
    for ((i = 0; i < 50; i++)); do
        grep -q 'listening on' "$WORK/tcpdump.err" 2>/dev/null && break
        kill -0 "$TCPDUMP_PID" 2>/dev/null || { cat "$WORK/tcpdump.err" >&2; die "tcpdump failed"; }
        sleep 0.1
    done
    sleep 0.5   # give the capture a moment to be really running
}

stop_capture() {
    sleep 0.5   # let FIN/ACKs of the last connection reach the capture
    kill -INT "$TCPDUMP_PID"
    wait_gone "$TCPDUMP_PID" 50 || die "tcpdump did not stop"
    wait "$TCPDUMP_PID" 2>/dev/null || true
    TCPDUMP_PID=
    sed -n 's/^/    tcpdump: /p' "$WORK/tcpdump.err" | grep -E 'captured|dropped' >&2 || true
    mv -f "$CAP_TMP" "$CAP_FILE"
    CAP_TMP=
    step "wrote $CAP_FILE ($(stat -c %s "$CAP_FILE") bytes)"
}

# c ARGS...: one curl invocation, bodies discarded (stdout, all URLs), status codes logged
c() {
    step "curl $*"
    "${CURL[@]}" -w '%{stderr}      -> %{http_code} (%{num_connects} new connection)\n' "$@" >/dev/null
}

stop_server() {
    local p keep=()
    kill -TERM "$1" 2>/dev/null || true
    wait_gone "$1" 50 || kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    # forget it, so cleanup never signals a PID that may have been reused
    for p in "${SERVER_PIDS[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
    SERVER_PIDS=("${keep[@]}")
}

mkdir -p "$OUT_DIR"

# ---------------------------------------------------------------- content
# Fixed content and mtimes so headers (Last-Modified, ETag, sizes) are stable.
FIXED_MTIME='2024-01-02 03:04:05 UTC'
WWW="$WORK/www"
mkdir -p "$WWW/sub" "$WWW/ssi"
printf 'Hello from httpsift fixture.\n' >"$WWW/hello.txt"
printf '{"fixture": "httpsift", "n": 1}\n' >"$WWW/sub/data.json"
printf 'a small file in a subdirectory\n' >"$WWW/sub/a.txt"
# ~6 KB of compressible text for gzip / range requests
for ((i = 1; i <= 120; i++)); do
    printf 'line %03d: the quick brown fox jumps over the lazy dog\n' "$i"
done >"$WWW/big.txt"
printf '<!doctype html>\n<html><head><title>httpsift</title></head><body><p>index</p></body></html>\n' >"$WWW/index.html"
printf 'small\n' >"$WWW/small.txt"
# SSI page: nginx cannot know the length in advance -> Transfer-Encoding: chunked
cat >"$WWW/ssi/page.html" <<'HTML'
<!doctype html>
<html><body>
<p>This page is assembled by nginx SSI, so it is sent chunked.</p>
<p>uri: <!--# echo var="document_uri" --></p>
</body></html>
HTML
# pipelining targets
printf 'one\n' >"$WWW/one.txt"
printf 'two two\n' >"$WWW/two.txt"
printf 'three three three\n' >"$WWW/three.txt"
printf 'five five five five five\n' >"$WWW/five.txt"
find "$WWW" -exec touch -d "$FIXED_MTIME" {} +
chmod -R a+rX "$WWW"
head -c 2000 /dev/zero | tr '\0' 'u' >"$WORK/upload.bin"   # 2000-byte upload body

# ------------------------------------------------ 1. python http.server + curl
port_free "$P_PYHTTP"
log "start python http.server on 127.0.0.1:$P_PYHTTP"
"$PYTHON" -m http.server -b 127.0.0.1 -d "$WWW" "$P_PYHTTP" >"$WORK/pyhttp.log" 2>&1 &
PY_PID=$!
SERVER_PIDS+=("$PY_PID")
wait_http "$PY_PID" "http://127.0.0.1:$P_PYHTTP/hello.txt" || { cat "$WORK/pyhttp.log" >&2; die "python http.server failed to start"; }

U="http://127.0.0.1:$P_PYHTTP"
start_capture "$OUT_DIR/real-pyhttp-curl.pcap" "$P_PYHTTP"
c "$U/hello.txt"                                                    # 200
c "$U/missing.txt"                                                  # 404
c -I "$U/hello.txt"                                                 # HEAD 200
c "$U/sub/"                                                         # dir listing (no index.html in sub/)
c -H 'If-Modified-Since: Wed, 03 Jan 2024 00:00:00 GMT' "$U/hello.txt"  # 304
c -r 0-9 "$U/big.txt"                                               # Range (ignored -> 200)
c "$U/sub"                                                          # 301 -> /sub/
stop_capture
stop_server "$PY_PID"

# ----------------------------------------------------------------- nginx
NGX="$WORK/nginx"
mkdir -p "$NGX/logs" "$NGX/tmp"
cat >"$NGX/nginx.conf" <<EOF
user root;
worker_processes 1;
daemon off;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log warn;
events { worker_connections 128; }
http {
    types { text/html html; text/plain txt; application/json json; }
    default_type application/octet-stream;
    access_log $NGX/logs/access.log;
    client_body_temp_path $NGX/tmp/body;
    proxy_temp_path $NGX/tmp/proxy;
    fastcgi_temp_path $NGX/tmp/fastcgi;
    uwsgi_temp_path $NGX/tmp/uwsgi;
    scgi_temp_path $NGX/tmp/scgi;
    etag on;
    gzip on;
    gzip_types text/plain;
    keepalive_timeout 5s;

    server {
        listen 127.0.0.1:$P_NGX_CURL;
        root $WWW;
        location = /old { return 301 /new; }
        location = /new { default_type text/plain; return 200 "you were redirected here\n"; }
        location = /upload { client_max_body_size 64k; default_type text/plain; return 200 "ok\n"; }
        location /ssi/ { ssi on; }
    }
    server {
        listen 127.0.0.1:$P_NGX_WRK;
        root $WWW;
    }
    server {
        listen 127.0.0.1:$P_NGX_PIPE;
        root $WWW;
    }
}
EOF
for p in "$P_NGX_CURL" "$P_NGX_WRK" "$P_NGX_PIPE"; do port_free "$p"; done
log "start nginx on 127.0.0.1:{$P_NGX_CURL,$P_NGX_WRK,$P_NGX_PIPE} (config $NGX/nginx.conf)"
nginx -p "$NGX" -e "$NGX/logs/error.log" -c "$NGX/nginx.conf" >"$NGX/logs/stdout.log" 2>&1 &
NGX_PID=$!
SERVER_PIDS+=("$NGX_PID")
for p in "$P_NGX_CURL" "$P_NGX_WRK" "$P_NGX_PIPE"; do
    wait_http "$NGX_PID" "http://127.0.0.1:$p/small.txt" || {
        cat "$NGX/logs/error.log" "$NGX/logs/stdout.log" >&2; die "nginx failed to start"; }
done

# ------------------------------------------------------------ 2. nginx + curl
U="http://127.0.0.1:$P_NGX_CURL"
start_capture "$OUT_DIR/real-nginx-curl.pcap" "$P_NGX_CURL"
c "$U/big.txt"                                                      # 200, Content-Length
c --compressed "$U/big.txt"                                         # 200 gzip, chunked
step "curl -I $U/big.txt   (HEAD; remember ETag)"
ETAG=$("${CURL[@]}" -I "$U/big.txt" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
[[ -n $ETAG ]] || die "nginx sent no ETag"
step "      -> ETag $ETAG"
c -H "If-None-Match: $ETAG" "$U/big.txt"                            # 304
c -r 0-99 "$U/big.txt"                                              # 206
c -L "$U/old"                                                       # 301 -> /new 200
c "$U/nope"                                                         # 404
c -d 'a=1&b=2' "$U/big.txt"                                         # POST -> 405
# curl 7.88.1 does not add Expect by itself for a 2000-byte POST, so ask for it
c --data-binary @"$WORK/upload.bin" -H 'Content-Type: application/octet-stream' \
  -H 'Expect: 100-continue' "$U/upload"                             # 100 Continue, then 200
c "$U/ssi/page.html"                                                # 200 chunked (SSI)
c "$U/index.html" "$U/small.txt" "$U/sub/data.json"                 # 3 requests, 1 keep-alive conn
stop_capture

# ------------------------------------------------------------- 3. nginx + wrk
# wrk stops its thread after WRK_MAX responses (Lua), and -d caps the time.
WRK_MAX=${WRK_MAX:-150}
cat >"$WORK/stop.lua" <<EOF
local n = 0
function response(status, headers, body)
    n = n + 1
    if n >= $WRK_MAX then wrk.thread:stop() end
end
EOF
start_capture "$OUT_DIR/real-nginx-wrk.pcap" "$P_NGX_WRK"
step "wrk -t1 -c2 -d1s --timeout 2s -s stop.lua (stop after $WRK_MAX responses) http://127.0.0.1:$P_NGX_WRK/index.html"
timeout 10 wrk -t1 -c2 -d1s --timeout 2s -s "$WORK/stop.lua" "http://127.0.0.1:$P_NGX_WRK/index.html" >"$WORK/wrk.out" 2>&1 \
    || { cat "$WORK/wrk.out" >&2; die "wrk failed"; }
sed 's/^/      wrk| /' "$WORK/wrk.out" >&2
stop_capture

# ---------------------------------------------------- 4. nginx + pipelining
start_capture "$OUT_DIR/real-nginx-pipeline.pcap" "$P_NGX_PIPE"
step "$PYTHON tests/tools/pipeline-client.py --host 127.0.0.1 --port $P_NGX_PIPE"
timeout 20 "$PYTHON" "$HERE/pipeline-client.py" --host 127.0.0.1 --port "$P_NGX_PIPE" 2>&1 | sed 's/^/      /' >&2 \
    || die "pipeline client failed"
stop_capture

stop_server "$NGX_PID"

# ------------------------------------------------ 5. python http.server, IPv6
port_free "$P_PYHTTP6"
log "start python http.server on [::1]:$P_PYHTTP6"
"$PYTHON" -m http.server -b ::1 -d "$WWW" "$P_PYHTTP6" >"$WORK/pyhttp6.log" 2>&1 &
PY6_PID=$!
SERVER_PIDS+=("$PY6_PID")
wait_http "$PY6_PID" "http://[::1]:$P_PYHTTP6/hello.txt" || { cat "$WORK/pyhttp6.log" >&2; die "python http.server (::1) failed to start"; }

U="http://[::1]:$P_PYHTTP6"
start_capture "$OUT_DIR/real-pyhttp-ipv6.pcap" "$P_PYHTTP6"
c "$U/"                                                             # 200 (index.html)
c "$U/hello.txt"                                                    # 200
stop_capture
stop_server "$PY6_PID"

log "done:"
ls -l "$OUT_DIR"/real-*.pcap >&2
