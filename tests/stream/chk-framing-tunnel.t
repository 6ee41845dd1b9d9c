# FR-23: a WebSocket upgrade answered 101: the rest of the connection is not HTTP/1.x
# (tunnel). RFC 9110 7.8.
%findings
>>>
GET /chat HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n
Sec-WebSocket-Version: 13\r\n
\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\n
Connection: Upgrade\r\n
Upgrade: websocket\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
\r\n
<<<
\x81\x02hi
