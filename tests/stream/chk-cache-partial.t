# Cache checks on damaged messages (CHECKS.md CA-08, CA-11): a gap inside the first response's
# header block loses its fields, so no check may judge a field as missing (no
# cache.missing-date for transaction 1). The second response arrives whole and has no Date,
# which is reported. The third exchange is complete but its response header block hits the
# stream end: nothing is judged on it.
%findings
>>>
GET /a HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\nGET /b HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\nGET /c HTTP/1.1\r\nHost: example.test\r\nUser-Agent: t/1\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nServer: x\r\nCont
<<< gap 20
<<<
\r\n\r\nbody of a\n
<<<
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok
<<<
HTTP/1.1 200 OK\r\nCache-Control: no-store\r\nAge: 3600\r\nConte
