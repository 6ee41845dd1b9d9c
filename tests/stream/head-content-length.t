# HEAD answered with Content-Length: 1234 and no body, then a pipelined GET: the HEAD response
# ends at its header block and the next bytes are the GET's response.
# RFC 9112 6.3 rule 1 (a response to HEAD has no body), RFC 9110 9.3.2 and 8.6.
>>>
HEAD /big HTTP/1.1\r\nHost: example.test\r\n\r\nGET /small HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1234\r\nContent-Type: text/html\r\n\r\n
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi
