# Vary hygiene and announced transformations (CHECKS.md CA-16, CA-24; RFC 9110 7.7, 12.5.5,
# 15.3.4; RFC 9111 4.1, 5.2.2.6; RFC 7240 2).
# 1: Vary: * (cache.vary-star)
# 2: Vary: Host (cache.vary-host)
# 3: Vary: User-Agent (cache.vary-user-agent)
# 4: Accept-Encoding twice (cache.vary-duplicate)
# 5: six Vary members (cache.vary-complex)
# 6: near miss: the usual CORS Vary
# 7: Preference-Applied without Vary: Prefer (cache.preference-applied-without-vary)
# 8: near miss: with Vary: Prefer
# 9: 203 with no-transform (cache.transformed-despite-no-transform)
# 10: Warning 214 for a request with no-transform (cache.transformed-despite-no-transform, cache.warning-obsolete)
# 11: 203 without Via (cache.203-without-via)
# 12: near miss: 203 through a proxy, no no-transform
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: *\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: Host\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: Accept-Encoding, User-Agent\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: Accept-Encoding\r\nVary: accept-encoding\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: Accept, Accept-Encoding, Accept-Language, Origin, Cookie, X-Forwarded-Proto\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Accept-Encoding\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nPrefer: return=minimal\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nPreference-Applied: return=minimal\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nPrefer: return=minimal\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nPreference-Applied: return=minimal\r\nVary: Prefer\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 203 Non-Authoritative Information\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nCache-Control: no-transform, max-age=60\r\nVia: 1.1 proxy\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nCache-Control: no-transform\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nWarning: 214 proxy "Transformation Applied"\r\nVia: 1.1 proxy\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 203 Non-Authoritative Information\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 203 Non-Authoritative Information\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nVia: 1.1 proxy\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
