#!/bin/sh
# mkcorpus.sh: rebuild the seed corpora in tests/fuzz/corpus/ from tests/stream/*.t, tests/fuzz/seeds/*.t and pcaps/.
#
# usage: tests/fuzz/mkcorpus.sh [OUTDIR]   (default: tests/fuzz/corpus; needs python3)
#
#   corpus/fuzz_h1/      every transcript in fuzz_h1's record encoding (see fuzz_h1.c), twice:
#                        NAME (chunks as in the file) and NAME-split (each chunk cut in two,
#                        tight limits)
#   corpus/fuzz_decode/  the frames of each small classic pcap in fuzz_decode's encoding
#                        (see fuzz_decode.c): link byte from the file's link type, mode 0x20
#   corpus/fuzz_pcap/    small capture files copied from pcaps/ (pcap, pcapng, gzip)
#   corpus/fuzz_escape/  a few byte strings (UTF-8 edge cases, control bytes)
#
# The output directory is emptied first. Keep the total under 1 MB.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$top/tests/fuzz/corpus}
command -v python3 >/dev/null 2>&1 || { echo "mkcorpus: python3 is needed" >&2; exit 2; }
for h in fuzz_h1 fuzz_decode fuzz_pcap fuzz_escape; do
    rm -rf "$out/$h"
    mkdir -p "$out/$h"
done

python3 - "$top" "$out" <<'EOF'
import glob, math, os, re, shutil, struct, sys

top, out = sys.argv[1], sys.argv[2]

# ---- fuzz_h1: transcripts (same format as tests/tools/stream-driver.c) --------------
def parse_t(path):
    chunks, cur, midstream, decode = [], None, False, False
    with open(path, 'rb') as f:
        for raw in f:
            line = raw.rstrip(b'\n')
            if line.startswith(b'>>>') or line.startswith(b'<<<'):
                d = 1 if line.startswith(b'<<<') else 0
                m = re.match(rb'^... gap (\d+)', line)
                if m:
                    chunks.append((d, 'gap', int(m.group(1))))
                    cur = None
                else:
                    cur = bytearray()
                    chunks.append((d, 'data', cur))
                continue
            if cur is None:
                if line.startswith(b'%midstream'):
                    midstream = True
                elif line.startswith(b'%decode-bodies'):
                    decode = True
                continue
            i = 0
            while i < len(line):
                c = line[i]
                if c != 0x5c:  # backslash
                    cur.append(c); i += 1; continue
                e = line[i + 1:i + 2]
                if e == b'x':
                    cur.append(int(line[i + 2:i + 4], 16)); i += 4; continue
                cur.append({b'r': 13, b'n': 10, b't': 9, b'0': 0, b'\\': 92}[e]); i += 2
    return chunks, midstream, decode

def enc_data(d, b):
    o = bytearray()
    for k in range(0, len(b), 8191):
        piece = b[k:k + 8191]
        n = len(piece)
        if n < 32:
            o.append(d << 7 | n)
        else:
            o += bytes([d << 7 | 1 << 5 | n >> 8, n & 255])
        o += piece
    return o

def enc_gap(d, n):
    o = bytearray()
    while n > 0:
        g = min(n, 8192)
        o += bytes([d << 7 | 2 << 5 | (g - 1) >> 8, (g - 1) & 255])
        n -= g
    return o

def enc_h1(chunks, flags, split):
    o = bytearray([flags])
    for d, kind, v in chunks:
        if kind == 'gap':
            o += enc_gap(d, v)
        elif split and len(v) > 1:
            h = len(v) // 2
            o += enc_data(d, bytes(v[:h])) + enc_data(d, bytes(v[h:]))
        else:
            o += enc_data(d, bytes(v))
    return bytes(o)

ts = sorted(glob.glob(os.path.join(top, 'tests/stream/*.t'))) + \
     sorted(glob.glob(os.path.join(top, 'tests/fuzz/seeds/*.t')))
