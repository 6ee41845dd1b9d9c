# FR-04: 1 a valid chunked response with an extension (nothing); 2 a chunked response whose
# chunk-size line is "zz" (response-invalid-chunk); the rest is stray. RFC 9112 7.1.
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
2;x=y\r\n
ok\r\n
0\r\n
\r\n
>>>
GET /b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: chunked\r\n
\r\n
zz\r\n
ok\r\n
0\r\n
\r\n
