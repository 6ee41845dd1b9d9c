# Chunk sizes in upper-case hex with leading zeros: 000A (10), 0B (11), 00 (last chunk).
# RFC 9112 7.1 (chunk-size = 1*HEXDIG; hex digits are case-insensitive, RFC 5234 B.1).
>>>
GET /h HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n000A\r\n0123456789\r\n0B\r\nabcdefghijk\r\n00\r\n\r\n
