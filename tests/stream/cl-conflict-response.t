# A response with Content-Length: 5 and Content-Length: 9: the framing is invalid (flagged as
# conflicting); the user agent closes the connection, so the rest of the stream is this
# response (read to the end).
# RFC 9112 6.3 rule 5 (differing values: unrecoverable error, the UA closes), RFC 9110 8.6.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\nhello1234
