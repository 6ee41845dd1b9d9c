# CONNECT refused with 407 (body by Content-Length): no tunnel; parsing continues and the next
# CONNECT with credentials, answered 200, then tunnels.
# RFC 9110 9.3.6 (only a 2xx response makes the tunnel), 15.5.8 (407), RFC 9112 6.3 rules 2, 6.
>>>
CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n
<<<
HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 6\r\n\r\ndenied
>>>
CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\nProxy-Authorization: Basic dTpw\r\n\r\n
<<<
HTTP/1.1 200 OK\r\n\r\n
>>>
\x16\x03\x01\x00\x01x
