# 103 Early Hints (with a Link field) then the final 200: the 103 is an interim response of
# the same transaction. RFC 9110 15.2 (interim responses), RFC 8297 (103 Early Hints).
>>>
GET / HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\n<p/>\n
