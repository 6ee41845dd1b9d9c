# Gaps in a body and in a header block; the parsers resynchronise at the next start line.
>>>
GET /one HTTP/1.1\r\nHost: a.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789
<<< gap 80
<<<
0123456789
>>>
GET /two HTTP/1.1\r\nHo
>>> gap 20
>>>
xx\r\n\r\nGET /three HTTP/1.1\r\nHost: a.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123
<<< gap 12
<<<
\r\n0\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n
