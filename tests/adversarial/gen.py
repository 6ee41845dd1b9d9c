#!/usr/bin/env python3
"""gen.py: deterministic generator of hostile captures for httpsift's adversarial tests.

Usage:
    gen.py list                      the cases, one per line: NAME KIND (fixture | stream)
    gen.py CASE [OUT [N]]            write CASE as classic pcap to OUT (default or "-": stdout);
                                     N overrides the size of the cases that take one
    gen.py fixtures DIR              write every committed fixture case to DIR/adv-CASE.pcap
                                     (DIR/adv-CASE.pcap.gz for the ones kept compressed)
    gen.py bomb-gz OUT               write the gzip-bomb body alone (for inspection)
    gen.py show JSONL                one line per httpsift JSON Lines record, for grep

Python 3 standard library only; no clock, no randomness: the same command gives the same bytes.
Classic pcap, little-endian, microsecond timestamps, LINKTYPE_ETHERNET unless the case says
otherwise. Ethernet/IPv4/TCP lengths are exact unless the case lies about them on purpose;
checksums are zero (httpsift never verifies them). The clock starts at 1700000000.000000 and
moves 1 ms per packet unless a case says otherwise.

Every case that can go on after its hostile part ends with a clean exchange on another
connection, 10.0.0.9:50000 > 10.0.0.2:80 "GET /after" -> 200 "hello", that the tests expect
in the output: processing must continue past the hostile input.

"fixture" cases are small and committed as pcaps/adv-NAME.pcap; "stream" cases are big and
generated at test time (into a pipe or a temp file), never committed.
"""
import struct
import sys
import zlib

T0 = 1700000000 * 1000000          # µs
ETH_IPV4 = 0x0800
F_FIN, F_SYN, F_RST, F_PSH, F_ACK = 0x01, 0x02, 0x04, 0x08, 0x10
MAC_C = bytes.fromhex('020000000001')
MAC_S = bytes.fromhex('020000000002')
SRV = '10.0.0.2'


def ip4(a):
    return bytes(int(x) for x in a.split('.'))


class Writer:
    """Classic pcap writer with a packet clock (µs)."""

    def __init__(self, out, snaplen=262144, linktype=1, magic=0xa1b2c3d4, vmaj=2, vmin=4):
        self.out = out
        self.t = T0
        self.step = 1000
        out.write(struct.pack('<IHHiIII', magic, vmaj, vmin, 0, 0, snaplen, linktype))

    def rec(self, data, caplen=None, wirelen=None, body=None):
        """One record; caplen/wirelen default to len(data); body (default data) is what
        follows the record header, so a record can lie about its length."""
        caplen = len(data) if caplen is None else caplen
        wirelen = len(data) if wirelen is None else wirelen
        sec, usec = divmod(self.t, 1000000)
        self.out.write(struct.pack('<IIII', sec, usec, caplen, wirelen))
        self.out.write(data if body is None else body)
        self.t += self.step


def eth(payload, ethertype=ETH_IPV4, c2s=True):
    d, s = (MAC_S, MAC_C) if c2s else (MAC_C, MAC_S)
    return d + s + struct.pack('>H', ethertype) + payload


