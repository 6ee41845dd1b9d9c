# 304 Not Modified contents (CHECKS.md CA-18; RFC 9110 15.4.5; RFC 9111 4.3.4).
# 1: 304 without Date (cache.304-without-date)
# 2: 304 with Content-Type (cache.304-representation-metadata)
# 3: near miss: what nginx sends
%findings
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "a"\r\n\r\n
<<<
HTTP/1.1 304 Not Modified\r\nETag: "a"\r\n\r\n
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "a"\r\n\r\n
<<<
HTTP/1.1 304 Not Modified\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nETag: "a"\r\nContent-Type: text/html\r\n\r\n
>>>
GET / HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\nIf-None-Match: "a"\r\n\r\n
<<<
HTTP/1.1 304 Not Modified\r\nDate: Tue, 14 Nov 2023 22:13:20 GMT\r\nLast-Modified: Mon, 13 Nov 2023 22:13:20 GMT\r\nETag: "a"\r\nCache-Control: max-age=60\r\nVary: Accept-Encoding\r\n\r\n
