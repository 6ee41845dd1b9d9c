# Bare LF line endings in a request, a response header block and chunked framing: accepted
# and flagged bare-lf. RFC 9112 2.2 (a recipient MAY accept a single LF as a line terminator),
# 7.1 (chunk lines).
>>>
GET /a HTTP/1.1\nHost: example.test\n\n
<<<
HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n
