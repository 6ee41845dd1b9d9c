# FR-07, FR-08, FR-18 on one connection.
# 1 POST without Content-Length (request-without-content-length); 2 POST with
# Content-Length: 0 (nothing); 3 GET with Content-Length: 0 (content-length-without-content);
# 4 GET with 5 bytes of content (content-in-get-head-delete); 5 DELETE with chunked content
# (content-in-get-head-delete); 6 OPTIONS with content and no Content-Type
# (options-content-without-content-type); 7 OPTIONS with content and Content-Type (nothing);
# 8 POST with Expect: 100-continue and Content-Length: 0 (expect-100-without-content);
# 9 PUT with Expect: 100-continue and content (nothing); 10 POST with "Expect: foo"
# (expect-unknown); 11 HTTP/1.0 POST with Expect: 100-continue (expect-in-http10);
# 12 CONNECT with content, answered 400 (content-in-connect).
# RFC 9110 8.6, 9.3.1, 9.3.5, 9.3.6, 9.3.7, 10.1.1.
%findings
>>>
POST /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Length: 0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Length: 0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
hello
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
DELETE /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: chunked\r\n
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
OPTIONS /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
OPTIONS /7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Expect: 100-continue\r\n
Content-Length: 0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
PUT /9 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Expect: 100-continue\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
data
<<<
HTTP/1.1 201 Created\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/9\r\n
Content-Length: 0\r\n
\r\n
>>>
POST /10 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Expect: foo\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
data
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
POST /11 HTTP/1.0\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Expect: 100-continue\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
data
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
CONNECT example.test:443 HTTP/1.1\r\n
Host: example.test:443\r\n
User-Agent: t/1\r\n
Content-Length: 3\r\n
\r\n
abc
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
Connection: close\r\n
\r\n
bad
