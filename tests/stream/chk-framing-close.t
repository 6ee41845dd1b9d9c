# FR-06: an HTTP/1.1 response to an HTTP/1.1 request without Content-Length or chunked, with
# Connection: close (close-delimited-response only). RFC 9112 6.3.
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Connection: close\r\n
Content-Type: text/plain\r\n
\r\n
streamed data
