# Framing checks FR-01 and FR-02 on one keep-alive connection.
# 1 POST with Content-Length and Transfer-Encoding: chunked (request-cl-and-te);
# 2 response with both (response-cl-and-te); 3 chunked POST answered with Content-Length
# (nothing: the near miss of 1 and 2); 4 response "Content-Length: 5, 5"
# (response-duplicate-content-length); 5 response with two equal Content-Length lines
# (response-duplicate-content-length); 6 POST with "Content-Length: 2, 2"
# (request-duplicate-content-length); 7 plain exchange (nothing).
# RFC 9112 6.2, 6.3; RFC 9110 8.6.
%findings
>>>
POST /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Length: 4\r\n
Transfer-Encoding: chunked\r\n
Content-Type: text/plain\r\n
\r\n
5\r\n
hello\r\n
0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 3\r\n
Transfer-Encoding: chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
POST /c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Transfer-Encoding: chunked\r\n
Content-Type: text/plain\r\n
\r\n
3\r\n
abc\r\n
0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /d HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 5, 5\r\n
\r\n
hello
>>>
GET /e HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 3\r\n
Content-Length: 3\r\n
\r\n
abc
>>>
POST /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Length: 2, 2\r\n
Content-Type: text/plain\r\n
\r\n
xy
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /g HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
