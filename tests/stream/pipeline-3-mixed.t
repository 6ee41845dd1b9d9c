# Three pipelined requests with a Content-Length body, no body and a chunked body, sent in
# one segment; the responses (empty, Content-Length, 204) pair in order.
# RFC 9112 9.3.2 (pipelining: responses in request order), 6.3 (body length of each message).
>>>
POST /a HTTP/1.1\r\nHost: example.test\r\nContent-Length: 5\r\n\r\nhello
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
PUT /c HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n
<<<
HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi
<<<
HTTP/1.1 204 No Content\r\n\r\n
