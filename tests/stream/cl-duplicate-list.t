# Content-Length: 5, 5 (a list of identical values): accepted as 5, flagged as duplicate,
# the next pipelined response pairs correctly.
# RFC 9110 8.6 (identical list values MAY be accepted as one), RFC 9112 6.3 rule 5.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\nhello
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
