# Age syntax, responses served from a cache against the rules, stale responses (CHECKS.md
# CA-10, CA-11, CA-12; RFC 9111 3, 3.5, 4, 4.2.4, 5.1, 5.2). An Age is taken as proof of
# storage above 60 s plus the observed response time (here 61 s); an Age may exceed the
# freshness lifetime by 10 s.
# 1: Age: -5 (cache.age-syntax)
# 2: Age: 9999999999 (cache.age-overflow)
# 3: no-store with Age: 3600 (cache.age-on-unstorable-response)
# 4: Age on a response to POST (cache.age-on-unstorable-response)
# 5: Age on a 302 without freshness (cache.age-on-unstorable-response)
# 6: Age on a response to an authorized request (cache.age-on-unstorable-response, cache.not-storable)
# 7: near miss: no-store with Age: 30 (hop delay)
# 8: near miss: authorized request, public response with Age
# 9: no-cache response with Age: 500 (cache.age-despite-no-cache)
# 10: near miss: qualified no-cache with Age: 500
# 11: stale no-cache response: only cache.age-despite-no-cache
# 12: near miss: 416 with Age (a cache may generate it from a stored 200)
# 13: request no-cache answered from storage (cache.age-despite-request-no-cache)
# 14: request Pragma: no-cache answered from storage (cache.age-despite-request-no-cache)
# 15: near miss: request no-cache, Age: 30
# 16: 421 with max-age (cache.421-cacheable)
# 17: near miss: 421 with no-store
# 18: stale despite must-revalidate (cache.stale-despite-must-revalidate)
# 19: stale for a shared cache despite s-maxage (cache.stale-despite-must-revalidate)
# 20: near miss: must-revalidate, 5 s over the lifetime
# 21: stale response (cache.stale-response)
# 22: near miss: within stale-while-revalidate
# 23: near miss: the client accepts any staleness (max-stale)
# 24: older than request max-age=0 (cache.age-exceeds-request-max-age)
# 25: near miss: request max-age=0, Age: 30
# 26: near miss: Age: 0
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAge: -5\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAge: 9999999999\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store\r\nAge: 3600\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
POST /form HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\na=1
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAge: 300\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 302 Found\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLocation: /b\r\nAge: 120\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nAuthorization: Bearer abc\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 100\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store\r\nAge: 30\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nAuthorization: Bearer abc\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: public, max-age=600\r\nAge: 100\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-cache\r\nETag: "n1"\r\nAge: 500\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-cache="Set-Cookie", max-age=600\r\nAge: 500\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-cache, max-age=60\r\nETag: "n2"\r\nAge: 500\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nRange: bytes=50-60\r\n\r\n
<<<
HTTP/1.1 416 Range Not Satisfiable\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nContent-Range: bytes */10\r\nAge: 300\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nbad range
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: no-cache\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 300\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nPragma: no-cache\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 300\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: no-cache\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 30\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 421 Misdirected Request\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=60\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nwrong host
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 421 Misdirected Request\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-store\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nwrong host
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600, must-revalidate\r\nAge: 900\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: s-maxage=60, max-age=600\r\nAge: 300\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600, must-revalidate\r\nAge: 605\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 900\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600, stale-while-revalidate=600\r\nAge: 900\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: max-stale\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 900\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: max-age=0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 300\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: max-age=0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: max-age=600\r\nAge: 30\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nAge: 0\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
