#!/bin/sh
# check-reader.sh: httpsift's own read-ahead reader of classic pcap files (src/capture/filerd.c)
# must give exactly what libpcap gives. `-r FILE` takes the reader, `-r - < FILE` goes
# through libpcap; for every fixture and for damaged copies of one (cut at many points,
# an impossible caplen, a caplen above the file's snaplen) the output, the summary, the
# error message and the exit code must be the same, with and without a BPF filter.
# Then files that can be read only once (a pipe, a FIFO) must read like the file itself.
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
hs=$top_builddir/src/httpsift
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# run NAME FILE ARGS...: compare the two paths
run() {
    name=$1 f=$2
    shift 2
    "$hs" -r "$f" "$@" >"$tmp/a.out" 2>"$tmp/a.err"
    echo "exit $?" >>"$tmp/a.out"
    "$hs" -r - "$@" <"$f" >"$tmp/b.out" 2>"$tmp/b.err"
    echo "exit $?" >>"$tmp/b.out"
    # the source is named "stdin" on the libpcap path
    sed "s|$f|stdin|g" "$tmp/a.err" >"$tmp/a.err2"
    verdict "$name ($*)"
}

# verdict NAME: a.out/b.out and a.err2/b.err must be the same
verdict() {
    if cmp -s "$tmp/a.out" "$tmp/b.out" && cmp -s "$tmp/a.err2" "$tmp/b.err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $1"
        diff "$tmp/a.out" "$tmp/b.out" | head -5
        diff "$tmp/a.err2" "$tmp/b.err" | head -5
    fi
}

# once NAME FILE SOURCE CMD...: CMD reads FILE from a path that can be opened and read only
# once (SOURCE, a sed pattern for its name) and must give what `-r FILE` gives
once() {
    name=$1 f=$2 srcname=$3
    shift 3
    "$hs" -r "$f" -o jsonl --flows >"$tmp/a.out" 2>"$tmp/a.err2"
    echo "exit $?" >>"$tmp/a.out"
    "$@" >"$tmp/b.out" 2>"$tmp/b.err1"
    echo "exit $?" >>"$tmp/b.out"
    sed "s|$srcname|$f|g" "$tmp/b.err1" >"$tmp/b.err"
    verdict "$name"
}

for f in "$top_srcdir"/pcaps/*.pcap; do
    n=$(basename "$f" .pcap)
    run "$n" "$f" -o jsonl --flows
    run "$n filtered" "$f" -o jsonl --flows -q 'tcp port 80 or vlan'
done

# Damaged copies of a real capture: a cut in the file header, in record headers, in data.
src=$top_srcdir/pcaps/real-nginx-curl.pcap
size=$(wc -c <"$src")
for cut in 0 10 24 30 39 40 41 100 777 1500 $((size / 2)) $((size - 1)); do
    head -c "$cut" "$src" >"$tmp/cut.pcap"
    run "cut at $cut" "$tmp/cut.pcap" -o jsonl
done
# The first record's caplen (offset 24+8) set to 300000, then to the snaplen + 4 with the
# file's snaplen lowered to 64 (libpcap keeps the first 64 bytes and skips the rest).
python3 - "$src" "$tmp" <<'PY'
import struct, sys
d = bytearray(open(sys.argv[1], 'rb').read())
big = bytearray(d); struct.pack_into('<I', big, 32, 300000)
open(sys.argv[2] + '/big.pcap', 'wb').write(big)
small = bytearray(d); struct.pack_into('<I', small, 16, 64)
open(sys.argv[2] + '/snap64.pcap', 'wb').write(small)
swapped = bytearray(d[:24]); off = 24
# the same file written big-endian
swapped[0:24] = struct.pack('>IHHiIII', *struct.unpack('<IHHiIII', d[:24]))
while off + 16 <= len(d):
    h = struct.unpack('<IIII', d[off:off + 16])
    swapped += struct.pack('>IIII', *h) + d[off + 16:off + 16 + h[2]]
    off += 16 + h[2]
open(sys.argv[2] + '/swapped.pcap', 'wb').write(swapped)
PY
run "caplen 300000" "$tmp/big.pcap" -o jsonl
run "snaplen 64" "$tmp/snap64.pcap" -o jsonl --flows
run "big-endian" "$tmp/swapped.pcap" -o jsonl --flows
"$hs" -r "$src" -o jsonl --flows >"$tmp/le.out" 2>/dev/null
"$hs" -r "$tmp/swapped.pcap" -o jsonl --flows >"$tmp/be.out" 2>/dev/null
if cmp -s "$tmp/le.out" "$tmp/be.out"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: big-endian copy differs from the original"; fi

# Pipes and FIFOs (libpcap reads them, the gzip magic is sniffed without losing a byte): the
# path is opened once, so -r /dev/stdin from a pipe, -r FIFO and -r <(cat FILE) work and
# give what -r FILE gives, for a classic pcap, a damaged copy, a pcapng and a gzip file.
head -c $((size / 2)) "$src" >"$tmp/half.pcap"
mkfifo "$tmp/fifo" || exit 1
limit=
if command -v timeout >/dev/null 2>&1; then limit="timeout 60"; fi
for f in "$src" "$tmp/half.pcap" "$top_srcdir/pcaps/gen-basic.pcapng" \
    "$top_srcdir/pcaps/gen-basic.pcap.gz"; do
    n=$(basename "$f")
    once "$n from a pipe as /dev/stdin" "$f" /dev/stdin \
        sh -c 'cat "$2" | "$1" -r /dev/stdin -o jsonl --flows' sh "$hs" "$f"
    # a writer in the background, stopped if httpsift never opened the FIFO; a reader that
    # opens it twice would wait for a second writer forever, hence the time limit
    cat "$f" >"$tmp/fifo" &
    wpid=$!
    once "$n from a FIFO" "$f" "$tmp/fifo" $limit "$hs" -r "$tmp/fifo" -o jsonl --flows
    kill "$wpid" 2>/dev/null
    wait "$wpid" 2>/dev/null
    if command -v bash >/dev/null 2>&1; then
        once "$n by process substitution" "$f" '/dev/fd/[0-9]*' \
            bash -c '"$1" -r <(cat "$2") -o jsonl --flows' bash "$hs" "$f"
    fi
done

echo "check-reader: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
