# FR-03: a response body longer than its Content-Length: the 6 extra bytes are reported by
# the engine as stray bytes (framing.stray-bytes); the next exchange parses. RFC 9112 6.3.
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
okEXTRA\n
>>>
GET /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
