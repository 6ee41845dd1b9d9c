# Odd and hostile values must not crash the cache checks nor produce findings that cannot be
# defended (CHECKS.md CA-01, CA-10, CA-16, CA-21). Each line below says what is expected.
# 1: empty Cache-Control: nothing (empty lists are FR-13)
# 2: "=" alone (cache.cc-syntax)
# 3: unterminated quoted argument (cache.cc-syntax)
# 4: max-age= with no value (cache.cc-syntax only)
# 5: a 40-digit Age (cache.age-overflow)
# 6: Age list (cache.age-syntax)
# 7: ETag W/ alone (cache.etag-syntax)
# 8: "," is a valid entity-tag, and it matches (cache.if-none-match-ignored); If-Range: W/ (cache.conditional-syntax)
# 9: If-Match mixing * and a tag (cache.conditional-syntax)
# 10: 40 Vary members with a duplicate after the 32nd (cache.vary-complex)
# 11: 33 Cache-Control directives: the 33rd (Max-Age) is beyond the 32 kept, nothing is reported
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control:\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control:\r\nCache-Control: ,, ,\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: =\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-cache="Set-Cookie, max-age=5\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAge: 9999999999999999999999999999999999999999\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAge: 10, 20\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: W/\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: ","\r\nRange: bytes=0-1\r\nIf-Range: W/\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: ","\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
PUT /x HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-Match: *, "a"\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nz
<<<
HTTP/1.1 204 No Content\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: X-H0, X-H1, X-H2, X-H3, X-H4, X-H5, X-H6, X-H7, X-H8, X-H9, X-H10, X-H11, X-H12, X-H13, X-H14, X-H15, X-H16, X-H17, X-H18, X-H19, X-H20, X-H21, X-H22, X-H23, X-H24, X-H25, X-H26, X-H27, X-H28, X-H29, X-H30, X-H31, X-H32, X-H33, X-H34, X-H35, X-H36, X-H37, X-H38, X-H39, X-H39\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31, Max-Age=1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
