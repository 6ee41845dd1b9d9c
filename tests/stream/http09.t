# HTTP/0.9 simple request (no version) answered by a raw response (no status line, no
# header): the response body is everything until the close.
# RFC 1945 4.1 and 6 (Simple-Request / Simple-Response), RFC 9112 C.1 (HTTP/0.9).
>>>
GET /old.html\r\n
<<<
<html>Hello 0.9</html>\n
