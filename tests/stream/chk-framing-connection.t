# FR-15 Connection, TE and Upgrade. 1 "Connection: keep-alive, Authorization"
# (request-end-to-end-connection-option); 2 "Connection: Set-Cookie" in a response
# (response-end-to-end-connection-option); 3 "TE: trailers" without Connection: TE
# (te-without-connection-te); 4 with it (nothing); 5 "TE: chunked" (te-lists-chunked);
# 6 Upgrade without Connection: upgrade, ignored by the server
# (request-upgrade-without-connection-upgrade); 7 a response advertising "Upgrade: h2c"
# without Connection: upgrade (response-upgrade-without-connection-upgrade); 8 both with
# Connection: upgrade (nothing from framing). RFC 9110 7.6.1, 7.8, 10.1.4; RFC 9112 7.4.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Authorization: Basic dTpw\r\n
Connection: keep-alive, Authorization\r\n
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
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Set-Cookie: a=1\r\n
Connection: Set-Cookie\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: trailers\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: trailers\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: chunked\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: websocket\r\n
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
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Upgrade: h2c\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Connection: Upgrade\r\n
Upgrade: h2c\r\n
Content-Length: 2\r\n
\r\n
ok
