# A request with Content-Length: 3 and Content-Length: 6: framing unknown (flagged as
# conflicting); the server answers 400 and closes; the body bytes are stray.
# RFC 9112 6.3 rule 5 (a server MUST answer 400 and close), RFC 9110 8.6.
>>>
POST /a HTTP/1.1\r\nHost: example.test\r\nContent-Length: 3\r\nContent-Length: 6\r\n\r\nabcdef
<<<
HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n
