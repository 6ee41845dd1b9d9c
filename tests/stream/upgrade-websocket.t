# Upgrade: websocket answered 101 Switching Protocols: the 101 is the final response of the
# exchange (not interim) and both directions become a tunnel; WebSocket frames follow.
# RFC 9110 7.8 (Upgrade), 15.2.2 (101), RFC 9112 6.3 rule 1 (101 has no body), RFC 6455 4.
>>>
GET /chat HTTP/1.1\r\nHost: example.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n\x81\x02hi
>>>
\x81\x82\x00\x00\x00\x00ok
<<<
HTTP/1.1 200 OK\r\n\r\n
