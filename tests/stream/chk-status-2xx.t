# Status checks on 201, 202 and Allow (SC-08, SC-09, SC-15). 1 POST, 201 with Location
# (nothing); 2 201 without Location (info); 3 201 to GET; 4 201 whose Location has a fragment;
# 5 202 with a status document (nothing); 6 202 to GET (info); 7 empty 202 (info); 8 405 with
# Allow (SC-12 only); 9 405 without Allow; 10 405 whose Allow lists DELETE; 11 200 to POST
# whose Allow omits POST; 12 OPTIONS whose Allow omits OPTIONS (nothing); 13 HEAD with
# Allow: GET (nothing); 14 405 with an empty Allow, resource disabled (SC-12 only); 15 200 to
# POST listing POST (nothing).
%findings
>>>
POST /items HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 201 Created\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /items/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
POST /items HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 201 Created\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
GET /make HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 201 Created\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /make\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
PUT /doc HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 201 Created\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /doc#top\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
POST /jobs HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 202 Accepted\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /jobs/7\r\n
Content-Type: application/json\r\n
Content-Length: 18\r\n
\r\n
{"state":"queued"}
>>>
GET /report HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 202 Accepted\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: application/json\r\n
Content-Length: 20\r\n
\r\n
{"state":"building"}
>>>
POST /jobs HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 202 Accepted\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
\r\n
>>>
DELETE /r1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 405 Method Not Allowed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
no
>>>
DELETE /r2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 405 Method Not Allowed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
no
>>>
DELETE /r3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 405 Method Not Allowed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, DELETE\r\n
Content-Type: text/plain\r\n
Content-Length: 2\r\n
\r\n
no
>>>
POST /r4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
OPTIONS /r5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD, POST\r\n
Content-Length: 0\r\n
\r\n
>>>
HEAD /r6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET\r\n
Content-Length: 2\r\n
Content-Type: text/plain\r\n
\r\n
>>>
DELETE /r7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 405 Method Not Allowed\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: \r\n
Content-Type: text/plain\r\n
Content-Length: 8\r\n
\r\n
disabled
>>>
POST /r8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET,POST\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
