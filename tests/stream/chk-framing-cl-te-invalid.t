# FR-01/FR-02: a request with an invalid Content-Length and Transfer-Encoding: chunked is
# framed by the chunked coding (RFC 9112 6.3 item 3): request-cl-and-te and
# request-invalid-content-length fire, but not invalid-content-length-accepted.
%findings
>>>
POST /c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: x\r\n
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
