# FR-02 evidence: the Content-Length field reported is the one the parser rejects. "0" and then
# "99999999999999999999999" (all digits, but past 64 bits: the parser reads the response to the
# close and flags it) is reported with the second field, not the valid first one.
# RFC 9110 8.6, 14.1.2; RFC 9112 6.3 (item 5).
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
Content-Length: 99999999999999999999999\r\n
\r\n
hello
