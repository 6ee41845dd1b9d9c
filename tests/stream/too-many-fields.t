# A request with 70 header fields (max_fields 64 in the driver), the 70th being
# Content-Length: 7 with a 7-byte body, then a pipelined GET: the first 64 fields are kept
# and too-many-fields flagged, but framing still follows every field (the body is 7 bytes,
# the GET is the next request). RFC 9112 6.3 rule 6 (Content-Length decides the length),
# RFC 9110 5.4 (field limits).
>>>
POST /many HTTP/1.1\r\nHost: example.test\r\n
X-F02: v02\r\n
X-F03: v03\r\n
X-F04: v04\r\n
X-F05: v05\r\n
X-F06: v06\r\n
X-F07: v07\r\n
X-F08: v08\r\n
X-F09: v09\r\n
X-F10: v10\r\n
X-F11: v11\r\n
X-F12: v12\r\n
X-F13: v13\r\n
X-F14: v14\r\n
X-F15: v15\r\n
X-F16: v16\r\n
X-F17: v17\r\n
X-F18: v18\r\n
X-F19: v19\r\n
X-F20: v20\r\n
X-F21: v21\r\n
X-F22: v22\r\n
X-F23: v23\r\n
X-F24: v24\r\n
X-F25: v25\r\n
X-F26: v26\r\n
X-F27: v27\r\n
X-F28: v28\r\n
X-F29: v29\r\n
X-F30: v30\r\n
X-F31: v31\r\n
X-F32: v32\r\n
X-F33: v33\r\n
X-F34: v34\r\n
X-F35: v35\r\n
X-F36: v36\r\n
X-F37: v37\r\n
X-F38: v38\r\n
X-F39: v39\r\n
X-F40: v40\r\n
X-F41: v41\r\n
X-F42: v42\r\n
X-F43: v43\r\n
X-F44: v44\r\n
X-F45: v45\r\n
X-F46: v46\r\n
X-F47: v47\r\n
X-F48: v48\r\n
X-F49: v49\r\n
X-F50: v50\r\n
X-F51: v51\r\n
X-F52: v52\r\n
X-F53: v53\r\n
X-F54: v54\r\n
X-F55: v55\r\n
X-F56: v56\r\n
X-F57: v57\r\n
X-F58: v58\r\n
X-F59: v59\r\n
X-F60: v60\r\n
X-F61: v61\r\n
X-F62: v62\r\n
X-F63: v63\r\n
X-F64: v64\r\n
X-F65: v65\r\n
X-F66: v66\r\n
X-F67: v67\r\n
X-F68: v68\r\n
X-F69: v69\r\n
Content-Length: 7\r\n\r\nabc=123
GET /next HTTP/1.1\r\nHost: example.test\r\n\r\n
<<<
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na
HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb
