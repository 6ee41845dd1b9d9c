# A correct websocket upgrade: 101 with Upgrade: websocket to a request offering it. No status
# finding (SC-05, SC-06, SC-10, SC-11 near misses). Tunnel bytes follow.
%findings
>>>
GET /chat HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n
Sec-WebSocket-Version: 13\r\n
\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n
\r\n
>>>
\x81\x05hello
