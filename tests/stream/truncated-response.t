# A response with Content-Length: 100 whose stream ends after 11 body bytes: incomplete,
# flagged truncated. RFC 9112 8 (a message with fewer octets than its Content-Length is
# incomplete), 6.3 rule 6.
>>>
GET /big HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello world
