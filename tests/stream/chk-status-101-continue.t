# Upgrade and Expect: 100-continue answered correctly: 100 first, then 101 (no SC-05 finding);
# protocol names compare case-insensitively (RFC 9110 7.8).
%findings
>>>
POST /chat HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: WebSocket\r\n
Connection: Upgrade\r\n
Expect: 100-continue\r\n
Content-Length: 2\r\n
\r\n
<<<
HTTP/1.1 100 Continue\r\n
\r\n
>>>
hi
<<<
HTTP/1.1 101 Switching Protocols\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
\r\n