def ipv4(src, dst, payload, proto=6, ident=0, frag_off=0, mf=False, total=None, ihl=5,
         df=True, opts=b''):
    flags = (0x4000 if df and not mf and frag_off == 0 else 0) | (0x2000 if mf else 0)
    tl = 4 * ihl + len(payload) if total is None else total
    hdr = struct.pack('>BBHHHBBH4s4s', 0x40 | (ihl & 15), 0, tl & 0xffff, ident,
                      flags | ((frag_off // 8) & 0x1fff), 64, proto, 0, ip4(src), ip4(dst))
    return hdr + opts + payload


def tcp(sport, dport, seq, ack, flags, payload=b'', doff=5, opts=b'', win=65535):
    hdr = struct.pack('>HHIIBBHHH', sport, dport, seq & 0xffffffff, ack & 0xffffffff,
                      (doff & 15) << 4, flags, win, 0, 0)
    return hdr + opts + payload


class Conn:
    """A TCP connection between client cip:cport and server sip:sport on writer w."""

    def __init__(self, w, cip, cport, sip=SRV, sport=80, cisn=1000000, sisn=5000000):
        self.w, self.cip, self.cport, self.sip, self.sport = w, cip, cport, sip, sport
        self.cseq, self.sseq = cisn, sisn       # next sequence number of each side
        self.ident = 1

    def seg(self, c2s, flags, payload=b'', seq=None, ack=None, **kw):
        """Build one Ethernet frame (not written)."""
        if c2s:
            src, dst, sp, dp = self.cip, self.sip, self.cport, self.sport
            s, a = self.cseq, self.sseq
        else:
            src, dst, sp, dp = self.sip, self.cip, self.sport, self.cport
            s, a = self.sseq, self.cseq
        s = s if seq is None else seq
        a = a if ack is None else ack
        ipkw = {k: kw.pop(k) for k in ('total', 'ihl') if k in kw}
        t = tcp(sp, dp, s, a, flags, payload, **kw)
        self.ident = (self.ident + 1) & 0xffff
        return eth(ipv4(src, dst, t, ident=self.ident, **ipkw), c2s=c2s)

    def send(self, c2s, flags, payload=b'', advance=True, **kw):
        self.w.rec(self.seg(c2s, flags, payload, **kw))
        if advance:
            n = len(payload) + (1 if flags & (F_SYN | F_FIN) else 0)
            if c2s:
                self.cseq += n
            else:
                self.sseq += n

    def handshake(self):
        self.send(True, F_SYN)
        self.send(False, F_SYN | F_ACK)
        self.send(True, F_ACK)

    def data(self, c2s, payload, mss=1448, ack=True):
        for i in range(0, len(payload), mss):
            self.send(c2s, F_ACK | F_PSH, payload[i:i + mss])
        if ack:
            self.send(not c2s, F_ACK)

    def close(self):
        self.send(True, F_FIN | F_ACK)
        self.send(False, F_FIN | F_ACK)
        self.send(True, F_ACK)


RESP_OK = b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello'


def exchange(w, cip, cport, uri, resp=RESP_OK, req=None):
    """A clean connection: handshake, one request, one response, FINs."""
    c = Conn(w, cip, cport)
    c.handshake()
    c.data(True, req if req is not None else
           b'GET ' + uri + b' HTTP/1.1\r\nHost: ok.test\r\n\r\n')
    c.data(False, resp)
    c.close()
    return c


def after(w):
    """The clean exchange after the hostile part that every test expects to be reported."""
    exchange(w, '10.0.0.9', 50000, b'/after')


# ---------------------------------------------------------------------------------------------
# Fixture cases (small, committed as pcaps/adv-NAME.pcap)

def case_trunc_record(out):
    """A clean exchange (/before), then a record header announcing 200 captured bytes of which
    only 50 are in the file: the file ends in the middle of a record's data."""
    w = Writer(out)
    exchange(w, '10.0.0.1', 40000, b'/before')
    frame = Conn(w, '10.0.0.1', 40001).seg(True, F_SYN)
    frame = frame + bytes(200 - len(frame))
    w.rec(frame, body=frame[:50])


def case_hdr_short(out):
    """A file shorter than the 24-byte pcap global header."""
    out.write(struct.pack('<IHH', 0xa1b2c3d4, 2, 4) + b'\0\0')


def case_hdr_version(out):
    """Global header with version 1.0 (archaic), then a normal exchange."""
    w = Writer(out, vmaj=1, vmin=0)
    after(w)


def case_hdr_snaplen0(out):
    """Global header with snaplen 0, then a normal exchange."""
    w = Writer(out, snaplen=0)
    after(w)


def case_hdr_snaplen_huge(out):
    """Global header with snaplen 0xffffffff, then a normal exchange."""
    w = Writer(out, snaplen=0xffffffff)
    after(w)


def case_hdr_linktype(out):
    """Global header with an unassigned link type (0xfff0)."""
    w = Writer(out, linktype=0xfff0)
    after(w)


def case_caplen_snaplen(out):
    """File snaplen 128; the request frame (269 bytes) is recorded whole: caplen 269 > snaplen
    (all bytes present, wire length = caplen). Then a normal exchange (its frames are all
    shorter than 128 bytes)."""
    w = Writer(out, snaplen=128)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    req = b'GET /big HTTP/1.1\r\nHost: ok.test\r\nX-Pad: ' + b'p' * 170 + b'\r\n\r\n'
    c.data(True, req)
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_caplen_huge(out):
    """A clean exchange (/before), then a record with caplen 300000 > the largest snapshot
    length libpcap accepts (262144), all 300000 bytes present; then a normal exchange."""
    w = Writer(out)
    exchange(w, '10.0.0.1', 40000, b'/before')
    frame = Conn(w, '10.0.0.1', 40001).seg(True, F_SYN)
    frame = frame + bytes(300000 - len(frame))
    w.rec(frame)
    after(w)


def case_caplen_wirelen(out):
    """Records whose caplen exceeds the wire length: the request segment (caplen 88) claims a
    wire length of 60, a pure ACK claims 20 (less than Ethernet+IP), and a SYN claims 0.
    Then a normal exchange."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    req = b'GET /w HTTP/1.1\r\nHost: ok.test\r\n\r\n'
    f = c.seg(True, F_ACK | F_PSH, req)
    w.rec(f, wirelen=60)
    c.cseq += len(req)
    w.rec(c.seg(False, F_ACK), wirelen=20)
    c.data(False, RESP_OK)
    c.close()
    c2 = Conn(w, '10.0.0.1', 40001)
    w.rec(c2.seg(True, F_SYN), wirelen=0)
    after(w)


def case_zero_len(out):
    """Records of caplen 0 (wire length 0, and wire length 60), caplen 1, caplen 14 (Ethernet
    header only) and caplen 20 (Ethernet + 6 bytes of IP); then a normal exchange."""
    w = Writer(out)
    w.rec(b'', wirelen=0)
    w.rec(b'', wirelen=60)
    syn = Conn(w, '10.0.0.1', 40000).seg(True, F_SYN)
    w.rec(syn[:1], wirelen=1)
    w.rec(syn[:14], wirelen=14)
    w.rec(syn[:20], wirelen=20)
    after(w)


def case_iplen_long(out):
    """On an established connection (/ok request follows), IPv4 headers that lie: total length
    1500 on a 73-byte frame (not cut: wire length = caplen), total length 65535, total length
    10 (< header), IHL 3 (< 5), IHL 15 (60 bytes, past the frame). Each carries request bytes
    that must not be used. Then the real request, response, and a normal exchange."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    bad = b'GET /bad HTTP/1.1\r\n'
    for kw in ({'total': 1500}, {'total': 65535}, {'total': 10}, {'ihl': 3}, {'ihl': 15}):
        w.rec(c.seg(True, F_ACK | F_PSH, bad, **kw))
    c.data(True, b'GET /ok HTTP/1.1\r\nHost: ok.test\r\n\r\n')
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_tcp_doff(out):
    """On an established connection, segments whose TCP data offset is 0, 4 (below 5) and 15
    (60 bytes, past the 28-byte segment), each carrying bytes that must not be used; then the
    real request/response and a normal exchange."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    bad = b'GET /bad'
    for d in (0, 4, 15):
        w.rec(c.seg(True, F_ACK | F_PSH, bad, doff=d))
    c.data(True, b'GET /ok HTTP/1.1\r\nHost: ok.test\r\n\r\n')
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_overlap_tcp(out):
    """Overlapping TCP segments with different data; the first copy must win.
    Client: bytes 0..20 of "GET /aaaaaaaa HTTP/1.1...", then bytes 4..24 with 4..13 saying
    "/bbbbbbbb" (overlaps bytes already delivered), then 20..end (overlaps the previous one).
    Server: response bytes 20..end first (buffered out of order), then a segment covering the
    whole response whose bytes 20..end differ ("XXX...WORLD": conflicts with the buffered copy),
    then the last 5 bytes again as "JELLO" (all already delivered: a retransmission).
    Then a normal exchange. Expected: uri /aaaaaaaa, body "hello"."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    req = b'GET /aaaaaaaa HTTP/1.1\r\nHost: ok.test\r\n\r\n'
    base = c.cseq
    w.rec(c.seg(True, F_ACK | F_PSH, req[:20]))
    # overlap: bytes 4..24 with different content in 4..13 ("/bbbbbbbb" for "/aaaaaaaa")
    w.rec(c.seg(True, F_ACK | F_PSH, b'/bbbbbbbb' + req[13:24], seq=base + 4))
    w.rec(c.seg(True, F_ACK | F_PSH, req[20:], seq=base + 20))
    c.cseq = base + len(req)
    c.send(False, F_ACK)
    resp = RESP_OK
    sbase = c.sseq
    # second half first (buffered out of order)
    w.rec(c.seg(False, F_ACK | F_PSH, resp[20:], seq=sbase + 20))
    # a segment covering everything, its second half differs from the buffered copy
    w.rec(c.seg(False, F_ACK | F_PSH, resp[:20] + b'X' * (len(resp) - 25) + b'WORLD',
                seq=sbase))
    # the tail again, different from the delivered copy
    w.rec(c.seg(False, F_ACK | F_PSH, b'JELLO', seq=sbase + len(resp) - 5))
    c.sseq = sbase + len(resp)
    c.send(True, F_ACK)
    c.close()
    after(w)


def frag_frames(c, c2s, payload, pieces, ident):
    """IPv4 fragments of one TCP segment (header + payload) of connection c.
    pieces: list of (offset, length, override-bytes-or-None); offsets are byte offsets in the
    IP payload (multiples of 8 except where a case lies)."""
    full = c.seg(c2s, F_ACK | F_PSH, payload)[14 + 20:]       # the TCP segment
    src, dst = (c.cip, c.sip) if c2s else (c.sip, c.cip)
    frames = []
    for off, ln, data in pieces:
        d = full[off:off + ln] if data is None else data
        last = off + ln >= len(full)
        frames.append(eth(ipv4(src, dst, d, ident=ident, frag_off=off, mf=not last), c2s=c2s))
    return frames, full


def case_frag_overlap(out):
    """IPv4 fragments of the request segment (20-byte TCP header + 40-byte request
    "GET /frag/aaaaaaaa ...") with overlaps: [0,32), then [24,48) whose bytes 24..32 say
    "/frag/bb" instead of "/frag/aa" (conflict), [40,56) (identical overlap), [48,60). First
    copy wins. Then a datagram whose fragment ends past 65535 (offset 65528 + 16 bytes), and
    70 fragments of one datagram (> --frag-max-fragments 64). Then the response and a normal
    exchange. Expected: uri /frag/aaaaaaaa, overlaps and conflicts counted."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    req = b'GET /frag/aaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n'
    assert len(req) == 40
    frames, full = frag_frames(c, True, req, [(0, 32, None), (24, 24, None),
                                                (40, 16, None), (48, 12, None)], ident=0x1111)
    f2 = bytearray(frames[1])
    assert f2[14 + 20:14 + 28] == b'/frag/aa'
    f2[14 + 20:14 + 28] = b'/frag/bb'
    frames[1] = bytes(f2)
    for f in frames:
        w.rec(f)
    c.cseq += len(req)
    c.send(False, F_ACK)
    # a fragment ending past 65535: offset 65528, 16 bytes (last fragment)
    w.rec(eth(ipv4(c.cip, c.sip, b'Q' * 16, ident=0x2222, frag_off=65528)))
    # 70 fragments of 8 bytes of one datagram (never completed)
    for k in range(70):
        w.rec(eth(ipv4(c.cip, c.sip, b'R' * 8, ident=0x3333, frag_off=8 * k, mf=True)))
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_ts_future(out):
    """A clean exchange (/before) at 2023-11-14, then one connection (10.0.0.7:41000) whose SYN
    and RST carry a timestamp in 2106 (0xfffffff0 s: a corrupt or hostile record time), then
    the normal exchange one second after /before."""
    w = Writer(out)
    exchange(w, '10.0.0.1', 40000, b'/before')
    back = w.t
    w.t = 0xfffffff0 * 1000000
    c = Conn(w, '10.0.0.7', 41000)
    c.send(True, F_SYN)
    c.send(True, F_RST, advance=False)
    w.t = back + 1000000
    after(w)


CHUNK_CASES = [
    # (uri, chunk-size line, what follows)
    (b'/c2e64', b'10000000000000000', b'hello\r\n0\r\n\r\n'),          # 2^64, 17 digits
    (b'/c2e64m1', b'FFFFFFFFFFFFFFFF', b'hello'),                      # 2^64-1, 16 digits
    (b'/c2e64m1-17', b'0FFFFFFFFFFFFFFFF', b'hello'),                  # 2^64-1, 17 digits
    (b'/c2e68', b'100000000000000000', b'hello\r\n0\r\n\r\n'),         # 2^68, 18 digits
    (b'/cl2e64', None, b'HTTP/1.1 200 OK\r\nContent-Length: 18446744073709551616\r\n\r\nhello'),
    (b'/cl2e64m1', None, b'HTTP/1.1 200 OK\r\nContent-Length: 18446744073709551615\r\n\r\nhello'),
]


def case_chunk_huge(out):
    """One connection per chunk-size: 2^64 (17 hex digits), 2^64-1 (16 digits), 2^64-1 written
    with 17 digits (leading 0), 2^68; and Content-Length 2^64 and 2^64-1. Each response ends
    with the server's FIN. Then a normal exchange."""
    w = Writer(out)
    for i, (uri, size, rest) in enumerate(CHUNK_CASES):
        if size is None:
            resp = rest
        else:
            resp = (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' + size + b'\r\n'
                    + rest)
        exchange(w, '10.0.0.1', 40000 + i, uri, resp=resp)
    after(w)


# ---------------------------------------------------------------------------------------------
# Stream cases (big: generated at test time)

def case_synflood(out, n=1000000):
    """n SYNs from n distinct client endpoints to 10.0.0.2:80, 1 µs apart, never answered;
    then a normal exchange. SYN i comes from 10.(1 + h >> 16).(h >> 8 & 255).(h & 255) port
    1024 + i % 50000, where h = i // 50000, with initial sequence number 0x10000000 + i."""
    w = Writer(out)
    w.step = 1
    tmpl = bytearray(struct.pack('<IIII', 0, 0, 54, 54) +
                     Conn(w, '10.1.0.0', 1024).seg(True, F_SYN))
    # offsets in the record: 16 (pcap) + 14 (eth) + 12 (IP source); + 20 (TCP source port)
    buf = bytearray(len(tmpl) * 4096)
    k = 0
    rl = len(tmpl)
    pack_into = struct.pack_into
    for i in range(n):
        o = k * rl
        buf[o:o + rl] = tmpl
        t = w.t + i
        pack_into('<II', buf, o, t // 1000000, t % 1000000)
        h = i // 50000
        pack_into('>BBBB', buf, o + 16 + 14 + 12, 10, 1 + (h >> 16), (h >> 8) & 255, h & 255)
        pack_into('>HHI', buf, o + 16 + 14 + 20, 1024 + i % 50000, 80, 0x10000000 + i)
        k += 1
        if k == 4096:
            out.write(buf)
            k = 0
    out.write(buf[:k * rl])
    w.t += n
    w.step = 1000
    after(w)


def case_longline(out, size=100 * 1024 * 1024):
    """A request whose first header line is `size` bytes long ("X-Long: aaaa..." without CRLF
    until the end), streamed in 1448-byte segments; the server ACKs every 64 segments; the
    line is finally ended and the request completed, the server answers 200 and both close.
    Then a normal exchange."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    c.data(True, b'GET /long HTTP/1.1\r\nHost: ok.test\r\nX-Long: ', ack=False)
    mss = 1448
    chunk = b'a' * mss
    n = size // mss
    w.step = 10
    for i in range(n):
        c.send(True, F_ACK, chunk)
        if i % 64 == 63:
            c.send(False, F_ACK)
    w.step = 1000
    c.data(True, b'\r\n\r\n')
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_headers100k(out, n=100000):
    """A request with n header fields "x-NNNNNN: v\\r\\n" (1.5 MB header block), the last one
    Content-Length: 4 and a 4-byte body; response 200; then a normal exchange."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    hdr = b''.join(b'x-%06d: v\r\n' % i for i in range(n - 1))
    req = b'POST /h100k HTTP/1.1\r\nHost: ok.test\r\n' + hdr + b'Content-Length: 4\r\n\r\nbody'
    c.data(True, req)
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_pipeline10k(out, n=10000):
    """One connection: n pipelined GET requests (/p0 .. /p9999), 8 per segment, never
    answered (the server only ACKs), then both FIN. Then a normal exchange."""
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    reqs = [b'GET /p%d HTTP/1.1\r\nHost: ok.test\r\n\r\n' % i for i in range(n)]
    for i in range(0, n, 8):
        c.send(True, F_ACK | F_PSH, b''.join(reqs[i:i + 8]))
        c.send(False, F_ACK)
    c.close()
    after(w)


def bomb_body(size_mib=1024):
    """gzip (RFC 1952, mtime 0) of size_mib MiB of zero bytes (~1 KB of deflate per MiB).
    Made quickly and deterministically: each MiB is compressed by zlib level 9 and ended with
    a full flush, which resets the compressor, so every MiB compresses to the same bytes."""
    z = bytes(1 << 20)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(z) + co.flush(zlib.Z_FULL_FLUSH)
    tail = co.flush()
    crc = 0
    for _ in range(size_mib):
        crc = zlib.crc32(z, crc)
    return (b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff' + block * size_mib + tail +
            struct.pack('<II', crc, (size_mib << 20) & 0xffffffff))


def case_gzipbomb(out):
    """A 200 response with Content-Encoding: gzip and a Content-Length body that is 1 GiB of
    zeros gzip'd (1061908 bytes, ratio 1011); then a normal exchange."""
    body = bomb_body()
    w = Writer(out)
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    c.data(True, b'GET /bomb HTTP/1.1\r\nHost: ok.test\r\nAccept-Encoding: gzip\r\n\r\n')
    resp = (b'HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n'
            b'Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n' % len(body)) + body
    w.step = 10
    c.data(False, resp)
    w.step = 1000
    c.close()
    after(w)


def case_slowloris(out, size=60 * 1024):
    """One connection sends a `size`-byte request header block (~4 KB field lines) one byte
    per packet, 1 s of packet time apart (~17 h in all, each pause below --tcp-timeout), the
    server ACKing every 100 bytes; then the server answers 200. Another clean connection
    (/mid) runs in the middle of it, and a normal exchange follows."""
    head = b'GET /slow HTTP/1.1\r\nHost: ok.test\r\n'
    line = b'X-Slow-%02d: '
    hdr = bytearray(head)
    k = 0
    while len(hdr) < size - 4100:
        hdr += (line % k) + b's' * 4000 + b'\r\n'
        k += 1
    hdr += b'X-Fill: ' + b'f' * (size - len(hdr) - 12) + b'\r\n\r\n'
    assert len(hdr) == size, len(hdr)
    w = Writer(out)
    w.step = 1000000
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    mid = len(hdr) // 2
    for i in range(len(hdr)):
        c.send(True, F_ACK | F_PSH, hdr[i:i + 1])
        if i % 100 == 99:
            c.send(False, F_ACK)
        if i == mid:
            w.step = 1000
            exchange(w, '10.0.0.5', 45000, b'/mid')
            w.step = 1000000
    w.step = 1000
    c.send(False, F_ACK)
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_headers100k_dup(out, n=100000):
    """Repeated fields that the checks look at one by one, n/2 of each kind (run with
    --max-fields 1048576 --max-header-bytes 4M so that all are kept):
    conn 1: request /dup with n/2 "Host: ok.test" and n/2 "User-Agent: x" fields; response 200
    with n/2 "Content-Length: 5" and a last "Content-Length: x" (invalid: read to close);
    conn 2: request /dup204, response 204 with n/2 "Content-Length: 1" fields.
    Then a normal exchange."""
    w = Writer(out)
    h = n // 2
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    c.data(True, b'GET /dup HTTP/1.1\r\n' + b'Host: ok.test\r\n' * h + b'User-Agent: x\r\n' * h +
           b'\r\n')
    c.data(False, b'HTTP/1.1 200 OK\r\n' + b'Content-Length: 5\r\n' * h +
           b'Content-Length: x\r\n\r\nhello')
    c.close()
    c = Conn(w, '10.0.0.1', 40001)
    c.handshake()
    c.data(True, b'GET /dup204 HTTP/1.1\r\nHost: ok.test\r\n\r\n')
    c.data(False, b'HTTP/1.1 204 No Content\r\n' + b'Content-Length: 1\r\n' * h + b'\r\n')
    c.close()
    after(w)


def case_slowloris_line(out, size=60 * 1024):
    """Like slowloris, but the header block is one 60 KB field line (run with --max-line 1M),
    one byte per packet, 1 s apart; then the response and a normal exchange."""
    hdr = b'GET /slowline HTTP/1.1\r\nHost: ok.test\r\nX-Big: '
    hdr += b'b' * (size - len(hdr) - 4) + b'\r\n\r\n'
    w = Writer(out)
    w.step = 1000000
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    for i in range(len(hdr)):
        c.send(True, F_ACK | F_PSH, hdr[i:i + 1])
        if i % 100 == 99:
            c.send(False, F_ACK)
    w.step = 1000
    c.send(False, F_ACK)
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_ooo_tiny(out, n=100000):
    """A POST whose first byte is held back: its next n bytes arrive as n one-byte segments
    in ascending order (all out of order, behind the 1-byte hole), then the first byte, then
    the rest. The request has a Content-Length: 100000 body; n = 100000 payload bytes are far
    below --max-ooo-bytes (1M), so with --max-ooo-segments 1048576 all of them are buffered
    (with the default 1024 the hole is given up at the 1025th: the request line then starts
    "OST /ooo", still a request). Then the response and a normal exchange."""
    w = Writer(out)
    w.step = 10
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    req = b'POST /ooo HTTP/1.1\r\nHost: ok.test\r\nContent-Length: 100000\r\n\r\n' + b'o' * 100000
    assert n < len(req)
    base = c.cseq
    for i in range(1, n + 1):
        w.rec(c.seg(True, F_ACK, req[i:i + 1], seq=base + i))
    w.rec(c.seg(True, F_ACK, req[0:1], seq=base))
    w.rec(c.seg(True, F_ACK | F_PSH, req[n + 1:], seq=base + n + 1))
    c.cseq = base + len(req)
    c.send(False, F_ACK)
    w.step = 1000
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_ooo_far_tail(out, n=100000, holes=False):
    """A POST whose headers arrive in order and whose body's first byte is held back. The
    body's last 1000 bytes come first (far ahead, so appending after the last held segment
    never applies), then n one-byte segments in ascending order below them (with holes: each
    behind a one-byte hole of its own), then the first byte. n = 100000 payload bytes are far
    below --max-ooo-bytes (1M); only the out-of-order segment count (--max-ooo-segments)
    stops the list from growing, and with it the cost of each insert. Then the response and
    a normal exchange."""
    stride = 2 if holes else 1
    w = Writer(out)
    w.step = 10
    c = Conn(w, '10.0.0.1', 40000)
    c.handshake()
    body = b'o' * (stride * n + 1001)
    c.data(True, b'POST /far HTTP/1.1\r\nHost: ok.test\r\nContent-Length: %d\r\n\r\n' % len(body),
           ack=False)
    base = c.cseq
    w.rec(c.seg(True, F_ACK | F_PSH, body[stride * n + 1:], seq=base + stride * n + 1))
    for i in range(n):
        w.rec(c.seg(True, F_ACK, b'o', seq=base + stride * i + 1))
    w.rec(c.seg(True, F_ACK, body[0:1], seq=base))
    c.cseq = base + len(body)
    c.send(False, F_ACK)
    w.step = 1000
    c.data(False, RESP_OK)
    c.close()
    after(w)


def case_ooo_far_tail_holes(out, n=100000):
    """ooo-far-tail with a one-byte hole before every tiny segment: each one past the segment
    limit gives up a hole, the worst case for the walk under the limit."""
    case_ooo_far_tail(out, n, holes=True)


def fat_header(size):
    """A request header block of exactly `size` bytes (1 KB X-Pad lines), ended by CRLF CRLF."""
    hdr = b'GET /fat HTTP/1.1\r\nHost: ok.test\r\n'
    while len(hdr) < size - 1100:
        hdr += b'X-Pad: ' + b'q' * 1000 + b'\r\n'
    return hdr + b'X-End: ' + b'e' * (size - len(hdr) - 11) + b'\r\n\r\n'


def case_pending_flood(out, n=2000, size=32768):
    """n connections (10.1.x.y:40000) each send the first `size` bytes of a header block that
    never ends, and stay open; then a normal exchange. What the parser waits for is held per
    connection; with --memcap 16M it must stay within the budget."""
    w = Writer(out)
    w.step = 10
    hdr = fat_header(size + 4)[:size]
    for i in range(n):
        c = Conn(w, '10.1.%d.%d' % (i >> 8, i & 255), 40000)
        c.handshake()
        c.data(True, hdr)
    w.step = 1000
    after(w)


def case_pipeline_fat(out, nconn=4, nreq=500, size=61440):
    """nconn connections, each pipelining nreq complete requests with a `size`-byte header
    block (60 KB, under --max-header-bytes 64K), never answered, left open; then a normal
    exchange. 120 MB in all; run with --memcap 16M."""
    w = Writer(out)
    w.step = 10
    hdr = fat_header(size)
    for k in range(nconn):
        c = Conn(w, '10.1.0.%d' % (k + 1), 40000)
        c.handshake()
        for i in range(nreq):
            c.data(True, hdr, ack=(i % 16 == 15))
    w.step = 1000
    after(w)


def case_frag_flood(out, n=100000):
    """n first fragments (offset 0, more fragments, 8 bytes) of n different IPv4 datagrams
    (distinct sources 10.A.B.C), never completed; then a normal exchange."""
    w = Writer(out)
    w.step = 10
    for i in range(n):
        src = '10.%d.%d.%d' % (1 + (i >> 16), (i >> 8) & 255, i & 255)
        w.rec(eth(ipv4(src, SRV, b'F' * 8, ident=i & 0xffff, frag_off=0, mf=True)))
    w.step = 1000
    after(w)


CASES = {
    # name: (function, kind, gzip-when-committed)
    'trunc-record': (case_trunc_record, 'fixture', False),
    'hdr-short': (case_hdr_short, 'fixture', False),
    'hdr-version': (case_hdr_version, 'fixture', False),
    'hdr-snaplen0': (case_hdr_snaplen0, 'fixture', False),
    'hdr-snaplen-huge': (case_hdr_snaplen_huge, 'fixture', False),
    'hdr-linktype': (case_hdr_linktype, 'fixture', False),
    'caplen-snaplen': (case_caplen_snaplen, 'fixture', False),
    'caplen-huge': (case_caplen_huge, 'fixture', True),
    'caplen-wirelen': (case_caplen_wirelen, 'fixture', False),
    'zero-len': (case_zero_len, 'fixture', False),
    'iplen-long': (case_iplen_long, 'fixture', False),
    'tcp-doff': (case_tcp_doff, 'fixture', False),
    'overlap-tcp': (case_overlap_tcp, 'fixture', False),
    'frag-overlap': (case_frag_overlap, 'fixture', False),
    'chunk-huge': (case_chunk_huge, 'fixture', False),
    'ts-future': (case_ts_future, 'fixture', False),
    'synflood': (case_synflood, 'stream', False),
    'longline': (case_longline, 'stream', False),
    'headers100k': (case_headers100k, 'stream', False),
    'pipeline10k': (case_pipeline10k, 'stream', False),
    'gzipbomb': (case_gzipbomb, 'stream', False),
    'slowloris': (case_slowloris, 'stream', False),
    'slowloris-line': (case_slowloris_line, 'stream', False),
    'headers100k-dup': (case_headers100k_dup, 'stream', False),
    'ooo-tiny': (case_ooo_tiny, 'stream', False),
    'ooo-far-tail': (case_ooo_far_tail, 'stream', False),
    'ooo-far-tail-holes': (case_ooo_far_tail_holes, 'stream', False),
    'pending-flood': (case_pending_flood, 'stream', False),
    'pipeline-fat': (case_pipeline_fat, 'stream', False),
    'frag-flood': (case_frag_flood, 'stream', False),
}


def fixture_bytes(name):
    import io
    import gzip
    fn, _, gz = CASES[name]
    b = io.BytesIO()
    fn(b)
    data = b.getvalue()
    if gz:
        data = gzip.compress(data, 9, mtime=0)
    return data


def fixture_path(d, name):
    return '%s/adv-%s.pcap%s' % (d, name, '.gz' if CASES[name][2] else '')


def show(path):
    """One line per JSON Lines record of httpsift's output, for the tests to grep:
    txn URI STATUS complete=0|1 anomalies=A,B body=N reqbody=N [decode=D/N]
    flow ID HANDSHAKE END overlaps=C/S conflicts=C/S gaps=C/S gapbytes=C/S
    stray CONN DIR BYTES"""
    import json
    with open(path, 'rb') as f:
        for line in f:
            o = json.loads(line)
            t = o.get('type')
            if t == 'transaction':
                s = 'txn %s %s complete=%d anomalies=%s body=%d reqbody=%d' % (
                    o['uri'], o['status'], o['complete'], ','.join(o['anomalies']) or '-',
                    o['response_body_len'], o['request_body_len'])
                if 'decode' in o:
                    s += ' decode=%s/%d' % (o['decode'], o['response_body_decoded_len'])
            elif t == 'flow':
                def cs(k):
                    return '%d/%d' % (o[k]['c2s'], o[k]['s2c'])
                s = 'flow %d %s %s overlaps=%s conflicts=%s gaps=%s gapbytes=%s' % (
                    o['conn_id'], o['handshake'], o['end'], cs('overlaps'),
                    cs('overlap_conflicts'), cs('gaps'), cs('gap_bytes'))
            elif t == 'stray':
                s = 'stray %d %s %d' % (o['conn_id'], o['direction'], o['bytes'])
            else:
                continue
            print(s)


def main(argv):
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        sys.stdout.write(__doc__)
        return 0 if len(argv) >= 2 else 2
    cmd = argv[1]
    if cmd == 'list':
        for k, (_, kind, gz) in CASES.items():
            print(k, kind)
        return 0
    if cmd == 'fixtures':
        d = argv[2] if len(argv) > 2 else '.'
        for k, (_, kind, _) in CASES.items():
            if kind == 'fixture':
                with open(fixture_path(d, k), 'wb') as f:
                    f.write(fixture_bytes(k))
        return 0
    if cmd == 'show':
        show(argv[2])
        return 0
    if cmd == 'bomb-gz':
        with open(argv[2], 'wb') as f:
            f.write(bomb_body())
        return 0
    if cmd not in CASES:
        sys.stderr.write('gen.py: unknown case %r (gen.py list)\n' % cmd)
        return 2
    path = argv[2] if len(argv) > 2 else '-'
    kw = {'n': int(argv[3])} if len(argv) > 3 else {}
    out = sys.stdout.buffer if path == '-' else open(path, 'wb')
    try:
        CASES[cmd][0](out, **kw)
        out.flush()
    except BrokenPipeError:
        return 1
    if out is not sys.stdout.buffer:
        out.close()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
