# Control bytes (\x01 and DEL \x7f) inside field values: flagged control-in-field-value; the
# JSON escapes them as \u0001 and \u007f.
# RFC 9110 5.5 (field-value chars are VCHAR / obs-text / SP / HTAB; CTLs are invalid).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nX-A: a\x01b\r\nX-B: c\x7fd\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
