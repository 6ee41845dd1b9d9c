# FR-09 Host checks. 1 HTTP/1.1 GET without Host answered 200 (host-missing,
# bad-host-accepted); 2 two Host lines answered 400 (host-repeated); 3 "Host: user@example.test"
# answered 400 (host-invalid); 4 absolute-form target whose authority differs from Host,
# answered 400 (host-target-mismatch, absolute-form-target); 5 "http://example.test:80/x" with
# "Host: example.test" answered via a proxy (absolute-form-target only: the default port
# matches); 6 Host after User-Agent (host-not-first); 7 the same with Via (nothing); 8 HTTP/1.0
# GET without Host (nothing); 9 "Host: [::1]:8080" (nothing); 10 empty Host (nothing).
# RFC 9112 3.2; RFC 9110 7.2.
%findings
>>>
GET /1 HTTP/1.1\r\n
User-Agent: t/1\r\n
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
Host: other.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
bad
>>>
GET /3 HTTP/1.1\r\n
Host: user@example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
bad
>>>
GET http://a.example/4 HTTP/1.1\r\n
Host: b.example\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 400 Bad Request\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
bad
>>>
GET http://example.test:80/5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Via: 1.1 proxy.test\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /6 HTTP/1.1\r\n
User-Agent: t/1\r\n
Host: example.test\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /7 HTTP/1.1\r\n
User-Agent: t/1\r\n
Host: example.test\r\n
Via: 1.1 gw.test\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /8 HTTP/1.0\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /9 HTTP/1.1\r\n
Host: [::1]:8080\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /10 HTTP/1.1\r\n
Host:\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
