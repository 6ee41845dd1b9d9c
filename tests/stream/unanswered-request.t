# A request that never gets a response before the stream ends: status null, complete false.
# RFC 9112 9.2 and 9.3 (each request gets one final response, in order; none came).
>>>
GET /slow HTTP/1.1\r\nHost: example.test\r\n\r\n
