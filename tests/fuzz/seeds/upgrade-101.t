# 101 Switching Protocols after a failed CONNECT on the same connection.
>>>
CONNECT proxy.test:80 HTTP/1.1\r\nHost: proxy.test\r\n\r\n
<<<
HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n
>>>
GET /chat HTTP/1.1\r\nHost: a.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello
>>>
\x81\x85\x37\xfa\x21\x3d\x7f\x9f\x4d\x51\x58
