#!/usr/bin/env python3
"""gen.py - write tests/escape/escape.pcap: one HTTP/1.1 connection whose
start lines and header fields carry terminal escapes, CR/LF log-injection
attempts, NUL, DEL, C1 controls and invalid UTF-8.

    tests/escape/gen.py [OUT]        # default: escape.pcap next to this file

Python 3 standard library only; the pcap records (Ethernet, IPv4, TCP with
correct checksums) are written here.  The output is deterministic: the same
bytes on every run.  run.sh imports this module for the wire bytes
(MESSAGES) it checks the outputs against.

The connection (10.0.0.1:40000 > 10.0.0.2:80, full handshake, FIN both ways):

  T1  GET with a hostile request-target, Host, header names and values;
      200 with a hostile reason phrase and header values, 5-byte body
  T2  POST with a C1 control (U+009B, CSI) in the target, 3-byte body;
      301 with a hostile Location and a C1 control in the reason
  --  a "request" whose method holds ESC [2J: not a request, so it is
      reported as stray bytes (no response follows)
"""
import os
import struct
import sys

CLIENT = (bytes([10, 0, 0, 1]), 40000)
SERVER = (bytes([10, 0, 0, 2]), 80)
T0 = 1700000000  # 2023-11-14 22:13:20 UTC

# Hostile byte strings -------------------------------------------------------
ESC_CLEAR = b"\x1b[2J"             # ED: clear screen
ESC_TITLE = b"\x1b]0;title\x07"    # OSC 0: set window title, BEL-terminated
C1_CSI = b"\xc2\x9b"               # U+009B (8-bit CSI) as valid UTF-8
BAD_UTF8 = (b"\xff\xfe"            # never valid in UTF-8
            b" \xc0\xaf"           # overlong '/'
            b" \xe0\x80\xaf"       # overlong '/', 3 bytes
            b" \xed\xa0\x80"       # UTF-16 surrogate D800 encoded as UTF-8
            b" \xf4\x90\x80\x80"   # above U+10FFFF
            b" \xe2\x82"           # truncated sequence
            b" end")
GOOD_UTF8 = "h\u00e9llo \u2713 \U0001F600 \u00ff".encode("utf-8")  # must come back as it is

# T1 ----------------------------------------------------------------------------
T1_METHOD = b"GET"
T1_TARGET = (b"/p" + ESC_CLEAR + b"/" + ESC_TITLE + b"/\x00/\x7f/" + C1_CSI
             + b"/\xff\xfe/\xc0\xaf/\\/\"/%0d%0a?q=x\rInjected: 1")
T1_HOST = b"ex" + ESC_CLEAR + b"ample" + C1_CSI + b"\xff.test"
T1_REQ_FIELDS = [
    (b"Host", T1_HOST),
    (b"User-Agent", b"ua" + ESC_TITLE),
    (b"X-Ctl", b"a\x00b\x7fc\x01d\x1fe\tf\x08g\x1bh"),
    (b"X-Inject-CR", b"x\rInjected: 1"),        # bare CR stays in the value
    (b"X-Bad-Utf8", BAD_UTF8),
    (b"X-Good-Utf8", GOOD_UTF8),
    (b"X-C1", b"a" + C1_CSI + b"b\xc2\x85c\xc2\x9dd"),  # CSI, NEL, OSC (C1)
    (b"X-Quote", b'a\\b"c\\\\d'),
    (b"X-" + ESC_CLEAR + b"Name\xff", b"value"),  # invalid field name
]
# a CRLF and a bare LF inside a "value" end the line: two fields each
T1_REQ_RAW_EXTRA = (b"X-Inject-CRLF: x\r\nInjected: 2\r\n"
                    b"X-Inject-LF: y\nInjected: 3\r\n")
T1_REQ_FIELDS_PARSED = T1_REQ_FIELDS + [
    (b"X-Inject-CRLF", b"x"), (b"Injected", b"2"),
    (b"X-Inject-LF", b"y"), (b"Injected", b"3"),
]

T1_REASON = (b"OK" + ESC_CLEAR + ESC_TITLE + b"\x00\x7f" + C1_CSI
             + b"\xff\xfe\xc0\xaf\rInjected: 1")
T1_BODY = b"hello"
T1_RESP_FIELDS = [
    (b"Content-Length", b"5"),
    (b"Content-Type", b"text/plain" + ESC_CLEAR + b"; charset=\xff"),
    (b"Cache-Control", b"max-age=" + ESC_TITLE + b", no-" + C1_CSI),
    (b"Date", ESC_CLEAR + b"Tue, 14 Nov 2023 22:13:20 GMT\x00"),
    (b"ETag", b"\"" + ESC_TITLE + b"\""),
    (b"Last-Modified", b"\xff\xfe" + ESC_CLEAR),
    (b"Vary", b"\x1b[31mred\x1b[0m"),
    (b"X-Resp", b"r\rInjected: 1" + C1_CSI + BAD_UTF8),
    (b"Server", b"srv" + ESC_TITLE + b"\x7f"),
]

