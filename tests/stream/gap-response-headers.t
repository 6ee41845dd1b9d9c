# A gap inside the first response's header block: that response is incomplete
# (gap-in-headers) and its framing unknown, so the bytes after the gap are skipped until the
# next status line, which pairs with the second request.
# RFC 9112 6.3 (the length is decided by header fields that were lost), 9.3.2.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nServer: x\r\nCont
<<< gap 20
<<<
\r\n\r\nbody of a\n
<<<
HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno
