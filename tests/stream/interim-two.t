# Two interim responses (102 Processing, 103 Early Hints) before the final 207; both go in
# "interim" in order. RFC 9110 15.2 (a server can send several 1xx before the final response).
>>>
PROPFIND /dav/ HTTP/1.1\r\nHost: example.test\r\nDepth: 1\r\nContent-Length: 0\r\n\r\n
<<<
HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n
<<<
HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\nContent-Length: 7\r\n\r\n<a></a>
