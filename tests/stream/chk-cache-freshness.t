# Heuristic freshness, revalidation without validators, lifetimes caches cannot use, immutable
# (CHECKS.md CA-13, CA-14, CA-15, CA-22; RFC 9111 3, 3.5, 4.2.2, 5.2.2.4; RFC 8246 2).
# 1: Last-Modified a day old, no lifetime (cache.heuristic-freshness)
# 2: near miss: same with max-age
# 3: near miss: Last-Modified 5 minutes old (heuristic under 60 s)
# 4: no-cache without validator (cache.revalidation-without-validator)
# 5: near miss: no-cache with an ETag
# 6: near miss: no-store, max-age=0
# 7: max-age on a response to POST (cache.not-storable)
# 8: near miss: POST with max-age and Content-Location
# 9: max-age on an authorized request (cache.not-storable)
# 10: near miss: authorized request, private response
# 11: near miss: authorized request, must-revalidate response
# 12: near miss: 304 to an authorized conditional request
# 13: immutable alone (cache.immutable-without-freshness)
# 14: near miss: max-age=31536000, immutable
# 15: immutable on a close-delimited body (cache.immutable-close-delimited)
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nETag: "h1"\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nETag: "h1"\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLast-Modified: Tue, 14 Nov 2023 22:08:20 GMT\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-cache\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-cache\r\nETag: "r1"\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store, max-age=0\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
POST /api HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nq
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=3600\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
POST /api HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nq
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=3600\r\nContent-Location: /api/result/1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nAuthorization: Bearer abc\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=3600\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nAuthorization: Bearer abc\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: private, max-age=3600\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nAuthorization: Bearer abc\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=3600, must-revalidate\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nAuthorization: Bearer abc\r\nIf-None-Match: "s1"\r\n\r\n
<<<
HTTP/1.1 304 Not Modified\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=3600\r\nETag: "s1"\r\n\r\n
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: immutable\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=31536000, immutable\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=31536000, immutable\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nok
