# FR-19 field grammar. 1 "Content-Type: text/html, text/plain" (response-field-syntax);
# 2 "Content-Type: text/html; charset=utf-8" and "Server: nginx/1.22.1 (Ubuntu)" (nothing);
# 3 "Max-Forwards: ten" (request-field-syntax); 4 503 with "Retry-After: soon"
# (response-field-syntax); 5 503 with "Retry-After: 120" (nothing); 6 "User-Agent: foo(bar)"
# (request-field-syntax); 7 a browser User-Agent with comments (nothing); 8 "Allow: GET, HEAD/x"
# (response-field-syntax); 9 "Content-Location: /a#b" (response-field-syntax);
# 10 "Upgrade: websocket/13, h2c" with Connection: upgrade, and "Expect: 100-continue"
# (nothing). RFC 9110 5.5, 8.3.1, 7.6.2, 10.2.3, 10.1.5, 10.2.1, 8.7, 7.8.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html, text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html; charset=utf-8\r\n
Server: nginx/1.22.1 (Ubuntu)\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
OPTIONS /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Max-Forwards: ten\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, OPTIONS\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 503 Service Unavailable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: soon\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
busy
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 503 Service Unavailable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: 120\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
busy
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: foo(bar)\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD/x\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /9 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Location: /a#b\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
PUT /10 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Connection: upgrade\r\n
Upgrade: websocket/13, h2c\r\n
Expect: 100-continue\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
data
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
