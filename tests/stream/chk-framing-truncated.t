# FR-03 and FR-23. 1 a complete exchange (nothing); 2 a response with Content-Length: 100 of
# which 11 bytes arrive before the server's stream ends (response-truncated); 3 a pipelined
# POST with Content-Length: 50 of which 5 bytes arrive before the client's stream ends
# (request-truncated, and unanswered-request). RFC 9112 8, 6.3 (item 6).
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
>>>
POST /c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 50\r\n
\r\n
hello
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 100\r\n
\r\n
hello world
