# FR-04: 1 POST whose Transfer-Encoding ends with gzip, not chunked, answered 200
# (request-te-not-chunked, te-not-chunked-accepted; its body is stray); 2 the same answered 400
# (request-te-not-chunked only). RFC 9112 6.1, 6.3 (item 4).
%findings
>>>
POST /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: gzip\r\n
\r\n
GZDATA\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: gzip\r\n
\r\n
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
Connection: close\r\n
\r\n
bad
