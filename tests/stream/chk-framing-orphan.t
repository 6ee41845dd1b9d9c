# FR-03: 1 a response before any request (response-without-request); 2 a normal exchange;
# 3 an unsolicited 408 with Connection: close, as servers send before closing an idle
# connection (nothing from framing: RFC 9110 15.5.9). RFC 9112 9.2.
%findings
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
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
<<<
HTTP/1.1 408 Request Timeout\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Connection: close\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
timeout
