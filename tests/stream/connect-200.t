# CONNECT to an authority-form target answered 200: the connection becomes a tunnel right
# after the 200's header block; the later bytes (TLS-looking, and an HTTP-looking line) in
# both directions are tunnel data, not parsed. RFC 9110 9.3.6 (CONNECT), RFC 9112 6.3 rule 2.
>>>
CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n
<<<
HTTP/1.1 200 Connection established\r\n\r\n
>>>
\x16\x03\x01\x00\x05hello
>>>
GET /inside HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
\x16\x03\x03\x00\x02hi
<<<
HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n
