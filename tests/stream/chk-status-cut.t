# Checks that report a missing field must not fire when the header block was cut: the driver
# keeps 64 fields. 1 a 401 whose WWW-Authenticate is field 72 (only status.error-response);
# 2 a 304 whose If-None-Match is request field 73 (nothing); 3 a plain 401 without
# WWW-Authenticate still fires.
%findings
>>>
GET /cut1 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 401 Unauthorized\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
X-Fill-00: 0\r\n
X-Fill-01: 1\r\n
X-Fill-02: 2\r\n
X-Fill-03: 3\r\n
X-Fill-04: 4\r\n
X-Fill-05: 5\r\n
X-Fill-06: 6\r\n
X-Fill-07: 7\r\n
X-Fill-08: 8\r\n
X-Fill-09: 9\r\n
X-Fill-10: 10\r\n
X-Fill-11: 11\r\n
X-Fill-12: 12\r\n
X-Fill-13: 13\r\n
X-Fill-14: 14\r\n
X-Fill-15: 15\r\n
X-Fill-16: 16\r\n
X-Fill-17: 17\r\n
X-Fill-18: 18\r\n
X-Fill-19: 19\r\n
X-Fill-20: 20\r\n
X-Fill-21: 21\r\n
X-Fill-22: 22\r\n
X-Fill-23: 23\r\n
X-Fill-24: 24\r\n
X-Fill-25: 25\r\n
X-Fill-26: 26\r\n
X-Fill-27: 27\r\n
X-Fill-28: 28\r\n
X-Fill-29: 29\r\n
X-Fill-30: 30\r\n
X-Fill-31: 31\r\n
X-Fill-32: 32\r\n
X-Fill-33: 33\r\n
X-Fill-34: 34\r\n
X-Fill-35: 35\r\n
X-Fill-36: 36\r\n
X-Fill-37: 37\r\n
X-Fill-38: 38\r\n
X-Fill-39: 39\r\n
X-Fill-40: 40\r\n
X-Fill-41: 41\r\n
X-Fill-42: 42\r\n
X-Fill-43: 43\r\n
X-Fill-44: 44\r\n
X-Fill-45: 45\r\n
X-Fill-46: 46\r\n
X-Fill-47: 47\r\n
X-Fill-48: 48\r\n
X-Fill-49: 49\r\n
X-Fill-50: 50\r\n
X-Fill-51: 51\r\n
X-Fill-52: 52\r\n
X-Fill-53: 53\r\n
X-Fill-54: 54\r\n
X-Fill-55: 55\r\n
X-Fill-56: 56\r\n
X-Fill-57: 57\r\n
X-Fill-58: 58\r\n
X-Fill-59: 59\r\n
X-Fill-60: 60\r\n
X-Fill-61: 61\r\n
X-Fill-62: 62\r\n
X-Fill-63: 63\r\n
X-Fill-64: 64\r\n
X-Fill-65: 65\r\n
X-Fill-66: 66\r\n
X-Fill-67: 67\r\n
X-Fill-68: 68\r\n
X-Fill-69: 69\r\n
WWW-Authenticate: Basic realm="x"\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
login
>>>
GET /cut2 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
X-Fill-00: 0\r\n
X-Fill-01: 1\r\n
X-Fill-02: 2\r\n
X-Fill-03: 3\r\n
X-Fill-04: 4\r\n
X-Fill-05: 5\r\n
X-Fill-06: 6\r\n
X-Fill-07: 7\r\n
X-Fill-08: 8\r\n
X-Fill-09: 9\r\n
X-Fill-10: 10\r\n
X-Fill-11: 11\r\n
X-Fill-12: 12\r\n
X-Fill-13: 13\r\n
X-Fill-14: 14\r\n
X-Fill-15: 15\r\n
X-Fill-16: 16\r\n
X-Fill-17: 17\r\n
X-Fill-18: 18\r\n
X-Fill-19: 19\r\n
X-Fill-20: 20\r\n
X-Fill-21: 21\r\n
X-Fill-22: 22\r\n
X-Fill-23: 23\r\n
X-Fill-24: 24\r\n
X-Fill-25: 25\r\n
X-Fill-26: 26\r\n
X-Fill-27: 27\r\n
X-Fill-28: 28\r\n
X-Fill-29: 29\r\n
X-Fill-30: 30\r\n
X-Fill-31: 31\r\n
X-Fill-32: 32\r\n
X-Fill-33: 33\r\n
X-Fill-34: 34\r\n
X-Fill-35: 35\r\n
X-Fill-36: 36\r\n
X-Fill-37: 37\r\n
X-Fill-38: 38\r\n
X-Fill-39: 39\r\n
X-Fill-40: 40\r\n
X-Fill-41: 41\r\n
X-Fill-42: 42\r\n
X-Fill-43: 43\r\n
X-Fill-44: 44\r\n
X-Fill-45: 45\r\n
X-Fill-46: 46\r\n
X-Fill-47: 47\r\n
X-Fill-48: 48\r\n
X-Fill-49: 49\r\n
X-Fill-50: 50\r\n
X-Fill-51: 51\r\n
X-Fill-52: 52\r\n
X-Fill-53: 53\r\n
X-Fill-54: 54\r\n
X-Fill-55: 55\r\n
X-Fill-56: 56\r\n
X-Fill-57: 57\r\n
X-Fill-58: 58\r\n
X-Fill-59: 59\r\n
X-Fill-60: 60\r\n
X-Fill-61: 61\r\n
X-Fill-62: 62\r\n
X-Fill-63: 63\r\n
X-Fill-64: 64\r\n
X-Fill-65: 65\r\n
X-Fill-66: 66\r\n
X-Fill-67: 67\r\n
X-Fill-68: 68\r\n
X-Fill-69: 69\r\n
If-None-Match: "v1"\r\n
\r\n
<<<
HTTP/1.1 304 Not Modified\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
ETag: "v1"\r\n
\r\n
>>>
GET /cut3 HTTP/1.1\r\n
Host: example.test\r\n
User-Agent: t/1\r\n
\r\n
<<<
HTTP/1.1 401 Unauthorized\r\n
Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n
Content-Type: text/plain\r\n
Content-Length: 5\r\n
\r\n
login
