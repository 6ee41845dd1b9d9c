# Asterisk-form request target: OPTIONS * applies to the server as a whole; uri is "*".
# RFC 9112 3.2.4 (asterisk-form, only for OPTIONS), RFC 9110 9.3.7.
>>>
OPTIONS * HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\n\r\n
