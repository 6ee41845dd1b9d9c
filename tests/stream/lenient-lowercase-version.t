# Lower-case "http/1.1" in the request line and the status line: accepted as 1.1 and flagged.
# RFC 9112 2.3 (HTTP-name is case-sensitive "HTTP"), RFC 9112 2.2 (robust parsing).
>>>
GET /a http/1.1\r\nHost: example.test\r\n\r\n
<<<
http/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
