# Status checks on ranges (SC-21, SC-22, SC-23). 1 a correct 206 (nothing); 2 206 without
# Range; 3 206 to POST with Range; 4 single-part 206 without Content-Range; 5 a correct
# multipart 206 (nothing); 6 multipart 206 with a top-level Content-Range; 7 multipart without
# boundary; 8 multipart for a single range; 9 If-Range ETag matches (nothing); 10 If-Range
# ETag differs; 11 If-Range date differs from Last-Modified; 12 it matches (nothing);
# 13 Range with last < first; 14 Content-Range past the complete length; 15 416 without Range;
# 16 416 without Content-Range; 17 416 with bytes */10 (SC-12 only); 18 206 with bytes */10;
# 19 Content-Range on a 200; 20 on a 304 (nothing); 21 another range unit (nothing).
%findings
>>>
GET /r1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
POST /r3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
q
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r4 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r5 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-1,5-6\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: multipart/byteranges; boundary=SEP\r\n
Content-Length: 145\r\n
\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 0-1/10\r\n
\r\n
ab\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 5-6/10\r\n
\r\n
fg\r\n
--SEP--\r\n
>>>
GET /r6 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-1,5-6\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes 0-6/10\r\n
Content-Type: multipart/byteranges; boundary=SEP\r\n
Content-Length: 145\r\n
\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 0-1/10\r\n
\r\n
ab\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 5-6/10\r\n
\r\n
fg\r\n
--SEP--\r\n
>>>
GET /r7 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-1,5-6\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: multipart/byteranges\r\n
Content-Length: 145\r\n
\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 0-1/10\r\n
\r\n
ab\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 5-6/10\r\n
\r\n
fg\r\n
--SEP--\r\n
>>>
GET /r8 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-1\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: multipart/byteranges; boundary=SEP\r\n
Content-Length: 145\r\n
\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 0-1/10\r\n
\r\n
ab\r\n
--SEP\r\n
Content-Type: text/plain\r\n
Content-Range: bytes 5-6/10\r\n
\r\n
fg\r\n
--SEP--\r\n
>>>
GET /r9 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
If-Range: "v1"\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r10 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
If-Range: "v1"\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v2"\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r11 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
If-Range: Mon, 13 Nov 2023 10:00:00 GMT\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Mon, 13 Nov 2023 11:00:00 GMT\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r12 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
If-Range: Mon, 13 Nov 2023 10:00:00 GMT\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Last-Modified: Mon, 13 Nov 2023 10:00:00 GMT\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r13 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=5-1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 10\r\n
\r\n
abcdefghij
>>>
GET /r14 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes 0-10/5\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r15 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 416 Range Not Satisfiable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes */10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
range
>>>
GET /r16 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=100-200\r\n
\r\n
<<<
HTTP/1.1 416 Range Not Satisfiable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
range
>>>
GET /r17 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=100-200\r\n
\r\n
<<<
HTTP/1.1 416 Range Not Satisfiable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes */10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
range
>>>
GET /r18 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: bytes=0-4\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes */10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r19 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: bytes 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
>>>
GET /r20 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
If-None-Match: "v1"\r\n
Range: bytes=0-4\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
Content-Range: bytes 0-4/10\r\n
\r\n
>>>
GET /r21 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
Range: items=0-4\r\n
\r\n
<<<
HTTP/1.1 206 Partial Content\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Range: items 0-4/10\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
abcde
