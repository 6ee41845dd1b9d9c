# A CONNECT whose 200 response loses part of its header block to a gap: pairing opens the
# tunnel all the same ("tunnel": true, as for any CONNECT 2xx), so what follows on both sides
# is tunnel data: no stray record. (The server's parser used to resynchronise after the gap
# and report its tunnel bytes as stray HTTP bytes, while the client's side was a tunnel.)
# RFC 9110 9.3.6 (CONNECT: after a 2xx the connection is a tunnel), RFC 9112 6.3 rule 2.
>>>
CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n
<<<
HTTP/1.1 200 Connection Established\r\nVia: 1.1 p
<<< gap 3
<<<
\r\n\r\n\x16\x03\x01\x00\x02hi
>>>
\x16\x03\x01\x00\x02yo
