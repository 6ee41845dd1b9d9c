# FR-16 trailers. 1 chunked response with trailers announced in Trailer (nothing); 2 trailers
# without Trailer (response-trailers-not-announced); 3 "Trailer: X-Sum" on a Content-Length
# response (response-trailer-without-chunked); 4 chunked POST with a trailer and no Trailer
# (request-trailers-not-announced); 5 POST with Content-Length and Trailer
# (request-trailer-without-chunked). RFC 9110 6.5.1, 6.6.2.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: trailers\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
Trailer: X-Sum\r\n
\r\n
2\r\n
ok\r\n
0\r\n
X-Sum: 1\r\n
\r\n
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: trailers\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
X-Sum: 1\r\n
\r\n
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Trailer: X-Sum\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: chunked\r\n
\r\n
3\r\n
abc\r\n
0\r\n
X-Sum: 2\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Trailer: X-Sum\r\n
Content-Length: 3\r\n
\r\n
abc
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
