# Two Content-Length fields with the same value (7): accepted as 7, flagged as duplicate,
# the next pipelined response pairs correctly.
# RFC 9110 8.6 and 5.3 (repeated fields combine into a list), RFC 9112 6.3 rule 5.
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 7\r\nContent-Length: 7\r\n\r\nabcdefg
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
