# A response with Transfer-Encoding: gzip (chunked not final): the body runs to the close.
# RFC 9112 6.3 rule 4 (response: read until the server closes the connection).
>>>
GET /z HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00abcdefgh
