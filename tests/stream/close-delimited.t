# An HTTP/1.1 response with neither Content-Length nor Transfer-Encoding: its body runs to the
# end of the stream (two segments, 21 bytes) and the message is complete.
# RFC 9112 6.3 rule 8 (length = bytes received until the server closes).
>>>
GET /stream HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nfirst part\n
<<<
second bit
