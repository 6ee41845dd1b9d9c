# A POST whose body is delimited by Content-Length (11 bytes), then its response.
# RFC 9112 6.3 rule 6 (Content-Length gives the body length), RFC 9110 8.6.
>>>
POST /form HTTP/1.1\r\nHost: example.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\nname=value&
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
