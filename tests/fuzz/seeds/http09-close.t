# An HTTP/1.0 response delimited by the connection close, after an HTTP/0.9 exchange elsewhere.
>>>
GET /old HTTP/1.0\r\nUser-Agent: \xc3\xa9t\xc3\xa9 \x1b[31mred\x1b[0m\r\n\r\n
<<<
HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>\x00\xff\xfe body until close