nh1 = 0
for t in ts:
    chunks, mid, dec = parse_t(t)
    name = os.path.basename(t)[:-2]
    if 'tests/fuzz/seeds' in t:
        name = 'seed-' + name
    flags = (1 if mid else 0) | (2 if dec else 0)
    for suffix, fl, split in (('', flags, False), ('-split', flags | 4, True)):
        b = enc_h1(chunks, fl, split)
        if len(b) > 16384:
            continue  # big inputs slow every mutation down; tight limits reach the same code
        with open(os.path.join(out, 'fuzz_h1', name + suffix), 'wb') as f:
            f.write(b)
        nh1 += 1

# ---- pcaps --------------------------------------------------------------------------
LINK = {1: 1, 113: 2, 276: 3, 101: 4, 12: 4, 14: 4, 228: 5, 229: 6, 0: 7, 108: 8}

def read_pcap(path):
    b = open(path, 'rb').read()
    if len(b) < 24:
        return None
    magic = b[:4]
    if magic in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1'):
        e = '<'
    elif magic in (b'\xa1\xb2\xc3\xd4', b'\xa1\xb2\x3c\x4d'):
        e = '>'
    else:
        return None  # pcapng, gzip: fuzz_pcap only
    nano = magic in (b'\x4d\x3c\xb2\xa1', b'\xa1\xb2\x3c\x4d')
    linktype = struct.unpack(e + 'I', b[20:24])[0] & 0x0fffffff
    recs, off = [], 24
    while off + 16 <= len(b):
        sec, frac, incl, orig = struct.unpack(e + 'IIII', b[off:off + 16])
        off += 16
        if off + incl > len(b):
            break
        recs.append((sec * 1000000 + (frac // 1000 if nano else frac), b[off:off + incl]))
        off += incl
    return linktype, recs

ndec = 0
pcaps = sorted(glob.glob(os.path.join(top, 'pcaps/*')))
for p in pcaps:
    if os.path.getsize(p) > 6000:
        continue
    r = read_pcap(p)
    if not r or r[0] not in LINK:
        continue
    linktype, recs = r
    o = bytearray([LINK[linktype], 0x20])
    prev = recs[0][0] if recs else 0
    for t, frame in recs[:64]:
        ms = max(0, t - prev) / 1000.0
        prev = t
        step = min(255, int(math.ceil(math.sqrt(ms)))) if ms > 0 else 0
        o += struct.pack('>HB', len(frame), step) + frame
    if len(o) > 16384:
        continue
    name = os.path.basename(p).rsplit('.', 1)[0]
    with open(os.path.join(out, 'fuzz_decode', name), 'wb') as f:
        f.write(o)
    ndec += 1

npcap = 0
for p in pcaps:
    base = os.path.basename(p)
    if base.endswith('.md') or os.path.getsize(p) > 6000:
        continue
    shutil.copyfile(p, os.path.join(out, 'fuzz_pcap', base))
    npcap += 1

# ---- fuzz_escape ----------------------------------------------------------------------
esc = {
    'ascii': b'GET /index.html HTTP/1.1',
    'controls': bytes(range(0, 32)) + b'\x7f"\\',
    'utf8-valid': 'h\u00e9llo \u20ac \U0001f600 \u2028'.encode(),
    'utf8-edges': b'\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xf0\x90\x80\x80\xf4\x8f\xbf\xbf',
    'utf8-invalid': b'\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xf4\x90\x80\x80\xf8\x88\x80\x80\x80\xff\xfe\x80',
    'truncated': b'ab\xe2\x82',
    'terminal': b'\x1b[2J\x1b]0;title\x07\x9b31m',
}
for k, v in esc.items():
    with open(os.path.join(out, 'fuzz_escape', k), 'wb') as f:
        f.write(v)

total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
print('mkcorpus: %d fuzz_h1, %d fuzz_decode, %d fuzz_pcap, %d fuzz_escape inputs, %d bytes'
      % (nh1, ndec, npcap, len(esc), total))
EOF
