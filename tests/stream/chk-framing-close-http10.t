# FR-06 near miss: an HTTP/1.0 request answered by a close-delimited HTTP/1.1 response without
# Connection: close (nothing: chunked was not available for an HTTP/1.0 client, and it expects
# the close).
%findings
>>>
GET /a HTTP/1.0\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
\r\n
streamed data
