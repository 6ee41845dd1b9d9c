# Status checks on 4xx/5xx (SC-13 .. SC-19, SC-25 .. SC-27); every response also gets SC-12's
# status.error-response. 1 401 without WWW-Authenticate; 2 with it; 3 407 without
# Proxy-Authenticate; 4 with it; 5 406 to a request without Accept*; 6 406 to Accept (no
# finding); 7 406 to Accept-Language only (info); 8 409 to GET (info); 9 409 to PUT; 10 408
# on a kept-open connection (info); 11 411 to a request with Content-Length; 12 411 to a
# chunked request; 13 413 to GET without content; 14 413 to a POST with content; 15 415 to
# GET without content; 16 415 to XML content; 17 417 without Expect; 18 417 to Expect;
# 19 PUT with Content-Range answered 204 (info); 20 the same answered 400; 21 505 in the
# request's version (allowed); 22 Retry-After on a 500 (info); 23 on a 301; 24 421 with Alt-Svc;
# 25 421 without; 26 451 without Link rel=blocked-by; 27 505 in HTTP/1.1 to an HTTP/1.0
# request; 28 408 with Connection: close.
%findings
>>>
GET /a1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 401 Unauthorized\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
login
>>>
GET /a2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 401 Unauthorized\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
WWW-Authenticate: Basic realm="x"\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
login
>>>
GET http://o.test/a3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 407 Proxy Authentication Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
login
>>>
GET http://o.test/a4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 407 Proxy Authentication Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Proxy-Authenticate: Basic realm="p"\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
login
>>>
GET /n1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 406 Not Acceptable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 12\r\n
\r\n
we have json
>>>
GET /n2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Accept: application/json\r\n
\r\n
<<<
HTTP/1.1 406 Not Acceptable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 11\r\n
\r\n
we have xml
>>>
GET /n3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Accept-Language: fr\r\n
\r\n
<<<
HTTP/1.1 406 Not Acceptable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 12\r\n
\r\n
english only
>>>
GET /c1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 409 Conflict\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 6\r\n
\r\n
locked
>>>
PUT /c2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
v2
<<<
HTTP/1.1 409 Conflict\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 13\r\n
\r\n
edit conflict
>>>
GET /t1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 408 Request Timeout\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
slow
>>>
POST /l1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
abc
<<<
HTTP/1.1 411 Length Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
len
>>>
POST /l2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: chunked\r\n
\r\n
3\r\n
abc\r\n
0\r\n
\r\n
<<<
HTTP/1.1 411 Length Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
len
>>>
GET /big HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 413 Content Too Large\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
big
>>>
POST /big HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 6\r\n
\r\n
abcdef
<<<
HTTP/1.1 413 Content Too Large\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
big
>>>
GET /m1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 415 Unsupported Media Type\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
type
>>>
POST /m2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/xml\r\n
Content-Length: 4\r\n
\r\n
<a/>
<<<
HTTP/1.1 415 Unsupported Media Type\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Accept: application/json\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
type
>>>
PUT /e1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ab
<<<
HTTP/1.1 417 Expectation Failed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
exp
>>>
PUT /e2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Expect: 100-continue\r\n
Content-Length: 0\r\n
\r\n
<<<
HTTP/1.1 417 Expectation Failed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
exp
>>>
PUT /p1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 0-1/10\r\n
Content-Length: 2\r\n
\r\n
ab
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
>>>
PUT /p2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 0-1/10\r\n
Content-Length: 2\r\n
\r\n
ab
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
partial
>>>
GET /v1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 505 HTTP Version Not Supported\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 11\r\n
\r\n
HTTP/2 only
>>>
GET /r1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 500 Internal Server Error\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: 30\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
oops
>>>
GET /r2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /r3\r\n
Retry-After: 30\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
moved
>>>
GET /m3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 421 Misdirected Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Alt-Svc: h2=":443"\r\n
Content-Type: text/plain\r\n
Content-Length: 10\r\n
\r\n
wrong host
>>>
GET /m4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 421 Misdirected Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 10\r\n
\r\n
wrong host
>>>
GET /g1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 451 Unavailable For Legal Reasons\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
blocked
>>>
GET /v2 HTTP/1.0\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 505 HTTP Version Not Supported\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
use 1.1
>>>
GET /t2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 408 Request Timeout\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Connection: close\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
slow
