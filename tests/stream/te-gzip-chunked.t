# Transfer-Encoding: gzip, chunked: chunked is the final coding, so the body is chunked
# (payload 6 coded bytes); no Content-Encoding, so no content_encoding key.
# RFC 9112 6.1 (transfer codings; chunked final), 6.3 rule 4, 7.1.
>>>
GET /z HTTP/1.1\r\nHost: example.test\r\nTE: gzip\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n6\r\n\x1f\x8b\x08\x00\x00\x00\r\n0\r\n\r\n
