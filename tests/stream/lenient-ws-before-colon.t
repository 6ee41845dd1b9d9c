# Whitespace between a field name and the colon ("X-Foo : bar") in a request: flagged, the
# name kept without the whitespace. RFC 9112 5.1 (no whitespace allowed there; a server
# MUST reject such a request with 400, so it is an anomaly).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nX-Foo : bar\r\n\r\n
<<<
HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n
