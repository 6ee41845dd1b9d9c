# A 204 followed by a line of stray bytes (not a status line), then, after a second request,
# the valid 200: a stray record for the 11 bytes (after transaction 1, at the time they were
# seen) and the 200 paired with the second request after resynchronising.
# RFC 9110 15.3.5 and RFC 9112 6.3 rule 1 (a 204 ends at its header block: no content).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 204 No Content\r\n\r\ngarbage!!\r\n
>>>
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
