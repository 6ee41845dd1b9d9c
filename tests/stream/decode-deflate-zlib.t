# %decode-bodies: a "deflate" response in the zlib format (36 coded bytes, header 78 9c)
# decodes to 200 bytes: decode "ok", response_body_decoded_len 200.
# RFC 9110 8.4.1.2 (deflate = zlib data format, RFC 1950, containing RFC 1951 data).
%decode-bodies
>>>
GET /c HTTP/1.1\r\nHost: example.test\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: deflate\r\nContent-Length: 36\r\n\r\n
\x78\x9c\xf3\x48\xcd\xc9\xc9\xd7\x51\x48\xce\xcf\x2d\x28\x4a\x2d\x2e\x4e\x4d\x51\x28\xcf\x2f\xca\x49\x51\x54\xf0\x18\x5a\x12\x00\x55\xac\x47\xf1
