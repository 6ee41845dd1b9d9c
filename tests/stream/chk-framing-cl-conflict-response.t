# FR-02: a response with two different Content-Length values (3 and 9) has no usable framing:
# the parser reads it to the close (response-conflicting-content-length). The close-delimited
# checks (FR-06) stay quiet: the close is a consequence of the Content-Length error.
# RFC 9112 6.3 (item 5).
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 3\r\n
Content-Length: 9\r\n
\r\n
abcdefghi
