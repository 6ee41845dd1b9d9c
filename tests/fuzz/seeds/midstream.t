%midstream
# Capture starts inside a response body.
<<<
tail of a body that started earlier\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello
>>>
ers\r\n\r\nGET /next HTTP/1.1\r\nHost: a.test\r\n\r\n
<<<
HTTP/1.1 302 Found\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n
