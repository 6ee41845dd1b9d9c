# Expect: 100-continue: request headers, a 100 interim response, the request body, then the
# final 200. The 100 is recorded in "interim" of the same transaction.
# RFC 9110 10.1.1 (Expect), 15.2 (1xx interim responses precede the final one), 15.2.1 (100).
>>>
PUT /file HTTP/1.1\r\nHost: example.test\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n
<<<
HTTP/1.1 100 Continue\r\n\r\n
>>>
data
<<<
HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone
