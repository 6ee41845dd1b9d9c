# FR-13 and FR-17. 1 two User-Agent lines (request-repeated-singleton-field); two Accept lines
# are a list (nothing); 2 two Content-Type lines (response-repeated-singleton-field), two
# Set-Cookie and two Cache-Control lines are allowed (nothing); 3 "Accept-Encoding: gzip, , br"
# (request-empty-list-element); 4 "Allow: GET, HEAD," (response-empty-list-element);
# 5 Host in a response (request-field-in-response); 6 Server in a request
# (response-field-in-request); 7 clean exchange (nothing). RFC 9110 5.3, 5.6.1.1, 6.3.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
User-Agent: t/2\r\n
Accept: text/html\r\n
Accept: */*\r\n
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
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Type: text/html\r\n
Set-Cookie: a=1\r\n
Set-Cookie: b=2\r\n
Cache-Control: private\r\n
Cache-Control: max-age=60\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Accept-Encoding: gzip, , br\r\n
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
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD,\r\n
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
Host: example.test\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Server: me\r\n
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
Accept: */*\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
ok
