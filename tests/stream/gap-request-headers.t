# A gap inside the first request's header block: that request is incomplete (gap-in-headers),
# the rest of its header block is skipped as stray while resynchronising, the next request
# parses; the two responses pair with the two requests in order.
# RFC 9112 2.1 and 5 (the header block ends at the empty line, which was not seen whole),
# 9.3.2 (responses in request order).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nUser-Ag
>>> gap 12
>>>
a\r\nAccept: */*\r\n\r\n
>>>
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb
