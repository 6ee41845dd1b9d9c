# Redirect checks RD-05 (OPTIONS *) and RD-06 (300/303 without content). 1 OPTIONS * answered
# with 301; 2 OPTIONS * answered with 200 (nothing); 3 OPTIONS /x redirected (nothing); 4 empty
# 300; 5 300 to HEAD (nothing); 6 300 listing choices (nothing); 7 empty 303 to POST; 8 303 to
# HEAD (nothing); 9 303 with a note (nothing); 10 empty 301 (nothing, as python http.server);
# 11 empty chunked 303; 12 303 cut short by the end of the capture (content unknown: nothing).
%findings
>>>
OPTIONS * HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: https://example.test/\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
OPTIONS * HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Allow: GET, HEAD, OPTIONS\r\n
Content-Length: 0\r\n
\r\n
>>>
OPTIONS /x HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/y\r\n
Content-Type: text/html\r\n
Content-Length: 43\r\n
\r\n
<a href="http://example.test/new">moved</a>
>>>
GET /c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 300 Multiple Choices\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/c.en\r\n
Content-Length: 0\r\n
\r\n
>>>
HEAD /c HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 300 Multiple Choices\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/html\r\n
Content-Length: 47\r\n
\r\n
>>>
GET /c HTTP/1.1\r\n
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
POST /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/r\r\n
Content-Length: 0\r\n
\r\n
>>>
HEAD /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/r\r\n
Content-Type: text/html\r\n
Content-Length: 40\r\n
\r\n
>>>
POST /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/r\r\n
Content-Type: text/html\r\n
Content-Length: 39\r\n
\r\n
<a href="http://example.test/r">see</a>
>>>
GET /sub HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 301 Moved Permanently\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/sub/\r\n
Content-Length: 0\r\n
\r\n
>>>
POST /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/r\r\n
Transfer-Encoding: chunked\r\n
\r\n
0\x0d\x0a\x0d\x0a
>>>
POST /f HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Content-Type: application/x-www-form-urlencoded\r\n
Content-Length: 3\r\n
\r\n
a=1
<<<
HTTP/1.1 303 See Other\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://example.test/r\r\n
Content-Type: text/html\r\n
Content-Length: 100\r\n
\r\n
<p>s
