# Redirect checks on a missing or misplaced Location (RD-01, RD-03). 1 301 with an absolute
# Location (nothing); 2 302 without Location; 3 303 to POST without Location (error); 4 307 and
# 5 308 without Location; 6 300 without Location (optional: nothing); 7 304 without Location
# (nothing); 8 200 with Location; 9 202 with a status-monitor Location (nothing); 10 201 with an
# absolute Location (nothing); 11 404 with Location; 12 304 repeating a stored 301's Location
# (nothing); 13 204 with Location.
%findings
>>>
GET /old HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/new\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /old2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
POST /form HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html\r\n
Content-Length: 11\r\n
\r\n
<p>done</p>
>>>
GET /t HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 307 Temporary Redirect\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /p HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 308 Permanent Redirect\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /choices HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 300 Multiple Choices\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html\r\n
Content-Length: 45\r\n
\r\n
<a href="/c.en">en</a> <a href="/c.fr">fr</a>
>>>
GET /doc HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-None-Match: "v1"\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
Content-Length: 0\r\n
\r\n
>>>
GET /here HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/elsewhere\r\n
Content-Type: text/html\r\n
Content-Length: 9\r\n
\r\n
<p>hi</p>
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
Location: http://example.test/jobs/7\r\n
Content-Type: application/json\r\n
Content-Length: 18\r\n
\r\n
{"state":"queued"}
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
Location: http://example.test/items/1\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
GET /gone HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 404 Not Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/\r\n
Content-Type: text/html\r\n
Content-Length: 9\r\n
\r\n
<p>no</p>
>>>
GET /moved HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-None-Match: "r1"\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "r1"\r\n
Location: http://example.test/new\r\n
Content-Length: 0\r\n
\r\n
>>>
PUT /doc HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 204 No Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/doc\r\n
\r\n
