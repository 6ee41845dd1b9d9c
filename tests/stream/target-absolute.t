# Absolute-form request target (as sent to a proxy), with a query; uri is the whole target.
# RFC 9112 3.2.2 (absolute-form; the Host field matches the target's authority here).
>>>
GET http://example.test:8080/path/x?q=1&r=%20 HTTP/1.1\r\nHost: example.test:8080\r\nProxy-Connection: keep-alive\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
