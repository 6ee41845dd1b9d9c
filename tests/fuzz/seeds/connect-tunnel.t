# CONNECT succeeds: everything after the 200 is tunnel data.
>>>
CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n
<<<
HTTP/1.1 200 Connection established\r\n\r\n
>>>
\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03GET / HTTP/1.1\r\n\r\n
<<<
\x16\x03\x03\x00\x5a\x02\x00\x00
