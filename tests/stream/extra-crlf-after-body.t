# A client that sends an extra CRLF after a POST body (old user agents do): the empty line
# before the next request line is ignored and flagged leading-empty-lines, however the bytes
# are segmented; no stray bytes. RFC 9112 2.2 (a server SHOULD ignore at least one empty
# line received before the request-line), 6.3 rule 6.
>>>
POST /a HTTP/1.1\r\nHost: example.test\r\nContent-Length: 3\r\n\r\nabc\r\n
>>>
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb
