# Cache-Control directive syntax and placement (CHECKS.md CA-01, CA-02, CA-03; RFC 9111 5.2,
# 1.2.2, 4.2.1). Every transaction is one keep-alive exchange; the last ones are near misses
# that are correct and must not fire.
# 1: spaces around "=" (cache.cc-syntax)
# 2: no-store with an argument (cache.cc-unexpected-argument)
# 3: max-age=-5 (cache.cc-invalid-delta-seconds)
# 4: request min-fresh without a value (cache.cc-invalid-delta-seconds, request side)
# 5: max-age twice (cache.cc-duplicate-directive)
# 6: Max-Age (cache.cc-not-lowercase)
# 7: max-age of 99999999999 (cache.cc-delta-overflow)
# 8: max-age="60" (cache.cc-quoted-delta-seconds)
# 9: private=Set-Cookie (cache.cc-field-list-token-form)
# 10: only-if-cached in a response (cache.cc-request-directive-in-response)
# 11: public in a request (cache.cc-response-directive-in-request)
# 12: request no-cache with a field list (cache.cc-unexpected-argument, request side)
# 13: private with a field list in a request: only cache.cc-response-directive-in-request
# 14: near miss: quoted field lists, known directives in lower case, extensions in any case
# 15: near miss: 2^31-1 is not an overflow; s-maxage with max-age=0
# 16: near miss: the PHP session header set
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age = 60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store=1, must-revalidate\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=-5\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: min-fresh\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nCache-Control: max-age=3600\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: Max-Age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=99999999999\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age="60"\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: private=Set-Cookie\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60, only-if-cached\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: public\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: no-cache="foo"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: private="foo"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: max-stale, min-fresh=5, stale-if-error=60\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: private="Set-Cookie", no-cache="Set-Cookie", max-age=60\r\nCache-Control: stale-while-revalidate=30, stale-if-error=600, X-Ext=FOO, Foo-Bar\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: no-cache, max-age=0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: s-maxage=2147483647, max-age=0\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nPragma: no-cache\r\nCache-Control: no-cache\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store, no-cache, must-revalidate\r\nPragma: no-cache\r\nExpires: Thu, 19 Nov 1981 08:52:00 GMT\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
