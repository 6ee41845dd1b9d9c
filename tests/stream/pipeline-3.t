# Three pipelined requests in one segment; responses arrive one by one.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
HEAD /c HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc
<<<
HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nnope\r\n0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n
