#!/usr/bin/env python3
"""gen-traffic.py - httpsift's deterministic generator of realistic HTTP/1.1 captures.

Standard-library Python 3 only.  Writes a classic pcap (microsecond timestamps,
LINKTYPE_ETHERNET) of Ethernet / IPv4 (optionally some IPv6) / TCP traffic
between many clients and a few web servers, as seen by a tap near the servers:

  * TCP: SYN / SYN-ACK / ACK handshake with MSS, SACK-permitted and window
    scale options; MSS-sized data segments with exact seq/ack numbers,
    slow-start flights (initial window 10, doubling per RTT), delayed ACKs
    (every second segment, or 40 ms later), correct IPv4 and TCP checksums;
    teardown by client FIN, server FIN (Connection: close) or client RST.
  * HTTP/1.1: keep-alive connections with several requests each, some
    pipelined (2-4 GETs sent in one flight, so response boundaries fall inside
    segments); browser-like (Chrome, Firefox, Safari, Edge) and tool-like
    (curl, python-requests, Go, okhttp, Wget) request headers, Host, cookies,
    Referer, varied paths and query strings; responses with Content-Length or
    chunked bodies, real gzip Content-Encoding (zlib), conditional requests
    answered 304 Not Modified with ETag / Last-Modified, 301/302/303/307
    redirects with Location, 404 and other errors, 204 beacons, HEAD,
    POST forms and JSON, Expect: 100-continue uploads, and (rarely) a
    close-delimited last response.
  * --concurrency N connections are interleaved at once in time order; a new
    one starts whenever one ends.  --connections N and/or --size MB decide
    when to stop: after N connections, or once the frames built reach the
    size (the connections still open then close without a new exchange, so
    the file ends a little above the size).
  * --prefix8 puts every IPv4 client inside 10.0.0.0/8 (all sharing the first
    byte); the default spreads clients over the whole public IPv4 space.  The
    two variants carry exactly the same packets apart from client addresses
    (and the checksums that cover them).

Same arguments => byte-identical file (for a given zlib build: gzip bodies are
compressed here, with the gzip header mtime 0).  Body templates and their gzip
and chunked encodings are built once at start and their bytes reused.

At the end a one-line JSON summary goes to stderr (and to --stats FILE):
packets, bytes, connections, requests and responses written, etc.  httpsift
must report as many HTTP transactions as "requests".

--dump-messages FILE writes the HTTP messages of whole connections (the first
ones started, about --dump-count requests; connections with a close-delimited
response, or cut short by --size, write fewer) for parser benchmarks.
Format: 8-byte magic b"HSMSG01\\n", then records of struct "<BBI"
(kind, flags, length) followed by length bytes.  kind 1 request, 2 response,
3 end of connection (length 0).  flags: bit0 the response answers a HEAD
request, bit1 interim (1xx) response.  The request records of one connection
concatenated are its client byte stream, the response records its server
byte stream.

Examples:
  gen-traffic.py -o 100m.pcap --size 100 --concurrency 1000
  gen-traffic.py -o 1g.pcap --size 1000 --concurrency 1000
  gen-traffic.py -o p8.pcap --size 100 --concurrency 1000 --prefix8
  gen-traffic.py -o small.pcap --connections 200 --dump-messages msgs.bin
"""
import argparse
import email.utils
import heapq
import json
import random
import struct
import sys
import time
import zlib

# ---------------------------------------------------------------------------
# Packet framing
# ---------------------------------------------------------------------------

FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10
MASK32 = 0xFFFFFFFF
PCAP_HDR = struct.Struct('<IHHiIII')
PCAP_REC = struct.Struct('<IIII')
V4TCP = struct.Struct('!BBHHHBBH4s4sHHIIBBHHH')   # IPv4 header + TCP header
V6TCP = struct.Struct('!IHBB16s16sHHIIBBHHH')     # IPv6 header + TCP header
DUMP_REC = struct.Struct('<BBI')
DUMP_MAGIC = b'HSMSG01\n'


def syn_opts(mss):
    """SYN options: MSS, NOP, NOP, SACK permitted, NOP, window scale 7 (12 bytes)."""
    return struct.pack('!BBH', 2, 4, mss) + bytes((1, 1, 4, 2, 1, 3, 3, 7))


T_START_US = 1795338000 * 1000000   # 2026-11-22 09:00:00 UTC


def fold(s):
    """One's-complement checksum from a sum of 16-bit words taken mod 65535
    (2**16 == 1 mod 65535, so whole big-endian integers can be summed)."""
    r = s % 65535
    return 0xFFFF - r if r else 0


def payload_sum(p):
    if len(p) & 1:
        return (int.from_bytes(p, 'big') << 8) % 65535
    return int.from_bytes(p, 'big') % 65535


class Half:
    """Per-direction constants of one TCP connection, and the IP ID counter."""
    __slots__ = ('eth', 'src', 'dst', 'sport', 'dport', 'ttl', 'v6', 'flow', 'ipid',
                 'ipsum', 'tcpsum', 'win')

    def __init__(self, v6, src, dst, sport, dport, smac, dmac, ttl, ipid, flow, win):
        self.v6 = v6
        self.src, self.dst, self.sport, self.dport = src, dst, sport, dport
        self.eth = dmac + smac + (b'\x86\xdd' if v6 else b'\x08\x00')
        self.ttl, self.ipid, self.flow, self.win = ttl, ipid, flow, win
        a, b = int.from_bytes(src, 'big'), int.from_bytes(dst, 'big')
        self.ipsum = 0x4500 + 0x4000 + ((ttl << 8) | 6) + a + b
        self.tcpsum = a + b + 6 + sport + dport

    def frame(self, flags, seq, ack, payload=b'', opts=b'', win=None):
        thl = 20 + len(opts)
        tlen = thl + len(payload)
        seq &= MASK32
        ack &= MASK32
        if win is None:
            win = self.win
        off = (thl >> 2) << 4
        s = self.tcpsum + tlen + seq + ack + (off << 8) + flags + win
        if payload:
            s += payload_sum(payload)
        if opts:
            s += int.from_bytes(opts, 'big')
        ck = fold(s)
        if self.v6:
            return b''.join((self.eth, V6TCP.pack(0x60000000 | self.flow, tlen, 6, self.ttl,
                                                   self.src, self.dst, self.sport, self.dport,
                                                   seq, ack, off, flags, win, ck, 0), opts, payload))
        ipid = self.ipid
        self.ipid = (ipid + 1) & 0xFFFF
        tot = 20 + tlen
        return b''.join((self.eth, V4TCP.pack(0x45, 0, tot, ipid, 0x4000, self.ttl, 6,
                                               fold(self.ipsum + tot + ipid), self.src, self.dst,
                                               self.sport, self.dport, seq, ack, off, flags, win,
                                               ck, 0), opts, payload))


# ---------------------------------------------------------------------------
# Content: body templates, built once
# ---------------------------------------------------------------------------

VOCAB = ('account action after again album answer apple article audio author basket before '
         'better blog border button camera card career cart category change chart checkout city '
         'class client cloud code color comment company config contact content cookie country '
         'course credit daily data delivery design device digital display document domain '
         'download early editor email energy event export family feature field figure filter '
         'finance flight footer format forum friend future gallery garden global group guide '
         'header health history holiday home hotel image index input invoice issue item journal '
         'kitchen label language layout learn legal library light limit list local login market '
         'media member menu message method mobile model module money movie music network news '
         'notice number offer office online option order owner package page panel partner '
         'payment people phone photo player policy portal price print privacy product profile '
         'project public quality query radio rating record region report result review route '
         'sale sample school search season section secure select server service session share '
         'shipping shop signal simple single size social source sport stage status store story '
         'stream student style summary support system table team theme ticket title today token '
         'topic total track travel trend update upload user value video view village visit '
         'voice water weather widget window winter world year zone').split()

CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
BROWSERS = (
    # (user agent, accept-encoding, accept for documents)
    (CHROME, 'gzip, deflate',
     'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7'),
    ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
     'gzip, deflate',
     'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8'),
    ('Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', 'gzip, deflate',
     'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'),
    ('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0', 'gzip, deflate',
     'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'),
    ('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
     'gzip, deflate', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'),
    ('Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36',
     'gzip, deflate', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'),
    (CHROME + ' Edg/131.0.2903.51', 'gzip, deflate',
     'text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,image/apng,*/*;q=0.8'),
)
TOOLS = (
    # (name, user agent, accept-encoding or None)
    ('curl', 'curl/8.5.0', None),
    ('curl', 'curl/7.88.1', None),
    ('python', 'python-requests/2.32.3', 'gzip, deflate'),
    ('go', 'Go-http-client/1.1', 'gzip'),
    ('okhttp', 'okhttp/4.12.0', 'gzip'),
    ('wget', 'Wget/1.21.4', 'identity'),
)
LANGS = ('en-US,en;q=0.9', 'en-GB,en;q=0.9', 'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7',
         'fr-FR,fr;q=0.9,en;q=0.8', 'es-ES,es;q=0.9', 'ja,en-US;q=0.9,en;q=0.8', 'pt-BR,pt;q=0.9,en;q=0.8')
SERVER_SOFTWARE = ('nginx/1.24.0', 'nginx', 'Apache/2.4.62 (Debian)', 'Apache', 'Microsoft-IIS/10.0',
                   'cloudflare', 'openresty', 'gunicorn', 'envoy', 'Caddy', 'LiteSpeed', 'Varnish')
SITES = ('www.example.com', 'shop.example.org', 'news.example.net', 'static.examplecdn.net',
         'api.example.io', 'img.example-media.com', 'blog.example.dev', 'm.example.com',
         'portal.example.edu', 'tracker.example-ads.net', 'wiki.example.org', 'files.example.com',
         'weather.example.info', 'maps.example.net', 'video.example.tv', 'login.example.com',
         'status.example.io', 'docs.example.dev', 'forum.example.org', 'cdn.example-assets.net')
REASONS = {100: 'Continue', 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently',
           302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
           400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
           429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway',
           503: 'Service Unavailable'}
PIXEL_GIF = (b'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00'
             b'\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;')


class Template:
    """One cacheable object: its bytes, and its gzip and chunked encodings."""
    __slots__ = ('kind', 'path', 'ctype', 'data', 'gz', 'chunked', 'gz_chunked', 'etag', 'mtime')


def _words(rng, n):
    return ' '.join(rng.choice(VOCAB) for _ in range(n))


def _html(rng, size):
    parts = ['<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
             '<meta name="viewport" content="width=device-width, initial-scale=1">'
             '<title>%s</title><link rel="stylesheet" href="/assets/css/site.css">'
             '<script defer src="/assets/js/app.js"></script></head>\n<body>\n'
             '<header class="site-header"><nav>' % _words(rng, 4).title()]
    n = len(parts[0])
    while n < size:
        w = rng.choice(VOCAB)
        r = rng.random()
        if r < 0.5:
            s = '<article class="card %s"><h2><a href="/%s/%d">%s</a></h2><p>%s.</p></article>\n' % (
                w, w, rng.randrange(100000), _words(rng, 5).capitalize(), _words(rng, rng.randint(12, 40)).capitalize())
        elif r < 0.8:
            s = '<li class="nav-item"><a href="/%s/%s" title="%s">%s</a></li>\n' % (
                w, rng.choice(VOCAB), _words(rng, 3), w.title())
        else:
            s = '<div class="row"><img src="/img/%s-%d.jpg" alt="%s" width="%d" height="%d" loading="lazy"></div>\n' % (
                w, rng.randrange(9999), _words(rng, 4), rng.choice((320, 640, 800)), rng.choice((180, 360, 450)))
        parts.append(s)
        n += len(s)
    parts.append('</nav></header>\n<footer>&copy; 2026 %s</footer>\n</body></html>\n' % _words(rng, 2).title())
    return ''.join(parts).encode()


def _js(rng, size):
    parts = ['"use strict";(self.webpackChunk=self.webpackChunk||[]).push([[%d],{\n' % rng.randrange(999)]
    n = len(parts[0])
    while n < size:
        a, b = rng.choice(VOCAB), rng.choice(VOCAB)
        s = '%d:function(e,t,n){var r=n(%d);function %s_%s(o){return o&&o.%s?r.%s(o.%s,"%s"):null}' \
            'e.exports={%s:%s_%s,v:%d}},\n' % (rng.randrange(99999), rng.randrange(9999), a, b, a, b, a,
                                                _words(rng, 3), b, a, b, rng.randrange(1 << 20))
        parts.append(s)
        n += len(s)
    parts.append('}]);\n')
    return ''.join(parts).encode()


def _css(rng, size):
    parts = [':root{--main:#%06x;--accent:#%06x}\n' % (rng.getrandbits(24), rng.getrandbits(24))]
    n = len(parts[0])
    while n < size:
        s = '.%s-%s,.%s:hover{display:%s;margin:%dpx %dpx;padding:%.1frem;color:#%06x;font-size:%dpx}\n' % (
            rng.choice(VOCAB), rng.choice(VOCAB), rng.choice(VOCAB), rng.choice(('flex', 'block', 'grid', 'none')),
            rng.randrange(40), rng.randrange(40), rng.random() * 3, rng.getrandbits(24), rng.randint(10, 32))
        parts.append(s)
        n += len(s)
    return ''.join(parts).encode()


def _json(rng, size):
    items = []
    n = 30
    while n < size:
        it = '{"id":%d,"name":"%s","price":%.2f,"stock":%d,"tags":["%s","%s"],"active":%s}' % (
            rng.randrange(1, 10 ** 7), _words(rng, rng.randint(1, 4)), rng.random() * 500,
            rng.randrange(1000), rng.choice(VOCAB), rng.choice(VOCAB), 'true' if rng.random() < 0.8 else 'false')
        items.append(it)
        n += len(it) + 1
    return ('{"status":"ok","count":%d,"items":[%s]}' % (len(items), ','.join(items))).encode()


def _image(rng, size):
    """A JPEG, PNG or WebP container around incompressible bytes."""
    r = rng.random()
    if r < 0.55:
        body = bytearray(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00')
        left = max(size - 22, 16)
        while left > 0:
            k = min(left, 65000)
            body += b'\xff\xfe' + struct.pack('!H', k + 2) + rng.randbytes(k)
            left -= k
        body += b'\xff\xd9'
        return bytes(body), 'image/jpeg', 'jpg'
    if r < 0.85:
        def chunk(t, d):
            return struct.pack('!I', len(d)) + t + d + struct.pack('!I', zlib.crc32(t + d))
        d = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('!IIBBBBB', 64, 64, 8, 6, 0, 0, 0)) +
             chunk(b'IDAT', rng.randbytes(max(size - 57, 16))) + chunk(b'IEND', b''))
        return d, 'image/png', 'png'
    d = rng.randbytes(max(size - 20, 16))
    d = b'RIFF' + struct.pack('<I', len(d) + 12) + b'WEBPVP8 ' + struct.pack('<I', len(d)) + d
    return d, 'image/webp', 'webp'


def chunk_encode(rng, data):
    out = []
    i, n = 0, len(data)
    while i < n:
        k = min(n - i, rng.choice((1024, 2048, 4096, 4096, 8192, 8192, 16384)) - rng.randrange(64))
        out.append(b'%x\r\n' % k)
        out.append(data[i:i + k])
        out.append(b'\r\n')
        i += k
    out.append(b'0\r\n\r\n')
    return b''.join(out)


# kind: (min bytes, max bytes, count, compressible)
KIND_SPEC = {
    'html': (1500, 60000, 48, True),
    'js': (600, 90000, 40, True),
    'css': (300, 30000, 24, True),
    'img': (200, 60000, 64, False),
    'json': (60, 6000, 64, True),
}


class Library:
    def __init__(self, seed):
        rng = random.Random('templates-%d' % seed)
        self.kinds = {}
        for kind, (lo, hi, count, comp) in KIND_SPEC.items():
            lst = []
            for i in range(count):
                size = int(lo * (hi / lo) ** (rng.random() ** 1.3))
                t = Template()
                t.kind = kind
                w = rng.choice(VOCAB)
                h = '%08x' % rng.getrandbits(32)
                if kind == 'html':
                    t.data, t.ctype = _html(rng, size), 'text/html; charset=utf-8'
                    t.path = rng.choice(('/', '/index.html', '/%s/' % w, '/%s/%s.html' % (w, rng.choice(VOCAB)),
                                         '/%s/%s-%s-%d' % (w, rng.choice(VOCAB), rng.choice(VOCAB), rng.randrange(10 ** 6))))
                elif kind == 'js':
                    t.data, t.ctype = _js(rng, size), 'application/javascript'
                    t.path = '/assets/js/%s.%s.js' % (w, h)
                elif kind == 'css':
                    t.data, t.ctype = _css(rng, size), 'text/css'
                    t.path = '/assets/css/%s.%s.css' % (w, h)
                elif kind == 'img':
                    t.data, t.ctype, ext = _image(rng, size)
                    t.path = rng.choice(('/img/%s-%s.%s' % (w, h, ext), '/media/%s/%s/%s.%s' % (h[:2], h[2:4], h, ext),
                                         '/uploads/2026/%02d/%s_%d.%s' % (rng.randint(1, 11), w, rng.randrange(4000), ext)))
                else:
                    t.data, t.ctype = _json(rng, size), 'application/json'
                    t.path = rng.choice(('/api/v1/%s/%d' % (w, rng.randrange(10 ** 6)),
                                         '/api/v2/%s?limit=%d&offset=%d' % (w, rng.choice((10, 20, 50)), rng.randrange(50) * 20),
                                         '/api/v1/%s/%s?fields=id,name,price' % (w, rng.choice(VOCAB)),
                                         '/graphql?operationName=%sQuery' % w.title()))
                t.mtime = 1795338000 - rng.randrange(3600, 500 * 86400)
                t.etag = '"%x-%x"' % (len(t.data), t.mtime * 1000 + rng.randrange(1000))
                if comp:
                    c = zlib.compressobj(6, zlib.DEFLATED, 31)   # gzip wrapper, header mtime 0
                    t.gz = c.compress(t.data) + c.flush()
                    t.gz_chunked = chunk_encode(rng, t.gz)
                else:
                    t.gz = t.gz_chunked = None
                t.chunked = chunk_encode(rng, t.data)
                lst.append(t)
            self.kinds[kind] = lst
        self.error_pages = {}
        for st in (400, 401, 403, 404, 429, 500, 502, 503, 301, 302, 307):
            self.error_pages[st] = ('<html>\r\n<head><title>%d %s</title></head>\r\n<body>\r\n<center><h1>%d %s'
                                    '</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
                                    % (st, REASONS[st], st, REASONS[st])).encode()
        self._dates = {}

    def date(self, sec):
        d = self._dates.get(sec)
        if d is None:
            if len(self._dates) > 8192:
                self._dates.clear()
            d = self._dates[sec] = email.utils.formatdate(sec, usegmt=True)
        return d


# ---------------------------------------------------------------------------
# HTTP exchanges
# ---------------------------------------------------------------------------

class Client:
    """What one connection's client sends in every request."""
    __slots__ = ('browser', 'tool', 'ua', 'ae', 'accept_doc', 'lang', 'cookie', 'auth', 'dnt')

    def __init__(self, rng):
        self.browser = rng.random() < 0.72
        self.dnt = False
        self.auth = None
        self.cookie = None
        if self.browser:
            self.ua, self.ae, self.accept_doc = rng.choice(BROWSERS)
            self.tool = 'browser'
            self.lang = rng.choice(LANGS)
            self.dnt = rng.random() < 0.1
            if rng.random() < 0.65:
                self.cookie = '_ga=GA1.1.%d.%d; _gid=GA1.1.%d.%d; session=%032x; consent=%s' % (
                    rng.getrandbits(31), rng.randint(1700000000, 1795000000), rng.getrandbits(31),
                    rng.randint(1795000000, 1795338000), rng.getrandbits(128), rng.choice(('all', 'essential', 'none')))
        else:
            self.tool, self.ua, self.ae = rng.choice(TOOLS)
            self.accept_doc = '*/*'
            self.lang = None
            if rng.random() < 0.3:
                self.auth = 'Bearer eyJhbGciOiJIUzI1NiJ9.%032x.%024x' % (rng.getrandbits(128), rng.getrandbits(96))


class Site:
    __slots__ = ('host', 'server', 'ip4', 'ip6', 'port', 'mac')


class Exchange:
    """One request and its response(s); req_head is split off for 100-continue."""
    __slots__ = ('req', 'req_body', 'interim', 'resp', 'head', 'close', 'close_delim')


ACCEPT_BY_KIND = {
    'js': '*/*', 'css': 'text/css,*/*;q=0.1', 'json': 'application/json, text/plain, */*',
    'img': 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
    'pixel': 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
}


class Http:
    def __init__(self, lib):
        self.lib = lib

    def request(self, rng, cl, site, method, path, kind, extra, close):
        h = ['%s %s HTTP/1.1' % (method, path), 'Host: ' + site.host + ('' if site.port == 80 else ':%d' % site.port)]
        if cl.browser:
            h.append('Connection: close' if close else 'Connection: keep-alive')
            if kind == 'html':
                h.append('Upgrade-Insecure-Requests: 1')
            h.append('User-Agent: ' + cl.ua)
            h.append('Accept: ' + (cl.accept_doc if kind == 'html' else ACCEPT_BY_KIND.get(kind, '*/*')))
            if cl.dnt:
                h.append('DNT: 1')
            if kind != 'html' or rng.random() < 0.5:
                h.append('Referer: http://%s/%s' % (site.host, rng.choice(VOCAB)))
            h.append('Accept-Encoding: ' + cl.ae)
            h.append('Accept-Language: ' + cl.lang)
            if cl.cookie:
                h.append('Cookie: ' + cl.cookie)
        else:
            h.append('User-Agent: ' + cl.ua)
            if cl.ae:
                h.append('Accept-Encoding: ' + cl.ae)
            h.append('Accept: ' + ('application/json' if kind == 'json' and cl.tool != 'curl' else '*/*'))
            if cl.tool != 'curl' or close:
                h.append('Connection: close' if close else 'Connection: keep-alive')
            if cl.auth:
                h.append('Authorization: ' + cl.auth)
        h.extend(extra)
        h.append('\r\n')
        return '\r\n'.join(h).encode()

    def response(self, rng, site, t_us, status, close, ctype=None, length=None, chunked=False,
                 gz=False, etag=None, mtime=None, cache=None, extra=()):
        lib = self.lib
        h = ['HTTP/1.1 %d %s' % (status, REASONS[status]), 'Server: ' + site.server,
             'Date: ' + lib.date(t_us // 1000000)]
        if ctype:
            h.append('Content-Type: ' + ctype)
        if chunked:
            h.append('Transfer-Encoding: chunked')
        elif length is not None:
            h.append('Content-Length: %d' % length)
        if close:
            h.append('Connection: close')
        elif site.server.startswith('Apache'):
            h.append('Connection: Keep-Alive')
            h.append('Keep-Alive: timeout=5, max=100')
        elif rng.random() < 0.5:
            h.append('Connection: keep-alive')
        if mtime is not None:
            h.append('Last-Modified: ' + lib.date(mtime))
        if etag is not None:
            h.append('ETag: ' + etag)
        if gz:
            h.append('Content-Encoding: gzip')
            h.append('Vary: Accept-Encoding')
        if cache:
            h.append('Cache-Control: ' + cache)
        h.extend(extra)
        h.append('\r\n')
        return '\r\n'.join(h).encode()

    def exchange(self, rng, cl, site, t_us, close, may_post, may_close_delim):
        lib = self.lib
        x = Exchange()
        x.req_body = b''
        x.interim = None
        x.head = False
        x.close = close
        x.close_delim = False
        gzip_ok = cl.ae is not None and 'gzip' in cl.ae
        rid = ['X-Request-Id: %032x' % rng.getrandbits(128)] if rng.random() < 0.25 else []
        r = rng.random()

        if may_post and r < 0.09:                                   # POST
            r2 = rng.random()
            extra = []
            if r2 < 0.5:
                path = rng.choice(('/api/v1/events', '/api/v1/cart/items', '/graphql', '/api/v2/orders'))
                body = _json(rng, rng.randint(40, 900))
                ctype, kind = 'application/json', 'json'
            elif r2 < 0.8:
                path = rng.choice(('/login', '/account/login', '/comments', '/search', '/subscribe'))
                body = ('username=%s%d&password=%024x&remember=1&csrf_token=%032x' % (
                    rng.choice(VOCAB), rng.randrange(1000), rng.getrandbits(96), rng.getrandbits(128))).encode()
                ctype, kind = 'application/x-www-form-urlencoded', 'html'
            elif r2 < 0.93:
                path = rng.choice(('/collect', '/beacon', '/api/v1/telemetry'))
                body = ('{"event":"%s","ts":%d,"sid":"%016x"}' % (rng.choice(VOCAB), t_us // 1000, rng.getrandbits(64))).encode()
                ctype, kind = 'text/plain;charset=UTF-8', 'pixel'
            else:                                                   # upload
                path = rng.choice(('/upload', '/api/v1/files', '/media/upload'))
                bnd = '----formdata-%024x' % rng.getrandbits(96)
                blob = rng.choice(lib.kinds['img']).data
                body = b''.join((('--%s\r\nContent-Disposition: form-data; name="file"; filename="%s.bin"\r\n'
                                  'Content-Type: application/octet-stream\r\n\r\n' % (bnd, rng.choice(VOCAB))).encode(),
                                 blob, ('\r\n--%s--\r\n' % bnd).encode()))
                ctype, kind = 'multipart/form-data; boundary=' + bnd, 'upload'
                if cl.tool == 'curl' or len(body) > 1024 and rng.random() < 0.5:
                    extra.append('Expect: 100-continue')
            ex = ['Content-Type: ' + ctype, 'Content-Length: %d' % len(body)]
            if cl.browser:
                ex.append('Origin: http://' + site.host)
            x.req = self.request(rng, cl, site, 'POST', path, kind, ex + extra, close)
            x.req_body = body
            if extra:
                x.interim = b'HTTP/1.1 100 Continue\r\n\r\n'
            if kind == 'pixel':
                x.resp = self.response(rng, site, t_us, 204, close, extra=rid)
            elif kind == 'html':
                st = rng.choice((302, 303, 200, 302))
                if st == 200:
                    b = rng.choice(lib.kinds['html']).data
                    x.resp = self.response(rng, site, t_us, 200, close, 'text/html; charset=utf-8', len(b),
                                           cache='no-store') + b
                else:
                    x.resp = self.response(rng, site, t_us, st, close, 'text/html', 0, extra=[
                        'Location: /%s' % rng.choice(VOCAB),
                        'Set-Cookie: session=%032x; Path=/; HttpOnly; SameSite=Lax' % rng.getrandbits(128)])
            else:
                st = 201 if kind == 'upload' or rng.random() < 0.3 else (400 if rng.random() < 0.05 else 200)
                b = ('{"id":%d,"status":"%s"}' % (rng.getrandbits(40), 'created' if st == 201 else 'ok')).encode() \
                    if st != 400 else b'{"error":"bad_request","message":"missing field"}'
                ex = rid + (['Location: /api/v1/objects/%d' % rng.getrandbits(40)] if st == 201 else [])
                if rng.random() < 0.3:
                    x.resp = self.response(rng, site, t_us, st, close, 'application/json', chunked=True,
                                           cache='no-store', extra=ex) + chunk_encode(rng, b)
                else:
                    x.resp = self.response(rng, site, t_us, st, close, 'application/json', len(b),
                                           cache='no-store', extra=ex) + b
            return x

        # GET or HEAD
        kind = rng.choices(('html', 'js', 'css', 'img', 'json', 'pixel'), (10, 9, 5, 36, 25, 15))[0]
        method = 'HEAD' if rng.random() < 0.015 and kind not in ('pixel',) else 'GET'
        x.head = method == 'HEAD'
        if kind == 'pixel':
            path = '/%s?v=2&tid=G-%010X&cid=%d.%d&en=page_view&dl=http%%3A%%2F%%2F%s%%2F%s&_p=%d' % (
                rng.choice(('collect', 'g/collect', 'pixel.gif', 'b')), rng.getrandbits(40), rng.getrandbits(31),
                rng.randint(1700000000, 1795000000), site.host, rng.choice(VOCAB), rng.getrandbits(31))
            x.req = self.request(rng, cl, site, method, path, kind, [], close)
            if rng.random() < 0.5:
                x.resp = self.response(rng, site, t_us, 204, close, cache='no-cache, no-store, must-revalidate',
                                       extra=rid)
            else:
                x.resp = self.response(rng, site, t_us, 200, close, 'image/gif', len(PIXEL_GIF),
                                       cache='no-cache, no-store, must-revalidate', extra=rid)
                if not x.head:
                    x.resp += PIXEL_GIF
            return x
        t = rng.choice(lib.kinds[kind])
        path = t.path
        if kind == 'html' and rng.random() < 0.3:
            path = '/search?q=%s+%s&page=%d' % (rng.choice(VOCAB), rng.choice(VOCAB), rng.randint(1, 5))
        elif kind in ('js', 'css') and rng.random() < 0.3:
            path += '?v=%d' % rng.randrange(100)
        weak = gzip_ok and t.gz is not None and site.server.startswith('nginx')
        etag = ('W/' + t.etag) if weak else t.etag
        extra = []
        conditional = not x.head and kind != 'json' and rng.random() < 0.22
        if conditional:
            if cl.browser or rng.random() < 0.5:
                extra.append('If-None-Match: ' + etag)
            extra.append('If-Modified-Since: ' + lib.date(t.mtime))
        x.req = self.request(rng, cl, site, method, path, kind, extra, close)
        r = rng.random()
        if conditional and r < 0.85:
            x.resp = self.response(rng, site, t_us, 304, close, etag=etag,
                                   cache='public, max-age=31536000, immutable' if kind in ('js', 'css') else 'max-age=600')
            return x
        if kind == 'html' and r < 0.06:
            st = rng.choice((301, 301, 302, 307))
            loc = ('https://%s%s' % (site.host, path)) if st == 301 else \
                ('http://%s/login?next=%s' % (site.host, path.replace('/', '%2F').replace('?', '%3F').replace('&', '%26')))
            b = lib.error_pages[st]
            x.resp = self.response(rng, site, t_us, st, close, 'text/html', len(b), extra=['Location: ' + loc])
            if not x.head:
                x.resp += b
            return x
        if r < 0.025 or (kind == 'json' and r < 0.05):
            st = 404 if r < 0.02 else rng.choice((401, 403, 429, 500, 502, 503))
            b = lib.error_pages[st]
            x.resp = self.response(rng, site, t_us, st, close, 'text/html', len(b), extra=rid)
            if not x.head:
                x.resp += b
            return x
        gz = gzip_ok and t.gz is not None and rng.random() < 0.75
        chunked = not x.head and kind in ('html', 'json') and rng.random() < 0.45
        if kind == 'json':
            cache, et, mt = rng.choice(('no-cache', 'private, max-age=0', 'no-store', 'max-age=60')), None, None
        else:
            cache = {'html': 'max-age=600', 'img': 'max-age=2592000'}.get(kind, 'public, max-age=31536000, immutable')
            et, mt = etag, t.mtime
        ex = list(rid)
        if kind == 'html' and rng.random() < 0.15:
            ex.append('Set-Cookie: visitor=%016x; Max-Age=31536000; Path=/' % rng.getrandbits(64))
        if kind in ('img', 'js', 'css'):
            ex.append('Accept-Ranges: bytes')
        data = t.gz if gz else t.data
        if may_close_delim and not x.head and rng.random() < 0.2:
            x.close_delim = True
            x.close = True
            x.resp = self.response(rng, site, t_us, 200, True, t.ctype, None, gz=gz, etag=et, mtime=mt,
                                   cache=cache, extra=ex) + data
            return x
        if chunked:
            x.resp = self.response(rng, site, t_us, 200, close, t.ctype, chunked=True, gz=gz, cache=cache,
                                   extra=ex) + (t.gz_chunked if gz else t.chunked)
        else:
            x.resp = self.response(rng, site, t_us, 200, close, t.ctype, len(data), gz=gz, etag=et, mtime=mt,
                                   cache=cache, extra=ex)
            if not x.head:
                x.resp += data
        return x


# ---------------------------------------------------------------------------
# Connections: TCP timeline of each one
# ---------------------------------------------------------------------------

def lognormal(rng, median, sigma, lo, hi):
    v = median * rng.lognormvariate(0.0, sigma)
    return lo if v < lo else hi if v > hi else v


class Conn:
    """TCP state of one connection; events are (time in microseconds, frame)."""

    def __init__(self, c2s, s2c, rng, rtt_us, mss):
        self.h = (s2c, c2s)         # index by "from client" boolean: h[True] is client->server
        self.seq = {True: rng.getrandbits(32), False: rng.getrandbits(32)}
        self.cwnd = {True: 10, False: 10}
        self.rtt = rtt_us
        self.mss = mss
        self.ev = []

    def send(self, from_client, data, t):
        """Send data as MSS-sized segments in slow-start flights.  The receiver ACKs
        every second segment.  Returns (time of the last segment, last one unacked)."""
        mss = self.mss
        me, peer = self.h[from_client], self.h[not from_client]
        seq, rseq = self.seq[from_client], self.seq[not from_client]
        ev = self.ev
        # seen near the server: the server acks client data at once, the client's
        # acks of server data come back one RTT later
        ack_delay = 30 if from_client else self.rtt
        n = len(data)
        off = 0
        k = 0
        cw = self.cwnd[from_client]
        unacked = False
        tl = t
        while off < n:
            for _ in range(cw):
                if off >= n:
                    break
                seg = data[off:off + mss]
                off += len(seg)
                ev.append((t, me.frame(PSH | ACK if off >= n else ACK, seq, rseq, seg)))
                seq += len(seg)
                tl = t
                k += 1
                if k & 1:
                    unacked = True
                else:
                    ev.append((t + ack_delay, peer.frame(ACK, rseq, seq)))
                    unacked = False
                t += 12                     # serialisation gap between segments
            if off < n:
                t = tl + self.rtt           # wait for the acks of this flight
                cw = min(cw * 2, 128)
        self.cwnd[from_client] = cw
        self.seq[from_client] = seq & MASK32 if seq > MASK32 else seq
        return tl, unacked

    def ack(self, from_client, t):
        self.ev.append((t, self.h[from_client].frame(ACK, self.seq[from_client], self.seq[not from_client])))

    def flags(self, from_client, fl, t, win=None):
        """A control segment (FIN or RST, with ACK); FIN takes one sequence number."""
        self.ev.append((t, self.h[from_client].frame(fl, self.seq[from_client], self.seq[not from_client], win=win)))
        if fl & FIN:
            self.seq[from_client] += 1

    def take(self):
        ev = self.ev
        ev.sort(key=lambda e: e[0])
        self.ev = []
        return ev


PUBLIC_FIRST = [a for a in range(1, 224) if a not in (10, 127, 100, 169, 172, 192, 198, 203)]


class Generator:
    def __init__(self, cfg):
        self.cfg = cfg
        self.lib = Library(cfg.seed)
        self.http = Http(self.lib)
        srng = random.Random('sites-%d' % cfg.seed)
        self.sites = []
        for i, host in enumerate(SITES):
            s = Site()
            s.host = host
            s.server = srng.choice(SERVER_SOFTWARE)
            s.ip4 = bytes((srng.choice((23, 34, 52, 93, 104, 151, 185)), srng.randrange(256), srng.randrange(256),
                           srng.randrange(1, 255)))
            s.ip6 = bytes.fromhex('2a0204e8') + srng.randbytes(12)
            s.port = 8080 if srng.random() < 0.1 else 80
            s.mac = bytes((0x52, 0x54, 0x00, 0x3c, i, 0x01))
            self.sites.append(s)
        self.site_weights = [1.0 / (i + 1) ** 0.9 for i in range(len(SITES))]
        self.gw_mac = bytes((0x00, 0x1c, 0x73, 0x5e, 0x21, 0x07))
        self.stop = False
        self.st = dict(packets=0, bytes=24, connections=0, requests=0, responses=0, interim_responses=0,
                       pipelined_connections=0, post_requests=0, head_requests=0, close_delimited=0,
                       fin_client=0, fin_server=0, rst=0, ipv6_connections=0)
        self.dump = open(cfg.dump_messages, 'wb') if cfg.dump_messages else None
        if self.dump:
            self.dump.write(DUMP_MAGIC)
        self.dumped = 0
        self.dump_reserved = 0

    def connection(self, cid, t):
        """Generator of event batches (lists of (t_us, frame) in time order)."""
        cfg = self.cfg
        st = self.st
        rng = random.Random(cfg.seed * 7919 + cid * 104729 + 1)
        site = self.sites[rng.choices(range(len(self.sites)), self.site_weights)[0]]
        v6 = rng.random() < cfg.ipv6
        first = rng.choice(PUBLIC_FIRST)   # drawn in both modes: --prefix8 changes nothing else
        b1, b2, b3 = rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)
        if v6:
            cip, sip, mss = bytes.fromhex('2001067c') + rng.randbytes(12), site.ip6, 1440
            st['ipv6_connections'] += 1
        else:
            cip, sip, mss = bytes((10 if cfg.prefix8 else first, b1, b2, b3)), site.ip4, 1460
        cport = rng.randint(32768, 60999)
        cttl = rng.choice((51, 53, 56, 115, 116, 117, 242))
        c2s = Half(v6, cip, sip, cport, site.port, self.gw_mac, site.mac, cttl, rng.getrandbits(16),
                   rng.getrandbits(20), 501)
        s2c = Half(v6, sip, cip, site.port, cport, site.mac, self.gw_mac, 64, rng.getrandbits(16),
                   rng.getrandbits(20), 510)
        rtt = int(lognormal(rng, 30000, 0.8, 500, 600000))
        c = Conn(c2s, s2c, rng, rtt, mss)
        cl = Client(rng)
        nreq = min(60, 1 + int(rng.expovariate(1 / 7.0)))
        pipelined = nreq > 1 and rng.random() < cfg.pipeline
        r = rng.random()
        ending = 'server' if r < 0.14 else 'rst' if r < 0.17 else 'client'
        close_delim_ok = ending == 'server' and rng.random() < 0.1
        st['connections'] += 1
        if pipelined:
            st['pipelined_connections'] += 1
        drecs = None
        if self.dump is not None and self.dump_reserved < cfg.dump_count:
            drecs = []
            self.dump_reserved += nreq      # decided at the start: connections overlap

        # handshake
        opts = syn_opts(mss)
        cseq, sseq = c.seq[True], c.seq[False]
        c.ev.append((t, c2s.frame(SYN, cseq, 0, opts=opts, win=64240)))
        c.ev.append((t + 40, s2c.frame(SYN | ACK, sseq, cseq + 1, opts=opts, win=65160)))
        c.seq[True] = cseq + 1
        c.seq[False] = sseq + 1
        t += 40 + rtt
        c.ack(True, t)
        t += 25
        yield c.take()

        done = 0
        server_closed = False
        while done < nreq and not self.stop:
            batch = min(nreq - done, rng.randint(2, 4)) if pipelined else 1
            xs = []
            for i in range(batch):
                last = done + i == nreq - 1
                xs.append(self.http.exchange(rng, cl, site, t, last and ending == 'server', not pipelined,
                                             last and close_delim_ok))
            done += batch
            think = int(lognormal(rng, 4000, 1.3, 100, 3000000)) * batch
            x0 = xs[0]
            if x0.interim is not None:
                t1, _ = c.send(True, x0.req, t)
                t2, _ = c.send(False, x0.interim, t1 + int(lognormal(rng, 300, 0.5, 50, 5000)))
                t3, unacked = c.send(True, x0.req_body, t2 + rtt)
                if unacked:
                    c.ack(False, t3 + 40)
                t4 = t3 + think
            else:
                t1, unacked = c.send(True, b''.join(x.req + x.req_body for x in xs), t)
                if unacked and think > 40000:
                    c.ack(False, t1 + 40000)
                t4 = t1 + think
            resp = b''.join(x.resp for x in xs)
            if batch == 1 and len(resp) > 3000 and rng.random() < 0.3:
                # header block in its own segment, then the body (sendfile)
                hl = resp.index(b'\r\n\r\n') + 4
                th, _ = c.send(False, resp[:hl], t4)
                tl, unacked = c.send(False, resp[hl:], th + 60)
            else:
                tl, unacked = c.send(False, resp, t4)
            for x in xs:
                st['requests'] += 1
                st['responses'] += 1
                if x.interim is not None:
                    st['interim_responses'] += 1
                if x.req_body:
                    st['post_requests'] += 1
                if x.head:
                    st['head_requests'] += 1
                if x.close_delim:
                    st['close_delimited'] += 1
                if drecs is not None:
                    if x.close_delim:
                        drecs = None
                        continue
                    drecs.append((1, 0, x.req + x.req_body))
                    if x.interim is not None:
                        drecs.append((2, 2, x.interim))
                    drecs.append((2, 1 if x.head else 0, x.resp))
            if xs[-1].close:
                c.flags(False, FIN | ACK, tl + 20)
                c.flags(True, FIN | ACK, tl + 20 + rtt)
                c.ack(False, tl + 50 + rtt)
                st['fin_server'] += 1
                server_closed = True
                yield c.take()
                break
            idle = int(lognormal(rng, 60000, 1.8, 500, 20000000))
            if unacked:
                if done >= nreq or idle > 40000 or rng.random() < 0.5:
                    c.ack(True, tl + rtt + min(idle - 1, 40000))
            t = tl + rtt + idle
            yield c.take()

        if not server_closed:
            if ending == 'rst' and not self.stop:
                c.flags(True, RST | ACK, t, win=0)
                st['rst'] += 1
            else:
                c.flags(True, FIN | ACK, t)
                c.flags(False, FIN | ACK, t + 60)
                c.ack(True, t + 60 + rtt)
                st['fin_client'] += 1
            yield c.take()
        if drecs:
            w = self.dump.write
            for kind, fl, data in drecs:
                w(DUMP_REC.pack(kind, fl, len(data)))
                w(data)
                if kind == 1:
                    self.dumped += 1
            w(DUMP_REC.pack(3, 0, 0))

    def run(self, out):
        cfg = self.cfg
        st = self.st
        grng = random.Random('arrivals-%d' % cfg.seed)
        limit = cfg.size * 1000000 if cfg.size else None
        maxconn = cfg.connections if cfg.connections else (None if limit else 1000)
        out.write(PCAP_HDR.pack(0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        heap = []
        push, pop = heapq.heappush, heapq.heappop
        tick = 0
        started = 0
        committed = 24

        def start(t):
            nonlocal started, tick
            g = self.connection(started, t)
            started += 1
            b = next(g)
            commit(b)
            push(heap, (b[0][0], tick, 0, b, g))
            tick += 1

        def commit(b):
            # bytes of frames built (written or not): stop starting exchanges once
            # they reach the target, so the file ends close to it
            nonlocal committed
            committed += sum(len(e[1]) for e in b) + 16 * len(b)
            if limit and committed >= limit:
                self.stop = True

        conc = max(1, cfg.concurrency)
        for _ in range(conc if maxconn is None else min(conc, maxconn)):
            start(T_START_US + int(grng.random() * 1000000))
        buf = []
        nbytes = 24
        npk = 0
        rec = PCAP_REC.pack
        while heap:
            ts, _, i, b, g = pop(heap)
            fr = b[i][1]
            ln = len(fr)
            buf.append(rec(ts // 1000000, ts % 1000000, ln, ln))
            buf.append(fr)
            npk += 1
            nbytes += 16 + ln
            if len(buf) >= 8192:
                out.write(b''.join(buf))
                buf = []
            i += 1
            if i < len(b):
                push(heap, (b[i][0], tick, i, b, g))
            else:
                b = next(g, None)
                if b is not None:
                    commit(b)
                    push(heap, (b[0][0], tick, 0, b, g))
                elif not self.stop and (maxconn is None or started < maxconn):
                    start(ts + 1 + int(grng.expovariate(1 / 2000.0)))
            tick += 1
        out.write(b''.join(buf))
        st['packets'] = npk
        st['bytes'] = nbytes
        if self.dump:
            self.dump.close()
        return st


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 epilog=__doc__[__doc__.index('\n\n') + 2:],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('-o', '--output', required=True, help='pcap file to write ("-" for stdout)')
    ap.add_argument('--size', type=float, default=0, help='stop at about this many MB (10^6 bytes)')
    ap.add_argument('--connections', type=int, default=0,
                    help='stop after this many connections (default: 1000 unless --size is given)')
    ap.add_argument('--concurrency', type=int, default=1000, help='connections interleaved at once (1000)')
    ap.add_argument('--prefix8', action='store_true', help='all IPv4 clients in 10.0.0.0/8')
    ap.add_argument('--ipv6', type=float, default=0.0, help='fraction of connections over IPv6 (0)')
    ap.add_argument('--pipeline', type=float, default=0.04, help='fraction of connections that pipeline (0.04)')
    ap.add_argument('--seed', type=int, default=1, help='random seed (1)')
    ap.add_argument('--dump-messages', metavar='FILE', help='write raw HTTP messages for parser benchmarks')
    ap.add_argument('--dump-count', type=int, default=20000, help='requests to dump, whole connections (20000)')
    ap.add_argument('--stats', metavar='FILE', help='also write the JSON summary to FILE')
    ap.add_argument('-q', '--quiet', action='store_true', help='no summary on stderr')
    cfg = ap.parse_args()
    t0 = time.time()
    g = Generator(cfg)
    out = sys.stdout.buffer if cfg.output == '-' else open(cfg.output, 'wb')
    st = g.run(out)
    if out is not sys.stdout.buffer:
        out.close()
    else:
        out.flush()
    st['dumped_requests'] = g.dumped
    st['seed'] = cfg.seed
    st['args'] = ' '.join(sys.argv[1:])
    summary = json.dumps(st)
    if cfg.stats:
        with open(cfg.stats, 'w') as f:
            f.write(summary + '\n')
    if not cfg.quiet:
        print(summary, file=sys.stderr)
        print('gen-traffic: %d packets, %d bytes, %d connections, %d requests written in %.1f s' % (
            st['packets'], st['bytes'], st['connections'], st['requests'], time.time() - t0), file=sys.stderr)


if __name__ == '__main__':
    main()
