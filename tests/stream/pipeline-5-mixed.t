# Five pipelined requests (GET, POST with Content-Length, PATCH chunked, HEAD, DELETE) and
# five responses in one server segment with mixed framings (chunked, length, none, HEAD).
# RFC 9112 9.3.2 (responses in request order), 6.3 rules 1, 4, 6 and 7 (each body length).
>>>
GET /1 HTTP/1.1\r\nHost: example.test\r\n\r\n
POST /2 HTTP/1.1\r\nHost: example.test\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nxyz
PATCH /3 HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n
HEAD /4 HTTP/1.1\r\nHost: example.test\r\n\r\n
DELETE /5 HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\none!\r\n0\r\n\r\n
HTTP/1.1 201 Created\r\nContent-Length: 3\r\n\r\ntwo
HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n
HTTP/1.1 200 OK\r\nContent-Length: 50\r\nContent-Type: text/html\r\n\r\n
HTTP/1.1 204 No Content\r\n\r\n
