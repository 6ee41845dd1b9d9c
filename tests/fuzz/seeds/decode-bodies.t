%decode-bodies
# gzip, raw deflate and zlib deflate response bodies (decoded with --decode-bodies).
>>>
GET /g HTTP/1.1\r\nHost: a.test\r\nAccept-Encoding: gzip, deflate\r\n\r\nGET /d HTTP/1.1\r\nHost: a.test\r\n\r\nGET /z HTTP/1.1\r\nHost: a.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 43\r\n\r\n\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcb\x48\xcd\xc9\xc9\x57\xc8\xc0\x20\xd3\xab\x32\x0b\x14\xca\xf3\x8b\x72\x52\xb8\x32\xe8\xa5\x04\x00\xd9\x67\x03\xb8\x8c\x00\x00\x00
<<<
HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nTransfer-Encoding: chunked\r\n\r\nd\r\n\x4b\x49\x4d\xcb\x49\x2c\x49\x55\x48\x19\xa4\x34\x00\r\n0\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: 24\r\n\r\n\x78\x9c\xab\xca\xc9\x4c\xd2\x2d\x2f\x4a\x2c\x28\x48\x4d\x51\xa8\x1a\x08\x0e\x00\xb7\x19\x31\x6b
