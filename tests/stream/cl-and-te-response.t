# A response with Content-Length: 3 and Transfer-Encoding: chunked: chunked decides (body 5
# bytes), the anomaly is flagged, and the next pipelined response pairs correctly.
# RFC 9112 6.3 rule 3 (Transfer-Encoding overrides Content-Length; ought to be an error), 6.1.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
