# FR-05: 1 DELETE answered 204 with Content-Length: 0 (content-length-in-204); 2 a 204 without
# it (nothing); 3 CONNECT answered 407 with Content-Length (nothing: not a 2xx);
# 4 CONNECT answered 200 with Content-Length: 0 (length-in-connect-2xx, and tunnel).
# RFC 9110 8.6, 9.3.6.
%findings
>>>
DELETE /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
\r\n
>>>
DELETE /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
>>>
CONNECT example.test:443 HTTP/1.1\r\n
Host: example.test:443\r\n
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
CONNECT example.test:443 HTTP/1.1\r\n
Host: example.test:443\r\n
User-Agent: t/1\r\n
Proxy-Authorization: Basic dTpw\r\n
\r\n
<<<
HTTP/1.1 200 Connection established\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
\r\n
