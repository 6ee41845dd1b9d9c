/* h1.h: incremental passive HTTP/1.x message parser, one instance per stream direction. */
#ifndef HS_HTTP_H1_H
#define HS_HTTP_H1_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/hs_span.h"
#include "h1_fid.h"

enum hs_h1_role { HS_H1_REQUEST = 0, HS_H1_RESPONSE = 1 };

/* How the body of a message is delimited (RFC 9112 6.3). */
enum hs_h1_body {
    HS_H1_BODY_NONE = 0, /* no body */
    HS_H1_BODY_LENGTH,   /* Content-Length bytes */
    HS_H1_BODY_CHUNKED,  /* chunked transfer coding */
    HS_H1_BODY_CLOSE,    /* until the connection closes */
    HS_H1_BODY_TUNNEL    /* the connection stops carrying HTTP (CONNECT 2xx, 101) */
};

/*
 * Deviations recorded on a message: the parser accepts them as a lenient
 * recipient would and flags each one. Bit numbers; see hs_h1_anomaly_name().
 */
enum hs_h1_anomaly {
    HS_H1_A_HTTP09 = 0,          /* HTTP/0.9 simple request (no version) or response */
    HS_H1_A_LOWERCASE_VERSION,   /* "http/1.1" */
    HS_H1_A_BAD_VERSION,         /* version is not HTTP/1.0 or HTTP/1.1 */
    HS_H1_A_EXTRA_WHITESPACE,    /* more than one SP, or HTAB, between start-line parts */
    HS_H1_A_MISSING_REASON,      /* status line without the SP before the reason */
    HS_H1_A_BARE_LF,             /* a line ending in LF without CR */
    HS_H1_A_BARE_CR,             /* a CR not followed by LF inside a line */
    HS_H1_A_OBS_FOLD,            /* a header value continued on the next line */
    HS_H1_A_WS_BEFORE_COLON,     /* whitespace between a field name and the colon */
    HS_H1_A_INVALID_NAME,        /* a field name that is empty or not a token */
    HS_H1_A_NO_COLON,            /* a header line without a colon (ignored) */
    HS_H1_A_WS_AFTER_START_LINE, /* whitespace before the first header field */
    HS_H1_A_CTL_IN_VALUE,        /* NUL or another control byte in a field value */
    HS_H1_A_LINE_TOO_LONG,       /* a line longer than the line limit */
    HS_H1_A_TOO_MANY_HEADERS,    /* more fields than the limit (the rest not kept) */
    HS_H1_A_HEADERS_TOO_LARGE,   /* header block over the limit: message abandoned */
    HS_H1_A_LEADING_EMPTY_LINES, /* empty lines before the start line */
    HS_H1_A_CL_AND_TE,           /* both Content-Length and Transfer-Encoding */
    HS_H1_A_DUP_CL,              /* several Content-Length values, all equal */
    HS_H1_A_CL_CONFLICT,         /* Content-Length values that differ: framing error */
    HS_H1_A_BAD_CL,              /* Content-Length that is not a number: framing error */
    HS_H1_A_TE_NOT_CHUNKED,      /* Transfer-Encoding whose final coding is not chunked */
    HS_H1_A_TE_IN_HTTP10,        /* Transfer-Encoding in an HTTP/1.0 message */
    HS_H1_A_BAD_CHUNK,           /* chunk-size line not valid: framing error */
    HS_H1_A_CHUNK_EXT,           /* chunk extensions present */
    HS_H1_A_CHUNK_NO_CRLF,       /* chunk data not followed by CRLF */
    HS_H1_A_TRAILERS,            /* trailer fields after the last chunk */
    HS_H1_A_GAP_HEADERS,         /* bytes missing in the start line or header block */
    HS_H1_A_GAP_BODY,            /* bytes missing in the body (skipped) */
    HS_H1_A_TRUNCATED,           /* the stream ended before the message did */
    HS_H1_A_BODY_NOT_ALLOWED,    /* 1xx/204/304 or HEAD response declaring a body length */
    HS_H1_A_BAD_STATUS,          /* status code outside 100..599 */
    HS_H1_A_CONNECT_BODY,        /* a body on a CONNECT request */
    HS_H1_NANOMALIES
};

const char *hs_h1_anomaly_name(unsigned bit);

