# FR-04 Transfer-Encoding checks on one connection.
# 1 POST "Transfer-Encoding: chunked, chunked" (request-chunked-twice); 2 response with
# "x-custom, chunked" to a request that offered x-custom in TE (response-unknown-transfer-coding
# only); 3 response "gzip, chunked" to a request with "TE: gzip" (nothing); 4 the same response
# without TE in the request (response-unrequested-transfer-coding); 5 response "chunked;foo=1"
# (response-transfer-coding-parameters); 6 POST "chunked ; x=1"
# (request-transfer-coding-parameters); 7 POST "foo, chunked" (request-unknown-transfer-coding);
# 8 HTTP/1.0 GET answered chunked (te-response-to-http10-request); 9 HTTP/1.0 POST with a
# chunked body (request-te-in-http10); 10 HTTP/1.0 response with a chunked body
# (response-te-in-http10); 11 plain chunked exchange (nothing).
# RFC 9112 6.1, 7, 7.1, 7.4.
%findings
>>>
POST /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: chunked, chunked\r\n
\r\n
3\r\n
abc\r\n
0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: x-custom\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: x-custom, chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: gzip\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: gzip, chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: gzip, chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked;foo=1\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
POST /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: chunked ; x=1\r\n
\r\n
3\r\n
abc\r\n
0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: foo, chunked\r\n
\r\n
3\r\n
abc\r\n
0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /8 HTTP/1.0\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
POST /9 HTTP/1.0\r\n
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
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /10 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.0 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
GET /11 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
