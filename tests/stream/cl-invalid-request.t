# A request with Content-Length: -5 (not a number): framing unknown (flagged), the server
# answers 400 and closes; the 5 bytes after the header block are stray.
# RFC 9112 6.3 rule 5 (invalid Content-Length in a request: 400 and close), RFC 9110 8.6.
>>>
POST /a HTTP/1.1\r\nHost: example.test\r\nContent-Length: -5\r\n\r\nhello
<<<
HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n
