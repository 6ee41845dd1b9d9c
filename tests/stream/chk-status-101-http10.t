# 101 sent to an HTTP/1.0 request (SC-03: a server MUST NOT send 1xx to HTTP/1.0).
%findings
>>>
GET /chat HTTP/1.0\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
\r\n
