# A 304 carrying Content-Length: 1234 (the selected representation's size, no body), then a
# pipelined request's 200. Content-Length on a 304 is allowed and not a body length.
# RFC 9112 6.3 rule 1 (304 has no body), RFC 9110 8.6 and 15.4.5.
>>>
GET /img HTTP/1.1\r\nHost: example.test\r\nIf-None-Match: "v1"\r\n\r\nGET /next HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 1234\r\n\r\n
HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc
