# Expect: 100-continue with two interim responses, then HEAD, 204 and 304 (bodiless).
>>>
PUT /f HTTP/1.1\r\nHost: a.test\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n
<<<
HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n
>>>
data
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
>>>
HEAD /f HTTP/1.1\r\nHost: a.test\r\n\r\nDELETE /f HTTP/1.1\r\nHost: a.test\r\n\r\nGET /f HTTP/1.1\r\nHost: a.test\r\nIf-None-Match: "x"\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nHTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n
