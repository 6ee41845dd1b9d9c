# Redirect check RD-04 (Location resolves to the request URI). 1 absolute self-redirect;
# 2 /sub -> /sub/ (nothing but relative info); 3 /sub/ -> /sub (same); 4 query dropped
# (same); 5 empty query added (same); 6 relative path with dot segments back to itself;
# 7 canonical host (case, default port; nothing); 8 POST -> 303 to itself (PRG: no loop);
# 9 POST -> 307 to itself (loop); 10 POST -> 302 to itself (POST becomes GET: no loop);
# 11 PUT -> 301 to itself (loop); 12 X-Forwarded-Proto https and https Location (loop);
# 13 http -> https upgrade (nothing); 14 self-redirect setting a cookie (no loop); 15 with a
# fragment (loop); 16 absolute-form target (loop); 17 Forwarded proto=https (loop); 18 empty
# path vs / (loop); 19 HEAD -> 303 to itself (loop); 20 HTTP/1.0 without Host (loop);
# 21 other host; 22 other port; 23 %2F vs / (nothing); 24 empty Location (loop);
# 25 Retry-After (no loop); 26 X-Forwarded-Proto https and an http Location (nothing);
# 27 %7E decoded to ~ (canonical form: nothing); 28 dot segments of the target removed (same);
# 29 Location with %61 for a (the follow-up differs on the wire: nothing); 30 scheme in
# upper case (loop); 31 invalid Host with a path in it (not comparable: nothing from RD-04).
%findings
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /sub HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /sub/\r\n
Content-Length: 0\r\n
\r\n
>>>
GET /sub/ HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /sub\r\n
Content-Length: 0\r\n
\r\n
>>>
GET /p?x=1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /p\r\n
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
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /p?\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /dir/b HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: ./x/../b\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: Example.TEST:80\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: HTTP://example.test/a\r\n
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
Location: http://example.test/form\r\n
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
HTTP/1.1 307 Temporary Redirect\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/form\r\n
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
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/form\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
PUT /doc HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/doc\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-Forwarded-Proto: https\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: https://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: https://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a\r\n
Set-Cookie: s=1; Path=/\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a#top\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET http://example.test/a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Forwarded: for=192.0.2.1;proto=https;by=203.0.113.43\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: https://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET / HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
HEAD /h HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/h\r\n
Content-Type: text/html\r\n
Content-Length: 46\r\n
\r\n
>>>
GET /a HTTP/1.0\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: /a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://other.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test:8080/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a%2Fb HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a/b\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /e HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: \r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 307 Temporary Redirect\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a\r\n
Retry-After: 5\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-Forwarded-Proto: https\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /%7Esmith HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/~smith\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /x/../a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/%61\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /s HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: HTTP://example.test/s\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /a HTTP/1.1\r\n
Host: example.test/x\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 302 Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/x/a\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
