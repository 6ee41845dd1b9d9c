# Redirect checks on the Location value (RD-02). 1 a space in the path; 2 raw UTF-8 bytes;
# 3 http URI without authority; 4 http URI with an empty host; 5 userinfo; 6 network-path
# reference (relative, info); 7 relative path with a query (info); 8 absolute https URI with
# pct-encoding and a fragment (nothing); 9 mailto URI with @ (nothing); 10 @ in the path, not
# userinfo (nothing); 11 201 with a relative Location (info); 12 backslashes; 13 200 with a
# relative Location (RD-03 only, not RD-02 relative); 14 scheme-relative userinfo.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a b\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/caf\xc3\xa9\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http:/foo\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http:///foo\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://user:pw@evil.test/\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: //cdn.example.test/x\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /dir/7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: ../up?q=1\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: https://example.test/a?x=%20y#frag\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /9 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: mailto:someone@example.test\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /10 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/p@q\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
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
Location: /items/2\r\n
Content-Type: application/json\r\n
Content-Length: 2\r\n
\r\n
{}
>>>
GET /12 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: \\\\evil.test\\x\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /13 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /other\r\n
Content-Type: text/html\r\n
Content-Length: 9\r\n
\r\n
<p>hi</p>
>>>
GET /14 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: //admin@evil.test/\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
