# Authority-form request target (CONNECT host:port); refused with 403 and a body, so no
# tunnel: the next request is parsed as HTTP.
# RFC 9112 3.2.3 (authority-form, only for CONNECT), RFC 9110 9.3.6 (only 2xx tunnels).
>>>
CONNECT [2001:db8::1]:8443 HTTP/1.1\r\nHost: [2001:db8::1]:8443\r\n\r\n
<<<
HTTP/1.1 403 Forbidden\r\nContent-Length: 4\r\n\r\nnope
>>>
GET / HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
