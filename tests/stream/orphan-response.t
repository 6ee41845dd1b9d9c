# A response with no request on the connection (capture began after the request): reported
# as a transaction with the request fields null and complete false.
# RFC 9112 9.2 (a response is associated with a request), RFC 9110 3.4 (messages).
<<<
HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello
