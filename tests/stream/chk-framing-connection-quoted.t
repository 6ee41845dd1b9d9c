# FR-15 end-to-end connection options are read from Connection as a #list (RFC 9110 5.6.1):
# a comma inside a quoted string does not split it. 1 "Connection: keep-alive, "a, Host, b""
# (one quoted element, not a token: request-field-syntax only, no end-to-end option);
# 2 "Connection: close, Host" (request-end-to-end-connection-option). RFC 9110 5.6.1, 7.6.1.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Connection: keep-alive, "a, Host, b"\r\n
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
Connection: close, Host\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
