# Conditional requests: preconditions ignored or misplaced, validator syntax (CHECKS.md CA-19,
# CA-21; RFC 9110 8.8.3, 13.1.1-13.1.5, 13.2.1, 13.2.2).
# 1: 200 although If-None-Match matches weakly (cache.if-none-match-ignored)
# 2: 200 to If-None-Match: * (cache.if-none-match-ignored)
# 3: If-None-Match split over two lines, second matches (cache.if-none-match-ignored)
# 4: near miss: If-None-Match does not match
# 5: near miss: matching tag but a cache answered (Age)
# 6: 200 although Last-Modified equals If-Modified-Since (cache.if-modified-since-ignored)
# 7: near miss: If-Modified-Since later than Last-Modified (exact-match server)
# 8: near miss: If-None-Match present, so If-Modified-Since is ignored
# 9: If-Modified-Since on POST (cache.if-modified-since-not-get)
# 10: near miss: If-Unmodified-Since on POST
# 11: weak tag in If-Match (cache.weak-etag-in-if-match)
# 12: near miss: strong tag in If-Match
# 13: conditional HEAD (cache.conditional-head)
# 14: precondition on OPTIONS (cache.precondition-method-ignored)
# 15: 200 although If-Match fails (cache.failed-precondition-ignored)
# 16: 200 although If-Unmodified-Since fails (cache.failed-precondition-ignored)
# 17: near miss: If-Match matches
# 18: near miss: If-Match: *
# 19: unquoted ETag (cache.etag-syntax)
# 20: near miss: weak and empty entity-tags
# 21: backslash in ETag (cache.etag-backslash)
# 22: unquoted If-None-Match (cache.conditional-syntax)
# 23: If-Range with an unterminated entity-tag (cache.conditional-syntax)
# 24: weak tag in If-Range (cache.weak-etag-in-if-range)
# 25: If-Range without Range (cache.if-range-without-range)
# 26: near miss: Range with a strong If-Range answered 206
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "x", W/"v1"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: *\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "v0"\r\nIf-None-Match: "v1"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "v0"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "v1"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=600\r\nAge: 100\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Modified-Since: Mon, 13 Nov 2023 22:13:20 GMT\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Modified-Since: Tue, 14 Nov 2023 00:00:00 GMT\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "v0"\r\nIf-Modified-Since: Mon, 13 Nov 2023 22:13:20 GMT\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
POST /p HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Modified-Since: Mon, 13 Nov 2023 22:13:20 GMT\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\na=1
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
POST /p HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Unmodified-Since: Mon, 13 Nov 2023 22:13:20 GMT\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\na=1
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
PUT /doc HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: W/"v1"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nnew
<<<
HTTP/1.1 204 No Content\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n
>>>
PUT /doc HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: "v1"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nnew
<<<
HTTP/1.1 204 No Content\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n
>>>
HEAD / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "v1"\r\n\r\n
<<<
HTTP/1.1 304 Not Modified\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\n\r\n
>>>
OPTIONS / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: "x"\r\n\r\n
<<<
HTTP/1.1 204 No Content\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAllow: GET, HEAD, OPTIONS\r\n\r\n
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: "v0"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Unmodified-Since: Sun, 12 Nov 2023 00:00:00 GMT\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: "v1"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: *\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: v1\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: W/""\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "a\\b"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: v1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nRange: bytes=0-1\r\nIf-Range: "v1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nRange: bytes=0-1\r\nIf-Range: W/"v1"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: W/"v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Range: "v1"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nRange: bytes=0-1\r\nIf-Range: "v1"\r\n\r\n
<<<
HTTP/1.1 206 Partial Content\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nContent-Range: bytes 0-1/10\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