struct hs_h1_field {
    struct hs_span name;  /* raw, as on the wire */
    struct hs_span value; /* trimmed of surrounding whitespace; may contain obs-fold CRLFs */
    uint8_t fid;          /* enum hs_fid of the name */
};

/*
 * One message. Spans (method, target, reason, fields) are valid only inside
 * the headers callback; the scalar fields stay valid until the end callback.
 */
struct hs_h1_msg {
    enum hs_h1_role role;
    struct hs_span method, target, reason;
    uint8_t major, minor;      /* 0.9 for HTTP/0.9 */
    uint16_t status;
    uint64_t offset;           /* stream position of its first byte (bytes fed plus gaps) */
    struct hs_h1_field *fields; /* borrowed from the parser */
    uint32_t nfields;
    /* Framing, decided when the header block is complete. */
    enum hs_h1_body body;
    uint64_t content_length;   /* with HS_H1_BODY_LENGTH */
    /* Set by the caller inside the begin (or headers) callback of a response. */
    bool req_head;             /* the request was HEAD */
    bool req_connect;          /* the request was CONNECT */
    /* Accumulated while parsing. */
    uint64_t anomalies;        /* 1 << enum hs_h1_anomaly */
    uint64_t header_bytes;     /* start line through the empty line */
    uint64_t body_wire;        /* body bytes on the wire, chunk framing included */
    uint64_t body_len;         /* body payload bytes (framing removed, gaps included) */
    uint64_t gap_bytes;        /* of body_len, how many were missing */
    uint32_t trailers;         /* trailer fields */
    bool complete;             /* ended as framed (not cut by a gap or the stream end) */
};

struct hs_h1_cb {
    void *ud;
    /*
     * A new message: its first line was recognised. ts is the time of its
     * first byte. m has the start line (method, target or status, reason,
     * version); its spans are valid only during this call.
     */
    void (*begin)(void *ud, struct hs_h1_msg *m, uint64_t ts);
    /* Start line and header fields parsed; framing decided after it returns. */
    void (*headers)(void *ud, struct hs_h1_msg *m, uint64_t ts);
    /* Body payload bytes (chunk framing removed), borrowed for the call. */
    void (*body)(void *ud, struct hs_h1_msg *m, const uint8_t *p, size_t n, uint64_t ts);
    /* The message ended: completely, or abandoned (m->complete false). */
    void (*end)(void *ud, struct hs_h1_msg *m, uint64_t ts);
    /*
     * n bytes that are not HTTP were skipped between messages; ts is the time
     * of the first. Called with n == 0 when such a run starts (so the caller
     * can note what had happened by then), and with the total when it ends.
     */
    void (*stray)(void *ud, enum hs_h1_role role, uint64_t n, uint64_t ts);
};

struct hs_h1_limits {
    uint32_t max_line;         /* longest start line or field line */
    uint32_t max_fields;       /* header fields kept per message */
    uint32_t max_header_bytes; /* whole header block */
    uint32_t max_chunk_digits; /* hex digits of a chunk size (<= 16) */
    uint64_t resync_max;       /* bytes scanned for a start line before giving up */
};

/* Parser state (enum names in hs_h1_state_name). */
enum hs_h1_state {
    HS_H1_ST_START = 0,   /* expecting a start line */
    HS_H1_ST_BODY_LENGTH,
    HS_H1_ST_CHUNK_SIZE,
    HS_H1_ST_CHUNK_DATA,
    HS_H1_ST_CHUNK_CRLF,
    HS_H1_ST_TRAILERS,
    HS_H1_ST_BODY_CLOSE,
    HS_H1_ST_TUNNEL,
    HS_H1_ST_RESYNC,      /* looking for a plausible start line */
    HS_H1_ST_NOT_HTTP     /* the stream is not HTTP: everything is skipped */
};

const char *hs_h1_state_name(enum hs_h1_state s);

struct hs_h1_stats {
    uint64_t messages;
    uint64_t stray_bytes;   /* skipped between messages or while resyncing */
    uint64_t tunnel_bytes;  /* after CONNECT 2xx / 101 */
    uint64_t other_bytes;   /* in a stream found not to be HTTP */
};

struct hs_h1_parser;

/*
 * Create a parser. cb and lim are copied. scratch holds lim->max_fields
 * entries; it is borrowed for the parser's life and may be shared by every
 * parser of one thread (fields are only valid inside the headers callback).
 * NULL when out of memory.
 */
