# obs-fold in Host and Content-Type (RFC 9112 5.2): the header lists show each value unfolded
# (line break and the whitespace around it -> one SP), while "host" and "content_type" keep
# the value as on the wire, line break included. A second exchange without obs-fold shows the
# same fields copied byte for byte. Pins what txn keeps for them whichever way fields are copied.
>>>
GET /a HTTP/1.1\r\nHost: example\r\n .test\r\nUser-Agent: t\r\n\r\n
GET /b HTTP/1.1\r\nUser-Agent: t\r\nHost:  example.test  \r\nHost: second.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain;\r\n\tcharset=utf-8\r\nContent-Length: 2\r\n\r\nok
HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/html\r\nContent-Type: text/plain\r\n\r\nok
