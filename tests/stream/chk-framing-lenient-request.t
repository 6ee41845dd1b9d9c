# FR-10, FR-11, FR-12 on requests (the parser accepts each leniently and flags it).
# 1 folded value (request-obs-fold); 2 "X-A : 1" answered 200 (request-space-before-colon,
# space-before-colon-accepted); 3 "X-A : 1" answered 400 (request-space-before-colon only);
# 4 "X(Bad): 1" (request-invalid-field-name); 5 a line without colon
# (request-invalid-field-name); 6 value with \x01 (request-control-character); 7 value with a
# bare CR (request-bare-cr); 8 lines ended by LF only (request-bare-lf); 9 a whitespace line
# right after the request line (request-whitespace-after-start-line); 10 CRLF before an
# HTTP/1.1 request (request-extra-empty-lines); 11 CRLF before an HTTP/1.0 request (nothing);
# 12 value with UTF-8 bytes (request-non-ascii-field-value); 13 clean request (nothing).
# RFC 9112 2.2, 5.1, 5.2; RFC 9110 5.1, 5.5.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-Long: a\r\n
  b\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-A : 1\r\n
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
X-A : 1\r\n
\r\n
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
bad
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X(Bad): 1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
garbage\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-C: a\x01b\r\n
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
User-Agent: t/1\r\n
X-D: a\rb\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /8 HTTP/1.1\n
Host: example.test\n
User-Agent: t/1\n
\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /9 HTTP/1.1\r\n
 X-E: 1\r\n
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
\r\n
GET /10 HTTP/1.1\r\n
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
\r\n
GET /11 HTTP/1.0\r\n
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
GET /12 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-Name: Jos\xc3\xa9\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /13 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
