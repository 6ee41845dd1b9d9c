# FR-10, FR-11, FR-12 on responses. 1 folded value (response-obs-fold); 2 "X-A : 1"
# (response-space-before-colon); 3 a line without colon (response-invalid-field-name);
# 4 value with DEL (response-control-character); 5 value with a bare CR (response-bare-cr);
# 6 lines ended by LF only (response-bare-lf); 7 a whitespace line right after the status line
# (response-whitespace-after-start-line); 8 CRLF before the status line
# (response-extra-empty-lines); 9 value with Latin-1 bytes (response-non-ascii-field-value);
# 10 clean response (nothing). RFC 9112 2.2, 5.1, 5.2, 9.2; RFC 9110 5.1, 5.5.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
X-Long: a\r\n
\tb\r\n
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
X-A : 1\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
garbage\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
X-C: a\x7fb\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
X-D: a\rb\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\n
Content-Length: 2\n
\n
ok
>>>
GET /7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
 X-E: 1\r\n
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
\r\n
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
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
X-Name: Jos\xe9\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
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
