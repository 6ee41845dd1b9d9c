# A method outside the eight of RFC 9110 (WebDAV PROPFIND with an XML body by Content-Length):
# parsed like any token method and paired with its 207.
# RFC 9110 9.1 (method = token; the set is extensible), RFC 4918 9.1 (PROPFIND), RFC 9112 3.
>>>
PROPFIND /dav/file HTTP/1.1\r\nHost: example.test\r\nDepth: 0\r\nContent-Type: application/xml\r\nContent-Length: 15\r\n\r\n<propfind/>\r\n\r\n
<<<
HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\nContent-Length: 13\r\n\r\n<multistatus>
