# A chunked response with chunk extensions (with BWS, quoted values) and two trailer fields.
# RFC 9112 7.1.1 (chunk-ext), 7.1.2 (trailer section), 7.1 (last-chunk ends the data).
>>>
GET /t HTTP/1.1\r\nHost: example.test\r\nTE: trailers\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum, X-Count\r\n\r\n
4;a=1\r\nabcd\r\n3 ; name="q v";flag\r\nefg\r\n0;last\r\nX-Sum: 123\r\nX-Count: 7\r\n\r\n
