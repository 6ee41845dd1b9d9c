# Status checks around 1xx, Upgrade and content where none is allowed (SC-03, SC-04, SC-07,
# SC-10). 1 PUT with Expect: 100-continue, 100, 204 (nothing); 2 a 100 nobody asked for;
# 3 426 without Upgrade; 4 426 requiring TLS/1.2 that the client offered; 5 426 with Upgrade
# (nothing but SC-12); 6 h2c offer answered with 200 (info); 7 Upgrade without
# Connection: upgrade (nothing); 8 204 with Content-Length: 5; 9 204 with Content-Length: 0
# (nothing); 10 204 with Transfer-Encoding; 11 304 with Transfer-Encoding to a conditional GET
# (allowed, RFC 9112 6.1); 12 205 with content; 13 empty 205 (nothing); 14 HEAD answered with
# 5 stray bytes after the header section (status.content-not-allowed); 15 the next exchange
# parses; 16 a 100 sent to an HTTP/1.0 request.
%findings
>>>
PUT /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Expect: 100-continue\r\n
Content-Length: 4\r\n
Content-Type: text/plain\r\n
\r\n
<<<
HTTP/1.1 100 Continue\r\n
\r\n
>>>
data
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
>>>
POST /p HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
data
<<<
HTTP/1.1 100 Continue\r\n
\r\n
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /426a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 426 Upgrade Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
upgrade
>>>
GET /426b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: TLS/1.2\r\n
Connection: Upgrade\r\n
\r\n
<<<
HTTP/1.1 426 Upgrade Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Upgrade: TLS/1.2, HTTP/1.1\r\n
Connection: Upgrade\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
tls
>>>
GET /426c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 426 Upgrade Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Upgrade: HTTP/2.0\r\n
Connection: Upgrade\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
h2
>>>
GET /h2c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Connection: Upgrade, HTTP2-Settings\r\n
Upgrade: h2c\r\n
HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /noconn HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Upgrade: h2c\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
DELETE /d1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 5\r\n
\r\n
>>>
DELETE /d2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
\r\n
>>>
DELETE /d3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
>>>
GET /c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-None-Match: "a"\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "a"\r\n
Transfer-Encoding: chunked\r\n
\r\n
>>>
POST /form HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 205 Reset Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
hello
>>>
POST /form HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 205 Reset Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
\r\n
>>>
HEAD /h HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 5\r\n
Content-Type: text/plain\r\n
\r\n
oops\r\n
>>>
GET /after HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /old HTTP/1.0\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Connection: keep-alive\r\n
\r\n
<<<
HTTP/1.1 100 Continue\r\n
\r\n
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
