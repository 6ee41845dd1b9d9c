# Header values with an ESC sequence (\x1b[31m), a bare CR in the middle, a NUL and invalid
# UTF-8 (\xff, a truncated \xc3, an overlong \xc0\xaf) next to valid UTF-8 (\xc3\xa9): the
# JSON Lines output stays valid (escaped as \u00XX); bare CR becomes SP; anomalies flagged.
# RFC 9112 2.2 (a bare CR MUST be treated as invalid or replaced by SP), RFC 9110 5.5
# (CTL/NUL invalid in values; obs-text allowed), RFC 8259 7 (JSON string escaping).
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nX-Esc: \x1b[31mred\x1b[0m\r\nX-Cr: left\rright\r\nX-Nul: a\0b\r\nX-Bytes: \xff-\xc3-\xc0\xaf-\xc3\xa9\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok
