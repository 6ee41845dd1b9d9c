# Lenient parsing: obs-fold, bare LF, whitespace before colon, duplicate and conflicting lengths.
>>>
\r\nget  /a?x=1   http/1.1\nHost : a.test\r\nX-Fold: one\r\n  two\r\nBad Name: v\r\nNoColon\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc
GET /b HTTP/1.1\r\nHost: a.test\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n
GET /c HTTP/1.2\r\nHost: a.test\r\nContent-Length: 1, 2\r\n\r\n
<<<
HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n
<<<
HTTP/1.1 999 Odd Status\r\nContent-Length: abc\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 18446744073709551616\r\n\r\n
