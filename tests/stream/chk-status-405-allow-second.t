# SC-15 evidence: a 405 whose Allow lists the refused method reports the Allow field line that
# lists it. 1 "Allow: GET, HEAD" then "Allow: POST" to a POST (status.405-allow-lists-method with
# "Allow: POST"); 2 the same Allow lines to a DELETE (nothing from SC-15). RFC 9110 15.5.6, 10.2.1.
%findings
>>>
POST /form HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Length: 2\r\n
Content-Type: text/plain\r\n
\r\n
hi
<<<
HTTP/1.1 405 Method Not Allowed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD\r\n
Allow: POST\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
no
>>>
DELETE /form HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 405 Method Not Allowed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD\r\n
Allow: POST\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
no
