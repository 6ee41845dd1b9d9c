# %midstream: the capture starts inside an HTML body whose first line quotes a status line
# in the middle of the line ("<code>HTTP/1.1 200 OK</code>"). A start line begins at the
# start of a line, so that whole line is stray wherever the segments are cut, and the real
# response after it pairs with the request.
# RFC 9112 2.1 (HTTP-message = start-line CRLF ...), 4 (status-line).
%midstream
<<<
ample: <code>HTTP/1.1 200 OK</code> is a status line.</p>\n
>>>
GET /next HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