struct hs_h1_parser *hs_h1_new(enum hs_h1_role role, const struct hs_h1_limits *lim,
                               const struct hs_h1_cb *cb, struct hs_h1_field *scratch);
void hs_h1_free(struct hs_h1_parser *p);

/*
 * Feed in-order bytes. Returns how many were consumed; the caller keeps the
 * rest and passes them again, followed by new bytes, on the next call (they
 * form an incomplete line or header block). Scanning resumes where it stopped,
 * so a slowly arriving header block costs linear time.
 */
size_t hs_h1_feed(struct hs_h1_parser *p, const uint8_t *data, size_t len, uint64_t ts);

/* len bytes are missing from the stream (the bytes last offered unconsumed are dropped). */
void hs_h1_gap(struct hs_h1_parser *p, uint64_t len, uint64_t ts);

/* End of stream; rest/len are the last unconsumed bytes. Ends a close-delimited body. */
void hs_h1_eos(struct hs_h1_parser *p, const uint8_t *rest, size_t len, uint64_t ts);

/* The stream did not start at a message boundary: look for a start line first. */
void hs_h1_start_midstream(struct hs_h1_parser *p);
/* Switch to tunnel mode (101 Switching Protocols, CONNECT 2xx). */
void hs_h1_set_tunnel(struct hs_h1_parser *p);
/* A CONNECT request failed: leave the tunnel-wait state and parse HTTP again. */
void hs_h1_cancel_tunnel(struct hs_h1_parser *p);
/* The next response answers an HTTP/0.9 request: it is raw data until the stream ends. */
void hs_h1_expect_http09(struct hs_h1_parser *p);

enum hs_h1_state hs_h1_state(const struct hs_h1_parser *p);
/* True once the stream was judged not HTTP (nothing more will be parsed). */
bool hs_h1_is_not_http(const struct hs_h1_parser *p);
const struct hs_h1_stats *hs_h1_stats(const struct hs_h1_parser *p);

/* Parse an unsigned decimal Content-Length value (RFC 9110 8.6); false if invalid. */
bool hs_h1_parse_u64(struct hs_span s, uint64_t *out);

/* ---- content codings (h1_inflate.c, the only zlib user of this module) ---- */

enum hs_h1_coding {
    HS_CODING_IDENTITY = 0,
    HS_CODING_GZIP,    /* gzip, x-gzip */
    HS_CODING_DEFLATE, /* deflate: zlib-wrapped, or raw as some servers send */
    HS_CODING_BR,      /* recognised, not decoded */
    HS_CODING_ZSTD,    /* recognised, not decoded */
    HS_CODING_COMPRESS,
    HS_CODING_OTHER
};

/* The coding applied last, from a Content-Encoding value ("gzip", "deflate, br", ...). */
enum hs_h1_coding hs_h1_coding_of(struct hs_span content_encoding);
const char *hs_h1_coding_name(enum hs_h1_coding c);

enum hs_h1_decode {
    HS_DECODE_NONE = 0,    /* not attempted */
    HS_DECODE_OK,          /* decoded completely */
    HS_DECODE_PARTIAL,     /* body ended (or had a gap) before the coded stream did */
    HS_DECODE_ERROR,       /* corrupt coded data */
    HS_DECODE_LIMIT,       /* stopped at the decoded-bytes cap */
    HS_DECODE_RATIO,       /* stopped at the expansion-ratio cap (bomb) */
    HS_DECODE_UNSUPPORTED  /* br, zstd, compress, unknown */
};
const char *hs_h1_decode_name(enum hs_h1_decode d);

struct hs_h1_inflate;

/*
 * A decoder for one body. max_out caps decoded bytes; max_ratio caps decoded
 * bytes per coded byte. NULL when out of memory.
 */
struct hs_h1_inflate *hs_h1_inflate_new(enum hs_h1_coding c, uint64_t max_out, uint32_t max_ratio);
void hs_h1_inflate_free(struct hs_h1_inflate *z);
/* Feed coded bytes; decoded output goes to scratch and is counted, not kept. */
void hs_h1_inflate_feed(struct hs_h1_inflate *z, const uint8_t *p, size_t n, uint8_t *scratch,
                        size_t scratch_len);
/* The body is over (or had a gap): final status. */
enum hs_h1_decode hs_h1_inflate_finish(struct hs_h1_inflate *z);
uint64_t hs_h1_inflate_out(const struct hs_h1_inflate *z);

#endif
