# A header line without a colon between two valid fields: ignored and flagged; the fields
# around it are kept. RFC 9112 5 (field-line = field-name ":" OWS field-value OWS).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nthis line has no colon\r\nAccept: */*\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
