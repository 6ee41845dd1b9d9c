# Field names with characters outside tchar ("X(Bad)", "X@Y") and an empty name (": v"):
# flagged invalid-field-name. RFC 9110 5.1 (field-name = token), 5.6.2 (tchar).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nX(Bad): 1\r\nX@Y: 2\r\n: 3\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
