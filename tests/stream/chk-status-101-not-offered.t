# The client offers websocket, the server switches to h2c instead (SC-06), and the client had
# also sent Expect: 100-continue without the 100 coming first (SC-05).
%findings
>>>
POST /chat HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: websocket\r\n
Connection: Upgrade\r\n
Expect: 100-continue\r\n
Content-Length: 0\r\n
\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\n
Upgrade: h2c\r\n
Connection: Upgrade\r\n
\r\n
