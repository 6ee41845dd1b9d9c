# A gap inside a chunk-size line of a chunked response: the chunk framing is lost, the
# response is incomplete (gap-in-body), the bytes up to the next status line are skipped, and
# the second response pairs with the second request.
# RFC 9112 7.1 (chunk sizes delimit the data; without one the end cannot be found), 9.3.2.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n1
<<< gap 3
<<<
abcdefghijklmnop\r\n0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
