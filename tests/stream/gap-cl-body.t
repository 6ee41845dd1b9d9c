# A gap of 10 bytes inside a 30-byte Content-Length response body: the response still ends at
# its length (paired, gap_bytes 10, body_len 30 with the gap included), and the next exchange
# on the connection parses normally. RFC 9112 6.3 rule 6 (the length is known, so the
# message end is known despite missing bytes).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n0123456789
<<< gap 10
<<<
abcdefghij
>>>
GET /b HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
