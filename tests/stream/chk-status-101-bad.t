# 101 without Upgrade (SC-06) to a request that did not offer any upgrade; it also declares a
# body with Content-Length: 10 (SC-10) and a Content-Type (SC-11).
%findings
>>>
GET /x HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 101 Switching Protocols\r\n
Connection: Upgrade\r\n
Content-Type: text/html\r\n
Content-Length: 10\r\n
\r\n
