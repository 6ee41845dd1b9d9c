# Empty lines (CRLF, CRLF, LF) before the first request line and before the status line:
# ignored and flagged leading-empty-lines.
# RFC 9112 2.2 (a server SHOULD ignore at least one empty line received before the request-line).
>>>
\r\n\r\n\nGET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
