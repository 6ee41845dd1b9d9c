# After a valid response, a line that starts like a status line but is not one
# ("HTTP/1.1 2xx OK": the status code is not 3DIGIT): it is not a message, so it and the rest
# of that block are stray; the second request stays unanswered. The parser must not loop.
# RFC 9112 4 (status-line = HTTP-version SP status-code SP [ reason-phrase ]; 3DIGIT).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
<<<
HTTP/1.1 2xx OK\r\nContent-Length: 2\r\n\r\nno
