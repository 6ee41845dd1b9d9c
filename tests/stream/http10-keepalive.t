# HTTP/1.0 with Connection: keep-alive: two requests on one connection, each response with
# Content-Length; both pair and are complete.
# RFC 9112 9.3 (persistence; HTTP/1.0 keep-alive, appendix C.2.2), 6.3 rule 6.
>>>
GET /1 HTTP/1.0\r\nHost: example.test\r\nConnection: keep-alive\r\n\r\n
<<<
HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\none
>>>
GET /2 HTTP/1.0\r\nHost: example.test\r\nConnection: keep-alive\r\n\r\n
<<<
HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\ntwo
