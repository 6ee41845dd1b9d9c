# FR-14: an HTTP/0.9 request (no version) as the first message of a connection
# (http09-request); the response is raw data to the close. RFC 9112 2.3.
%findings
>>>
GET /old.html\r\n
<<<
<html>old</html>\n
