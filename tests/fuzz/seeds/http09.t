# HTTP/0.9 simple request: the response is raw bytes until the end.
>>>
GET /\r\n
<<<
<html>hello</html>\n
