# A POST with a chunked body of three chunks (5 + 6 + 1 = 12 payload bytes), then its response.
# RFC 9112 7.1 (chunked coding), 6.3 rule 4 (chunked is final: the body ends at the last chunk).
>>>
POST /upload HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: chunked\r\n\r\n
5\r\nhello\r\n6\r\n world\r\n1\r\n!\r\n0\r\n\r\n
<<<
HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n
