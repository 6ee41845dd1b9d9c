# Chunked request and response bodies, chunk extensions, trailers.
>>>
POST /upload HTTP/1.1\r\nHost: a.test\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n
5;name=val\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: 1234\r\n\r\n
<<<
HTTP/1.1 201 Created\r\nTransfer-Encoding: gzip, chunked\r\nLocation: /upload/1\r\n\r\n
a\r\n0123456789\r\n0\r\n\r\n
