# FR-06: the same without Connection: close (close-delimited-response and
# close-delimited-without-connection-close). RFC 9112 6.3, 9.6.
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
\r\n
streamed data
