# A response field value continued on the next line (obs-fold, SP and HTAB): the value is
# unfolded with the line break replaced by one SP, and flagged.
# RFC 9112 5.2 (a user agent MUST replace each obs-fold with one or more SP).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nX-Long: first\r\n  second\r\n\tthird\r\nContent-Length: 2\r\n\r\nok
