# HTTP/1.0 request and HTTP/1.0 response without Content-Length: the body ends at the close.
# RFC 9112 6.3 rule 8, RFC 1945 7.2.2 (HTTP/1.0 body length by closing the connection).
>>>
GET /old HTTP/1.0\r\nUser-Agent: old/1.0\r\n\r\n
<<<
HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html>old</html>\n
