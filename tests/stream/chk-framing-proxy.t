# FR-22: 1 absolute-form request answered 200 without Via (absolute-form-target,
# proxied-response-without-via); 2 the same answered with Via (absolute-form-target only);
# 3 answered 407 by the proxy itself (absolute-form-target only); 4 origin-form (nothing).
# RFC 9112 3.2.2; RFC 9110 7.6.3.
%findings
>>>
GET http://example.test/1 HTTP/1.1\r\n
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
GET http://example.test/2 HTTP/1.1\r\n
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
GET http://example.test/3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 407 Proxy Authentication Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Proxy-Authenticate: Basic realm="p"\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
auth
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
