# FR-20 day names of dates in year 0000 (proleptic Gregorian, a leap year; 0000-01-01 was a
# Saturday). The framing checks used a second IMF-fixdate parser whose weekday formula used C's
# truncating division and got January and February of year 0 wrong. 1 "Sun, 01 Jan 0000"
# (response-bad-date, wrong day of the week); 2 "Sat, 01 Jan 0000" (nothing); 3 "Wed, 29 Feb
# 0000" (response-bad-date: a Tuesday); 4 "Tue, 29 Feb 0000" (nothing). no-store keeps the cache
# checks quiet. RFC 9110 5.6.7, RFC 5322 3.3.
%findings
>>>
GET /1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Sun, 01 Jan 0000 00:00:00 GMT\r\n
Cache-Control: no-store\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Sat, 01 Jan 0000 00:00:00 GMT\r\n
Cache-Control: no-store\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Wed, 29 Feb 0000 12:00:00 GMT\r\n
Cache-Control: no-store\r\n
Content-Length: 2\r\n
\r\n
ok
>>>
GET /4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Tue, 29 Feb 0000 12:00:00 GMT\r\n
Cache-Control: no-store\r\n
Content-Length: 2\r\n
\r\n
ok
