# FR-04 response-unrequested-transfer-coding with a coding name of 64 octets or more (the check
# used to copy the name into a 64-octet buffer and skip longer ones). 1 a 71-octet coding that
# the request offered in TE (response-unknown-transfer-coding only); 2 the same response to a
# request without TE (response-unknown-transfer-coding, response-unrequested-transfer-coding).
# RFC 9112 7, 7.4.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
TE: x-a-transfer-coding-name-long-enough-to-run-past-sixty-four-octets-0123\r\n
Connection: TE\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: x-a-transfer-coding-name-long-enough-to-run-past-sixty-four-octets-0123, chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Transfer-Encoding: x-a-transfer-coding-name-long-enough-to-run-past-sixty-four-octets-0123, chunked\r\n
\r\n
2\r\n
ok\r\n
0\r\n
\r\n
