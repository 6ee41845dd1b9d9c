# Extra whitespace in the request line (two SP after the method, SP+HTAB before the version):
# parsed as GET /a HTTP/1.1 and flagged; the status line has two SP before the reason.
# RFC 9112 3 (single SP separators; recipients MAY split on whitespace), 4.
>>>
GET  /a \tHTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200  OK\r\nContent-Length: 2\r\n\r\nok
