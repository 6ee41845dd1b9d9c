# Status checks on 304, 412 and 428 (SC-20). 1 304 to If-None-Match (nothing); 2 304 to an
# unconditional GET; 3 304 to a conditional POST (must be 412); 4 412 to If-Match (SC-12
# only); 5 412 to an unconditional DELETE; 6 412 to OPTIONS with If-Match (preconditions must
# be ignored); 7 428 to a PUT that had If-Match; 8 428 to a PUT without (SC-12 only); 9 412 to
# a WebDAV If precondition (SC-12 only); 10 304 to a conditional HEAD (nothing).
%findings
>>>
GET /c1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-None-Match: "v1"\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
\r\n
>>>
GET /c2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
\r\n
>>>
POST /c3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-None-Match: "v1"\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
\r\n
>>>
PUT /c4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-Match: "v0"\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 412 Precondition Failed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
changed
>>>
DELETE /c5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 412 Precondition Failed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
changed
>>>
OPTIONS /c6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-Match: "v0"\r\n
\r\n
<<<
HTTP/1.1 412 Precondition Failed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 7\r\n
\r\n
changed
>>>
PUT /c7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-Match: "v1"\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 428 Precondition Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 12\r\n
\r\n
use If-Match
>>>
PUT /c8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 428 Precondition Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 12\r\n
\r\n
use If-Match
>>>
PUT /c9 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If: (<urn:uuid:181d4fae>)\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 412 Precondition Failed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 6\r\n
\r\n
locked
>>>
HEAD /c10 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-Modified-Since: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
\r\n
