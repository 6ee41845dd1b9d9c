# FR-02 on requests. 1 POST with "Content-Length: abc" (its 7 body bytes are stray) answered
# 200 (request-invalid-content-length, invalid-content-length-accepted); 2 POST with
# Content-Length 3 and 6 answered 400 (request-conflicting-content-length only: rejected).
# RFC 9112 6.3 (item 5).
%findings
>>>
POST /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: abc\r\n
\r\n
hello\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
Content-Length: 6\r\n
\r\n
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
Connection: close\r\n
\r\n
bad
