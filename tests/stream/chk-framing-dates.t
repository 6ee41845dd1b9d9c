# FR-20 HTTP-dates. 1 Date in RFC 850 form (response-bad-date); 2 Last-Modified in asctime form
# (response-bad-date); 3 Date with the wrong day name (response-bad-date); 4 "Expires: 0"
# (nothing from framing: left to the cache checks); 5 impossible date 31 Nov
# (response-bad-date); 6 "If-Modified-Since: yesterday" (request-bad-date); 7 If-Range with an
# entity-tag and "Retry-After: 120" (nothing); 8 "Retry-After" in RFC 850 form
# (response-bad-date); 9 clean IMF-fixdates (nothing). RFC 9110 5.6.7.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tuesday, 14-Nov-23 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Tue Nov 14 22:13:20 2023\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Mon, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Expires: 0\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Fri, 31 Nov 2023 10:00:00 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-Modified-Since: yesterday\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-1\r\n
If-Range: "abc"\r\n
\r\n
<<<
HTTP/1.1 503 Service Unavailable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: 120\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
busy
>>>
GET /8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 503 Service Unavailable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: Wednesday, 15-Nov-23 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
busy
>>>
GET /9 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-Modified-Since: Mon, 13 Nov 2023 10:00:00 GMT\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Tue, 14 Nov 2023 10:00:00 GMT\r\n
Cache-Control: max-age=60\r\n
Content-Length: 2\r\n
\r\n
ok
