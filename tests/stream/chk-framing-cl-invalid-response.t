# FR-02: a response whose Content-Length is not a number ("12abc") is read to the close and
# reported (response-invalid-content-length). RFC 9110 8.6, RFC 9112 6.3 (item 5).
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 12abc\r\n
\r\n
hello
