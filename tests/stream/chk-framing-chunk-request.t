# FR-04: a chunked POST whose chunk data is not followed by CRLF ("5\r\nhello0\r\n\r\n":
# the parser reads the next chunk size right after the data) (request-invalid-chunk).
# RFC 9112 7.1.
%findings
>>>
POST /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Transfer-Encoding: chunked\r\n
\r\n
5\r\n
hello0\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 2\r\n
\r\n
ok
