# The request method still counts when the response's header block is cut by a gap (no headers
# callback, only begin and end): a HEAD whose 200 response loses part of its header block, then
# a line of stray bytes: the stray record's previous response is "a 200 to HEAD"
# (status.content-not-allowed), as when the header block is whole.
# RFC 9112 6.3 rule 1 (a response to HEAD has no content), RFC 9110 9.3.2.
>>>
HEAD /a HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 5\r\nServ
<<< gap 4
<<<
\r\n\r\nhello\r\n
