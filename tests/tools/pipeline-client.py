#!/usr/bin/env python3
"""Minimal HTTP/1.1 pipelining client used to make pcaps/real-nginx-pipeline.pcap.

Opens one TCP connection per request batch, writes every request of the batch
in a single send() call (HTTP pipelining), then reads exactly one response per
request (framing by Content-Length / chunked / HEAD / 1xx / 204 / 304) and
closes the connection.  Standard library only; every socket operation has a
timeout so a run is always bounded.

Default batches (used by tests/tools/capture-real.sh):
  connection 1: GET /one.txt, GET /two.txt, GET /three.txt, GET /nope, GET /five.txt
  connection 2: GET /one.txt, HEAD /two.txt, GET /three.txt

Usage: pipeline-client.py [--host 127.0.0.1] [--port 18085] [--timeout 5]
Exit status is 0 only if every batch got all of its responses.
"""

import argparse
import socket
import sys

BATCHES = [
    [("GET", "/one.txt"), ("GET", "/two.txt"), ("GET", "/three.txt"),
     ("GET", "/nope"), ("GET", "/five.txt")],
    [("GET", "/one.txt"), ("HEAD", "/two.txt"), ("GET", "/three.txt")],
]


class Reader:
    """Buffered reader over a socket with a per-recv timeout."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise EOFError("connection closed by server")
        self.buf += data

    def line(self):
        while b"\r\n" not in self.buf:
            if len(self.buf) > 65536:
                raise ValueError("header line too long")
            self._fill()
        ln, self.buf = self.buf.split(b"\r\n", 1)
        return ln

    def exact(self, n):
        while len(self.buf) < n:
            self._fill()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


def read_response(rd, method):
    """Read one response; returns (status_code, reason, headers, body_len)."""
    while True:
        status = rd.line().decode("latin-1")
        parts = status.split(" ", 2)
        code = int(parts[1])
        reason = parts[2] if len(parts) > 2 else ""
        headers = []
        while True:
            ln = rd.line()
            if ln == b"":
                break
            name, _, value = ln.decode("latin-1").partition(":")
            headers.append((name.strip().lower(), value.strip()))
        if 100 <= code < 200 and code != 101:
            continue  # interim response; the final one follows
        break
    hdr = dict(headers)
    if method == "HEAD" or code in (204, 304):
        return code, reason, headers, 0
    if "chunked" in hdr.get("transfer-encoding", "").lower():
        total = 0
        while True:
            size = int(rd.line().split(b";", 1)[0].strip(), 16)
            if size == 0:
                while rd.line() != b"":  # trailers
                    pass
                return code, reason, headers, total
            rd.exact(size)
            rd.exact(2)
            total += size
    if "content-length" in hdr:
        n = int(hdr["content-length"])
        rd.exact(n)
        return code, reason, headers, n
    raise ValueError("response without length framing (would need read-to-close)")


def run_batch(host, port, batch, timeout):
    reqs = b"".join(
        ("%s %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: httpsift-pipeline-client/1\r\n"
         "Accept: */*\r\n\r\n" % (m, u, host_header(host, port))).encode("ascii")
        for m, u in batch)
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.settimeout(timeout)
        s.sendall(reqs)  # one send: all requests of the batch pipelined
        print("  sent %d pipelined requests (%d bytes) in one send" % (len(batch), len(reqs)))
        rd = Reader(s)
        got = 0
        for m, u in batch:
            code, reason, _, blen = read_response(rd, m)
            got += 1
            print("  %-4s %-12s -> %d %s (body %d bytes)" % (m, u, code, reason, blen))
        if rd.buf:
            print("  warning: %d unexpected trailing bytes" % len(rd.buf))
    return got


def host_header(host, port):
    return ("[%s]:%d" if ":" in host else "%s:%d") % (host, port)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=18085)
    ap.add_argument("--timeout", type=float, default=5.0)
    a = ap.parse_args()
    ok = True
    for i, batch in enumerate(BATCHES, 1):
        print("connection %d:" % i)
        try:
            got = run_batch(a.host, a.port, batch, a.timeout)
        except (OSError, EOFError, ValueError) as e:
            print("  error: %s" % e)
            ok = False
            continue
        ok = ok and got == len(batch)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
