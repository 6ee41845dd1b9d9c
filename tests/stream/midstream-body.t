# %midstream: the capture starts inside a response body (client side: inside a request
# body). The partial bytes before the first start line are stray; then a full exchange pairs.
# RFC 9112 2.1 and 4 (a message starts with a start line; earlier bytes cannot be framed).
%midstream
>>>
xt=1&field=value\r\n
>>>
GET /next HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
</p>\n</body></html>\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nnext