# T2 ----------------------------------------------------------------------------
T2_METHOD = b"POST"
T2_TARGET = b"/" + C1_CSI + b"[2J" + b"\xc0\xaf"
T2_HOST = b"h" + ESC_TITLE
T2_REQ_FIELDS = [(b"Host", T2_HOST), (b"Content-Length", b"3"),
                 (b"Content-Type", b"a/b" + C1_CSI)]
T2_REQ_BODY = b"a\x1bc"
T2_REASON = b"Moved" + C1_CSI + b" \x1b[2J\x1b]0;t\x07"
T2_RESP_FIELDS = [(b"Location", b"http://" + ESC_CLEAR + b"\xff/x\rInjected: 1"),
                  (b"Content-Length", b"0")]

# not a request: ESC inside the method -----------------------------------------
STRAY = b"G" + ESC_CLEAR + b"ET /" + ESC_TITLE + b" HTTP/1.1\r\nHost: x\r\n\r\n"


def fields(fs):
    return b"".join(n + b": " + v + b"\r\n" for n, v in fs)


T1_REQUEST = (T1_METHOD + b" " + T1_TARGET + b" HTTP/1.1\r\n" + fields(T1_REQ_FIELDS)
              + T1_REQ_RAW_EXTRA + b"\r\n")
T1_RESPONSE = b"HTTP/1.1 200 " + T1_REASON + b"\r\n" + fields(T1_RESP_FIELDS) + b"\r\n" + T1_BODY
T2_REQUEST = T2_METHOD + b" " + T2_TARGET + b" HTTP/1.1\r\n" + fields(T2_REQ_FIELDS) + b"\r\n" + T2_REQ_BODY
T2_RESPONSE = b"HTTP/1.1 301 " + T2_REASON + b"\r\n" + fields(T2_RESP_FIELDS) + b"\r\n"

# What run.sh checks against (wire bytes, as parsed).
MESSAGES = [
    dict(method=T1_METHOD, uri=T1_TARGET, host=T1_HOST, status=200, reason=T1_REASON,
         request_headers=T1_REQ_FIELDS_PARSED, response_headers=T1_RESP_FIELDS,
         content_type=T1_RESP_FIELDS[1][1]),
    dict(method=T2_METHOD, uri=T2_TARGET, host=T2_HOST, status=301, reason=T2_REASON,
         request_headers=T2_REQ_FIELDS, response_headers=T2_RESP_FIELDS, content_type=None),
]
STRAY_BYTES = len(STRAY)


# pcap writing ----------------------------------------------------------------------
def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def frame(src, dst, seq, ack, flags, payload=b""):
    (sip, sport), (dip, dport) = src, dst
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                      5 << 4, flags, 65535, 0, 0)
    pseudo = sip + dip + struct.pack("!BBH", 0, 6, len(tcp) + len(payload))
    c = csum(pseudo + tcp + payload)
    tcp = tcp[:16] + struct.pack("!H", c) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp) + len(payload), 1, 0x4000,
                     64, 6, 0, sip, dip)
    ip = ip[:10] + struct.pack("!H", csum(ip)) + ip[12:]
    eth = b"\x02\x00\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" + b"\x08\x00"
    if src == SERVER:
        eth = b"\x02\x00\x00\x00\x00\x01" + b"\x02\x00\x00\x00\x00\x02" + b"\x08\x00"
    return eth + ip + tcp + payload


FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10


def build():
    pkts = []
    t = [0]

    def emit(src, dst, seq, ack, flags, payload=b""):
        t[0] += 1000  # 1 ms apart
        pkts.append((T0 * 1000000 + t[0], frame(src, dst, seq, ack, flags, payload)))

    c, s = 1000, 5000000  # initial sequence numbers
    emit(CLIENT, SERVER, c, 0, SYN)
    emit(SERVER, CLIENT, s, c + 1, SYN | ACK)
    c += 1
    s += 1
    emit(CLIENT, SERVER, c, s, ACK)
    for req, resp in ((T1_REQUEST, T1_RESPONSE), (T2_REQUEST, T2_RESPONSE)):
        emit(CLIENT, SERVER, c, s, PSH | ACK, req)
        c += len(req)
        emit(SERVER, CLIENT, s, c, PSH | ACK, resp)
        s += len(resp)
        emit(CLIENT, SERVER, c, s, ACK)
    emit(CLIENT, SERVER, c, s, PSH | ACK, STRAY)
    c += len(STRAY)
    emit(SERVER, CLIENT, s, c, FIN | ACK)
    s += 1
    emit(CLIENT, SERVER, c, s, FIN | ACK)
    c += 1
    emit(SERVER, CLIENT, s, c, ACK)

    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)]
    for ts, f in pkts:
        out.append(struct.pack("<IIII", ts // 1000000, ts % 1000000, len(f), len(f)) + f)
    return b"".join(out)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "escape.pcap")
    data = build()
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    print("wrote %s (%d bytes)" % (path, len(data)))


if __name__ == "__main__":
    main()
