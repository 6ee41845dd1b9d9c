# %decode-bodies: Content-Encoding repeated. Codings are listed in the order they were applied
# and several fields form one list (RFC 9110 8.4, 5.3), so the last field that lists a coding
# names the one to undo first:
# 1. "gzip" then "br": content_encoding "br", decode "unsupported" (not gzip / "ok").
# 2. "br" then "gzip" with a real gzip body: "gzip", decode "ok", 67 decoded bytes.
# 3. "gzip" then an empty field (an empty list adds nothing): "gzip", decode "ok".
%decode-bodies
>>>
GET /1 HTTP/1.1\r\nHost: example.test\r\nAccept-Encoding: gzip, br\r\n\r\n
GET /2 HTTP/1.1\r\nHost: example.test\r\nAccept-Encoding: gzip, br\r\n\r\n
GET /3 HTTP/1.1\r\nHost: example.test\r\nAccept-Encoding: gzip, br\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Encoding: br\r\nContent-Length: 12\r\n\r\n
\x1b\x0b\x00\xf8\xa5\x55\x5d\x2f\xc7\xc8\x1d\xe0
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: br\r\nContent-Encoding: gzip\r\nContent-Length: 83\r\n\r\n
\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x05\xc1\xc1\x09\x80\x40\x0c\x04\xc0\xbf\x55\x6c\x01\x6a\x13\x22\xd8\x86\x5e\xe2\x5d\x20\x6c\x84\xe4\xa3\xd5\x3b\x73\xa8\x7b\xcc\xe8\x9f\x3d\xb8\x42\x5e\xb8\x65\xa9\xc0\xcf\x2c\x18\x51\x43\x91\xda\x82\x82\x2d\x58\xca\x5a\x76\xb6\x10\x63\xc7\x6d\xea\xb2\x4e\x3f\x8f\xaf\xdf\xd4\x43\x00\x00\x00
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Encoding:\r\nContent-Length: 83\r\n\r\n
\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x05\xc1\xc1\x09\x80\x40\x0c\x04\xc0\xbf\x55\x6c\x01\x6a\x13\x22\xd8\x86\x5e\xe2\x5d\x20\x6c\x84\xe4\xa3\xd5\x3b\x73\xa8\x7b\xcc\xe8\x9f\x3d\xb8\x42\x5e\xb8\x65\xa9\xc0\xcf\x2c\x18\x51\x43\x91\xda\x82\x82\x2d\x58\xca\x5a\x76\xb6\x10\x63\xc7\x6d\xea\xb2\x4e\x3f\x8f\xaf\xdf\xd4\x43\x00\x00\x00
