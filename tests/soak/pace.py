#!/usr/bin/env python3
"""pace.py HOST PORT RATE SECONDS [CONNS] - a paced HTTP/1.1 keep-alive client
for the soak test's zero-drop rate search (wrk has no rate limit).

Sends GET /small.txt and GET /big.bin alternately at RATE requests per second
in total, spread over CONNS keep-alive connections (default 1), one request
outstanding per connection, for SECONDS (at most 60).  Prints wrk-style lines:
"N requests in S.SSs" and "Requests/sec: R".  Exits 1 on a connection error.
Python 3 standard library only; talks only to the address it is given (the
soak test passes 127.0.0.1).
"""
import selectors
import socket
import sys
import time

host, port, rate, secs = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
conns = int(sys.argv[5]) if len(sys.argv) > 5 else 1
secs = min(secs, 60.0)
PATHS = (b"/small.txt", b"/big.bin")


class Conn:
    def __init__(self):
        self.s = socket.create_connection((host, port), timeout=5)
        self.s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.s.setblocking(False)
        self.buf = b""
        self.need = None   # bytes still expected for the current response
        self.busy = False
        self.n = 0

    def send(self):
        path = PATHS[self.n % 2]
        self.n += 1
        self.s.sendall(b"GET " + path + b" HTTP/1.1\r\nHost: " + host.encode() + b"\r\n\r\n")
        self.busy = True
        self.buf = b""
        self.need = None

    def feed(self, data):
        """True when the response is complete."""
        self.buf += data
        if self.need is None:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return False
            cl = 0
            for line in self.buf[:end].split(b"\r\n")[1:]:
                k, _, v = line.partition(b":")
                if k.strip().lower() == b"content-length":
                    cl = int(v.strip())
            self.need = end + 4 + cl
        if len(self.buf) >= self.need:
            self.busy = False
            return True
        return False


def main():
    sel = selectors.DefaultSelector()
    cs = [Conn() for _ in range(conns)]
    for c in cs:
        sel.register(c.s, selectors.EVENT_READ, c)
    done = 0
    interval = 1.0 / rate
    t0 = time.monotonic()
    t_next = t0
    deadline = t0 + secs
    while True:
        now = time.monotonic()
        if now >= deadline:
            break
        # send every request that is due, on an idle connection
        while t_next <= now:
            idle = next((c for c in cs if not c.busy), None)
            if idle is None:
                break
            idle.send()
            t_next += interval
        # behind schedule with every connection busy: do not build a backlog
        if t_next < now - 0.1:
            t_next = now
        timeout = max(0.0, min(t_next, deadline) - time.monotonic())
        if any(c.busy for c in cs):
            timeout = min(timeout, 0.05) if t_next > now else 0.05
        for key, _ in sel.select(timeout):
            c = key.data
            data = c.s.recv(262144)
            if not data:
                print("connection closed by the server", file=sys.stderr)
                sys.exit(1)
            if c.feed(data):
                done += 1
    el = time.monotonic() - t0
    print("  %d requests in %.2fs" % (done, el))
    print("Requests/sec: %.2f" % (done / el))
    for c in cs:
        c.s.close()


if __name__ == "__main__":
    try:
        main()
    except OSError as e:
        print("pace.py: %s" % e, file=sys.stderr)
        sys.exit(1)
