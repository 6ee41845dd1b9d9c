# A request with Content-Length: 4 and Transfer-Encoding: chunked (smuggling shape): the
# chunked body (5 bytes) decides, the anomaly is flagged, the following GET is a request.
# RFC 9112 6.3 rule 3 (Transfer-Encoding overrides Content-Length), 6.1 (server MAY reject).
>>>
POST /a HTTP/1.1\r\nHost: example.test\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb
