# Status checks, codes themselves (SC-01, SC-02, SC-12, SC-24). One exchange per case:
# 1 600 and 2 099 are outside 100..599; 3 299 is not registered; 4 a 200 (nothing);
# 5 305, 6 306, 7 402, 8 418; 9 an empty 404 (error-empty-body); 10 the same to HEAD (no
# empty-body finding); 11 an empty 429 (explanation-missing); 12 a 503 with content;
# 13 599 (unregistered); 14 a 451 done right. Every 4xx/5xx also gets status.error-response.
%findings
>>>
GET /600 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 600 Weird\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /099 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 099 Low\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /299 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 299 Custom\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /ok HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 200 OK\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /305 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 305 Use Proxy\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Location: http://proxy.test/\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /306 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 306 Switch Proxy\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /402 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 402 Payment Required\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
pay
>>>
GET /418 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 418 I'm a teapot\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 3\r\n
\r\n
tea
>>>
GET /404 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 404 Not Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 0\r\n
\r\n
>>>
HEAD /404 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 404 Not Found\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Length: 9\r\n
Content-Type: text/plain\r\n
\r\n
>>>
GET /429 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 429 Too Many Requests\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: 5\r\n
Content-Length: 0\r\n
\r\n
>>>
GET /503 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 503 Service Unavailable\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Retry-After: 5\r\n
Content-Type: text/plain\r\n
Content-Length: 4\r\n
\r\n
down
>>>
GET /599 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 599 Network Timeout\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 1\r\n
\r\n
x
>>>
GET /451 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 451 Unavailable For Legal Reasons\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Link: <https://blocker.test/>; rel="blocked-by"\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
legal
