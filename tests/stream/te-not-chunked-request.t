# A request with Transfer-Encoding: gzip (chunked not final): the length cannot be determined,
# the server answers 400 and closes; the request bytes after the header block are stray.
# RFC 9112 6.3 rule 4 (request: 400 and close, framing unknown), 6.1.
>>>
POST /up HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00abcd
<<<
HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n
