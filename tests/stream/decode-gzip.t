# %decode-bodies: a gzip-coded response (48 coded bytes) decodes to 200 bytes:
# decode "ok", response_body_decoded_len 200; response_body_len stays the coded length.
# RFC 9110 8.4.1.3 (gzip coding, RFC 1952), 8.4 (Content-Encoding), RFC 9112 6.3 rule 6.
%decode-bodies
>>>
GET /c HTTP/1.1\r\nHost: example.test\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: 48\r\n\r\n
\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xf3\x48\xcd\xc9\xc9\xd7\x51\x48\xce\xcf\x2d\x28\x4a\x2d\x2e\x4e\x4d\x51\x28\xcf\x2f\xca\x49\x51\x54\xf0\x18\x5a\x12\x00\x6e\x83\xac\xb3\xc8\x00\x00\x00
