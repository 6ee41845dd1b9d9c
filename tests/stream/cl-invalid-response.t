# A response with Content-Length: 12abc (not a number): invalid framing (flagged), read to the
# end of the stream as the user agent must close the connection.
# RFC 9112 6.3 rule 5 (invalid Content-Length: unrecoverable error), RFC 9110 8.6 (1*DIGIT).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\nhello
