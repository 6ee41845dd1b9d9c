# FR-02 evidence, the parser's list rule: "Content-Length: 5," is the value 5 (the parser stops
# at a last comma), so with a second field "x5" the invalid one reported is "x5", not "5,".
# RFC 9110 8.6; RFC 9112 6.3 (item 5).
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 5,\r\n
Content-Length: x5\r\n
\r\n
hello
