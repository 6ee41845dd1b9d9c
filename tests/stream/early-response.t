# The server sends its final response (413) before the request body is complete, and the
# client finishes sending the body afterwards: the transaction still describes the whole
# request (body 10 bytes, complete) paired with the 413.
# RFC 9112 9.5 (a client monitors for an error response while sending the body), 9.2
# (response to request association), 6.3 rule 6 (the request's length still delimits it).
>>>
POST /upload HTTP/1.1\r\nHost: example.test\r\nContent-Length: 10\r\n\r\n01234
<<<
HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\n\r\n
>>>
56789
