# A status line with no reason phrase and no SP after the code ("HTTP/1.1 200"): accepted
# with an empty reason and flagged; "HTTP/1.1 204 " (SP, empty reason) is valid and not flagged.
# RFC 9112 4 (status-line = HTTP-version SP status-code SP [ reason-phrase ]).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok
HTTP/1.1 204 \r\n\r\n
