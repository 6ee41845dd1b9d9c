# %decode-bodies: a Content-Encoding: br response is recognised but not decoded:
# content_encoding "br", decode "unsupported", response_body_decoded_len 0 (the 12 body
# bytes are opaque; they are not looked at).
# RFC 9110 8.4 and 16.6.1 (content codings registry; br = RFC 7932).
%decode-bodies
>>>
GET /c HTTP/1.1\r\nHost: example.test\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: br\r\nContent-Length: 12\r\n\r\n
\x1b\x0b\x00\xf8\xa5\x55\x5d\x2f\xc7\xc8\x1d\xe0
