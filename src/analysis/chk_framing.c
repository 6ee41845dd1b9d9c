/* chk_framing.c: checks of area "framing": HTTP/1.x framing and conformance (CHECKS.md FR-xx). */
#include "check.h"

#include <stdio.h>
#include <string.h>

#include "hdr.h"

/*
 * Most of these checks read the anomaly bits the parser records on each
 * message (enum hs_h1_anomaly); the rest inspect the header fields. Checks of
 * one message come in pairs ("framing.request-..." and "framing.response-...")
 * so that client and server problems can be selected apart. Checks that look
 * for a missing field only run when the whole header section was parsed and
 * kept (head_known()).
 *
 * Cost: one function, framing_run(), serves the whole area. It runs the
 * checks in groups guarded by what they need at the least (any anomaly bit, a
 * field's presence in the engine's field index, the method, the status), and
 * the per-field checks (FR-12, FR-13, FR-17, FR-19, FR-20) in one walk over
 * each message's fields (scan_fields), whose verdicts on repeated values
 * (User-Agent, Accept, Date...) come from the engine's memo. Findings come out
 * in registry order (hs_chk_sort).
 *
 * Thresholds (FR-14, FR-24), documented in httpsift-checks(7) through the
 * explain texts below:
 *   - a request-line longer than 8000 octets (RFC 9112 §3 recommends that
 *     everybody supports at least 8000);
 *   - a field line longer than 8 KiB, or a header section (start line to the
 *     empty line) longer than 16 KiB: common server limits (nginx, Apache,
 *     Tomcat 8 KiB per line or head; Node.js and IIS 16 KiB per head).
 */

#define FR HS_AREA_FRAMING
#define ERR HS_SEV_ERROR
#define WARN HS_SEV_WARNING
#define INFO HS_SEV_INFO

#define BIT(a) ((uint64_t)1 << (a))
#define LIT(s) (s), (sizeof(s) - 1)

#define REQUEST_LINE_RECOMMENDED 8000u
#define FIELD_LINE_WARN 8192u
#define SECTION_WARN 16384u

/* ---- helpers --------------------------------------------------------------------------------- */

static bool is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_hex(uint8_t c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* RFC 9110 §5.6.2 tchar: hs_is_tchar() as a table, for loops over whole values. */
static const uint8_t tchar[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
};

static bool all_digits(struct hs_span s)
{
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (!is_digit(s.p[i]))
            return false;
    return true;
}

/* The parser flagged anomaly a on this message (and the message was seen). */
static bool anom(const struct hs_txn_msg *m, unsigned a)
{
    return m->seen && (m->anomalies & BIT(a));
}

/*
 * The whole header section of an HTTP/1.x message was parsed and kept, so a
 * field that is not in m->fields was not sent.
 */
static bool head_known(const struct hs_txn_msg *m)
{
    return m->seen && m->major >= 1 && m->header_bytes > 0 &&
           !(m->anomalies & (BIT(HS_H1_A_TOO_MANY_HEADERS) | BIT(HS_H1_A_HEADERS_TOO_LARGE) |
                             BIT(HS_H1_A_GAP_HEADERS)));
}

/* A final status the server produced after accepting the request (not a rejection). */
static bool accepted(const struct hs_txn *t)
{
    return t->resp.seen && t->status >= 100 && t->status < 400;
}

/* What every check gets: the transaction and the field index of each message. */
struct fr {
    struct hs_chk_ctx *c;
    const struct hs_txn *t;
    const struct hs_chk_fields *fx[2]; /* [HS_DIR_C2S] request, [HS_DIR_S2C] response */
    bool host_ok;                      /* the request's first Host is valid (or absent) */
    int method;                        /* enum method of the request */
    struct tgt *tg;                    /* borrowed, the run: target_uri(), parsed on first use */
};

/* The request-target as a URI-reference (target_uri()). */
struct tgt {
    bool done, ok;
    struct hs_uri uri; /* spans into the target */
};

/* The standard methods, as sent (methods are case-sensitive, RFC 9110 §9.1). */
enum method {
    M_OTHER, M_GET, M_HEAD, M_POST, M_PUT, M_DELETE, M_CONNECT, M_OPTIONS, M_TRACE, M_PATCH
};

static enum method method_of(const struct hs_txn *t)
{
    struct hs_span m = t->method;
    if (!t->req.seen)
        return M_OTHER;
    switch (m.len) {
    case 3:
        return HS_SPAN_EQ(m, "GET") ? M_GET : HS_SPAN_EQ(m, "PUT") ? M_PUT : M_OTHER;
    case 4:
        return HS_SPAN_EQ(m, "HEAD") ? M_HEAD : HS_SPAN_EQ(m, "POST") ? M_POST : M_OTHER;
    case 5:
        return HS_SPAN_EQ(m, "TRACE") ? M_TRACE : HS_SPAN_EQ(m, "PATCH") ? M_PATCH : M_OTHER;
    case 6: return HS_SPAN_EQ(m, "DELETE") ? M_DELETE : M_OTHER;
    case 7:
        return HS_SPAN_EQ(m, "CONNECT")   ? M_CONNECT
               : HS_SPAN_EQ(m, "OPTIONS") ? M_OPTIONS
                                          : M_OTHER;
    default: return M_OTHER;
    }
}
#define MB(m) (1u << (m))

/*
 * The request-target as a URI-reference when it is in none of origin form,
 * "*" and CONNECT's authority form (so absolute form, or invalid), else NULL:
 * parsed once per run for FR-09, FR-14 and FR-22.
 */
static const struct hs_uri *target_uri(const struct fr *x)
{
    struct tgt *g = x->tg;
    if (!g->done) {
        const struct hs_txn *t = x->t;
        g->done = true;
        g->ok = t->req.seen && t->target.len && t->target.p[0] != '/' && x->method != M_CONNECT &&
                !HS_SPAN_EQ(t->target, "*") && hs_uri_parse(t->target, &g->uri);
    }
    return g->ok ? &g->uri : NULL;
}

/* The field index of m (the request or the response of x->t). */
#define IX(x, m) ((m) == &(x)->t->req ? (x)->fx[HS_DIR_C2S] : (x)->fx[HS_DIR_S2C])

/* First field of a kind in m (FLD(m, CONTENT_LENGTH)), or NULL; needs x in scope. */
#define FLD(m, f) hs_chk_first((m), IX(x, (m)), HS_FID_##f)
#define HAS(m, f) ((IX(x, (m))->has & HS_FID_BIT(HS_FID_##f)) != 0)
#define FB(f) HS_FID_BIT(HS_FID_##f)
/* A list field of a kind in m has element lit (its first token): LIST_HAS(m, TE, "chunked"). */
#define LIST_HAS(m, f, lit) HS_CHK_LIST_HAS((m), IX(x, (m)), HS_FID_##f, (lit))

/* ---- what the checks know about a field name ------------------------------------------------- */

enum {
    FL_LIST = 1,      /* a #list whose elements hold no comma outside quotes (FR-13) */
    FL_REQ_ONLY = 2,  /* defined for requests only (FR-17) */
    FL_RESP_ONLY = 4, /* defined for responses only (FR-17) */
    FL_DEF = 8,       /* an entry of fdefs[] */
};

enum syn_kind { /* FR-19 grammar */
    SYN_NONE = 0, SYN_MEDIA, SYN_DIGITS, SYN_RETRY, SYN_CLOC, SYN_PRODUCTS, SYN_TOKENS,
    SYN_VARY, SYN_CODINGS, SYN_PROTOCOLS, SYN_EXPECT
};
enum syn_side { SIDE_BOTH = 0, SIDE_REQ, SIDE_RESP };
enum date_kind { /* FR-20 */
    DATE_NONE = 0,
    DATE_STRICT,   /* HTTP-date */
    DATE_EXPIRES,  /* HTTP-date; an invalid value is left to the cache checks */
    DATE_RETRY,    /* HTTP-date / delay-seconds */
    DATE_IF_RANGE  /* entity-tag / HTTP-date */
};

struct fdef {
    const char *s;   /* lower case */
    uint8_t n;
    uint8_t flags;   /* FL_* */
    int8_t single;   /* singleton number (FR-13) or -1 (Content-Length, Host: own checks) */
    uint8_t syn;     /* enum syn_kind */
    uint8_t side;    /* enum syn_side: where the grammar is judged */
    uint8_t date;    /* enum date_kind */
};

/*
 * What the per-field checks know about each field kind: D(kind, name, flags,
 * singleton number (FR-13) or -1 (Content-Length, Host: own checks), grammar
 * (FR-19), where the grammar is judged, date form (FR-20)).
 */
#define FDEFS(D)                                                                                  \
    D(TE, "te", FL_REQ_ONLY | FL_LIST, -1, SYN_CODINGS, SIDE_REQ, DATE_NONE)                      \
    D(AGE, "age", FL_RESP_ONLY, 0, SYN_NONE, SIDE_BOTH, DATE_NONE)                                \
    D(VIA, "via", FL_LIST, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                                    \
    D(DATE, "date", 0, 1, SYN_NONE, SIDE_BOTH, DATE_STRICT)                                       \
    D(ETAG, "etag", 0, 2, SYN_NONE, SIDE_BOTH, DATE_NONE)                                         \
    D(FROM, "from", FL_REQ_ONLY, 3, SYN_NONE, SIDE_BOTH, DATE_NONE)                               \
    D(HOST, "host", FL_REQ_ONLY, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                              \
    D(VARY, "vary", FL_RESP_ONLY | FL_LIST, -1, SYN_VARY, SIDE_RESP, DATE_NONE)                   \
    D(ALLOW, "allow", FL_LIST, -1, SYN_TOKENS, SIDE_BOTH, DATE_NONE)                              \
    D(RANGE, "range", FL_REQ_ONLY, 4, SYN_NONE, SIDE_BOTH, DATE_NONE)                             \
    D(ACCEPT, "accept", FL_LIST, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                              \
    D(COOKIE, "cookie", FL_REQ_ONLY, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                          \
    D(EXPECT, "expect", FL_REQ_ONLY | FL_LIST, -1, SYN_EXPECT, SIDE_REQ, DATE_NONE)               \
    D(SERVER, "server", FL_RESP_ONLY, 5, SYN_PRODUCTS, SIDE_RESP, DATE_NONE)                      \
    D(EXPIRES, "expires", 0, 6, SYN_NONE, SIDE_BOTH, DATE_EXPIRES)                                \
    D(REFERER, "referer", FL_REQ_ONLY, 7, SYN_NONE, SIDE_BOTH, DATE_NONE)                         \
    D(TRAILER, "trailer", FL_LIST, -1, SYN_TOKENS, SIDE_BOTH, DATE_NONE)                          \
    D(UPGRADE, "upgrade", FL_LIST, -1, SYN_PROTOCOLS, SIDE_BOTH, DATE_NONE)                       \
    D(IF_MATCH, "if-match", FL_REQ_ONLY, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                      \
    D(IF_RANGE, "if-range", FL_REQ_ONLY, 8, SYN_NONE, SIDE_BOTH, DATE_IF_RANGE)                   \
    D(LOCATION, "location", FL_RESP_ONLY, 9, SYN_NONE, SIDE_BOTH, DATE_NONE)                      \
    D(CONNECTION, "connection", FL_LIST, -1, SYN_TOKENS, SIDE_BOTH, DATE_NONE)                    \
    D(SET_COOKIE, "set-cookie", FL_RESP_ONLY, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                 \
    D(USER_AGENT, "user-agent", FL_REQ_ONLY, 10, SYN_PRODUCTS, SIDE_REQ, DATE_NONE)               \
    D(RETRY_AFTER, "retry-after", FL_RESP_ONLY, 11, SYN_RETRY, SIDE_RESP, DATE_RETRY)             \
    D(CONTENT_TYPE, "content-type", 0, 12, SYN_MEDIA, SIDE_BOTH, DATE_NONE)                       \
    D(MAX_FORWARDS, "max-forwards", FL_REQ_ONLY, 13, SYN_DIGITS, SIDE_REQ, DATE_NONE)             \
    D(ACCEPT_RANGES, "accept-ranges", FL_RESP_ONLY | FL_LIST,                                     \
      -1, SYN_TOKENS, SIDE_RESP, DATE_NONE)                                                       \
    D(AUTHORIZATION, "authorization", FL_REQ_ONLY, 14, SYN_NONE, SIDE_BOTH, DATE_NONE)            \
    D(CACHE_CONTROL, "cache-control", FL_LIST, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                \
    D(IF_NONE_MATCH, "if-none-match", FL_REQ_ONLY, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)            \
    D(LAST_MODIFIED, "last-modified", 0, 15, SYN_NONE, SIDE_BOTH, DATE_STRICT)                    \
    D(ACCEPT_CHARSET, "accept-charset", FL_REQ_ONLY | FL_LIST,                                    \
      -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                                                         \
    D(ACCEPT_ENCODING, "accept-encoding", FL_LIST, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)            \
    D(ACCEPT_LANGUAGE, "accept-language", FL_REQ_ONLY | FL_LIST,                                  \
      -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                                                         \
    D(CONTENT_ENCODING, "content-encoding", FL_LIST, -1, SYN_TOKENS, SIDE_BOTH, DATE_NONE)        \
    D(CONTENT_LANGUAGE, "content-language", FL_LIST, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)          \
    D(CONTENT_LOCATION, "content-location", 0, 16, SYN_CLOC, SIDE_BOTH, DATE_NONE)                \
    D(WWW_AUTHENTICATE, "www-authenticate", FL_RESP_ONLY, -1, SYN_NONE, SIDE_BOTH, DATE_NONE)     \
    D(IF_MODIFIED_SINCE, "if-modified-since", FL_REQ_ONLY, 17, SYN_NONE, SIDE_BOTH, DATE_STRICT)  \
    D(TRANSFER_ENCODING, "transfer-encoding", FL_LIST, -1, SYN_CODINGS, SIDE_BOTH, DATE_NONE)     \
    D(PROXY_AUTHENTICATE, "proxy-authenticate", FL_RESP_ONLY,                                     \
      -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                                                         \
    D(AUTHENTICATION_INFO, "authentication-info", FL_RESP_ONLY,                                   \
      -1, SYN_NONE, SIDE_BOTH, DATE_NONE)                                                         \
    D(IF_UNMODIFIED_SINCE, "if-unmodified-since", FL_REQ_ONLY,                                    \
      18, SYN_NONE, SIDE_BOTH, DATE_STRICT)                                                       \
    D(PROXY_AUTHORIZATION, "proxy-authorization", FL_REQ_ONLY,                                    \
      19, SYN_NONE, SIDE_BOTH, DATE_NONE)                                                         \
    D(PROXY_AUTHENTICATION_INFO, "proxy-authentication-info", FL_RESP_ONLY,                       \
      -1, SYN_NONE, SIDE_BOTH, DATE_NONE)

/* By field kind (enum hs_fid); kinds without an entry (flags 0) mean nothing here. */
static const struct fdef fdefs[HS_FID_N] = {
#define D(f, s, fl, single, syn, side, date)                                                    \
    [HS_FID_##f] = {s, sizeof(s) - 1, FL_DEF | (fl), single, syn, side, date},
    FDEFS(D)
#undef D
};

/* The same, as bits tested once per field line (scan_fields). */
enum {
    B_LIST = 1,      /* FL_LIST */
    B_REQ_ONLY = 2,  /* FL_REQ_ONLY */
    B_RESP_ONLY = 4, /* FL_RESP_ONLY */
    B_SINGLE = 8,    /* a singleton */
    B_SYN_REQ = 16,  /* a grammar judged in requests */
    B_SYN_RESP = 32, /* a grammar judged in responses */
    B_DATE = 64      /* a date */
};
static const uint8_t fbits[HS_FID_N] = {
#define D(f, s, fl, single, syn, side, date)                                                    \
    [HS_FID_##f] = (uint8_t)((fl) | ((single) >= 0 ? B_SINGLE : 0) |                           \
                             ((syn) != SYN_NONE && (side) != SIDE_RESP ? B_SYN_REQ : 0) |       \
                             ((syn) != SYN_NONE && (side) != SIDE_REQ ? B_SYN_RESP : 0) |       \
                             ((date) != DATE_NONE ? B_DATE : 0)),
    FDEFS(D)
#undef D
};

/* Kinds of interest to the per-field checks (bits: HS_FID_BIT). */
#define D_SINGLE(f, s, fl, single, syn, side, date) | ((single) >= 0 ? FB(f) : 0)
#define D_REQ_ONLY(f, s, fl, single, syn, side, date) | (((fl) & FL_REQ_ONLY) ? FB(f) : 0)
#define D_RESP_ONLY(f, s, fl, single, syn, side, date) | (((fl) & FL_RESP_ONLY) ? FB(f) : 0)
#define SINGLETONS (0 FDEFS(D_SINGLE))
#define REQ_ONLY (0 FDEFS(D_REQ_ONLY))
#define RESP_ONLY (0 FDEFS(D_RESP_ONLY))

/* fdefs index (enum hs_fid) + 1 by field_hash(); 0: not a field of interest */
static const uint8_t fslot[256] = {
    [3] = HS_FID_PROXY_AUTHENTICATION_INFO + 1, [8] = HS_FID_REFERER + 1,
    [16] = HS_FID_ETAG + 1, [24] = HS_FID_RETRY_AFTER + 1, [37] = HS_FID_EXPECT + 1,
    [40] = HS_FID_EXPIRES + 1, [41] = HS_FID_SERVER + 1, [42] = HS_FID_LOCATION + 1,
    [44] = HS_FID_SET_COOKIE + 1, [49] = HS_FID_TE + 1, [52] = HS_FID_LAST_MODIFIED + 1,
    [59] = HS_FID_FROM + 1, [82] = HS_FID_TRAILER + 1, [100] = HS_FID_MAX_FORWARDS + 1,
    [106] = HS_FID_UPGRADE + 1, [111] = HS_FID_TRANSFER_ENCODING + 1, [118] = HS_FID_AGE + 1,
    [123] = HS_FID_VIA + 1, [133] = HS_FID_USER_AGENT + 1, [140] = HS_FID_HOST + 1,
    [144] = HS_FID_ALLOW + 1, [145] = HS_FID_ACCEPT + 1, [151] = HS_FID_VARY + 1,
    [166] = HS_FID_ACCEPT_LANGUAGE + 1, [167] = HS_FID_AUTHORIZATION + 1,
    [168] = HS_FID_ACCEPT_ENCODING + 1, [172] = HS_FID_ACCEPT_RANGES + 1,
    [177] = HS_FID_ACCEPT_CHARSET + 1, [178] = HS_FID_IF_RANGE + 1, [181] = HS_FID_IF_MATCH + 1,
    [192] = HS_FID_AUTHENTICATION_INFO + 1, [201] = HS_FID_IF_NONE_MATCH + 1,
    [204] = HS_FID_COOKIE + 1, [214] = HS_FID_IF_MODIFIED_SINCE + 1,
    [216] = HS_FID_WWW_AUTHENTICATE + 1, [221] = HS_FID_PROXY_AUTHENTICATE + 1,
    [222] = HS_FID_IF_UNMODIFIED_SINCE + 1, [228] = HS_FID_CONTENT_TYPE + 1,
    [229] = HS_FID_CONNECTION + 1, [233] = HS_FID_DATE + 1,
    [234] = HS_FID_PROXY_AUTHORIZATION + 1, [239] = HS_FID_CACHE_CONTROL + 1,
    [243] = HS_FID_RANGE + 1, [244] = HS_FID_CONTENT_LANGUAGE + 1,
    [246] = HS_FID_CONTENT_ENCODING + 1, [253] = HS_FID_CONTENT_LOCATION + 1,
};

/*
 * Length, first and last octet (case-folded): collision-free over the names
 * of fdefs (constants found by search). A new name needs a free slot, or new
 * constants; a wrong slot fails safe (the name is always compared in full),
 * the field is then just not recognised.
 */
static unsigned field_hash(struct hs_span n)
{
    return (unsigned)(n.len * 4 + (n.p[0] | 0x20u) * 37u + (n.p[n.len - 1] | 0x20u)) & 255u;
}

/*
 * p[0..n) equals the lower-case name lit, ignoring case, eight octets at a
 * time. OR-ing 0x20 folds A-Z onto a-z and keeps "-"; it also folds CR onto
 * "-", which a field name never holds without being reported as a bare CR.
 */
static bool name_eq(const uint8_t *p, const char *lit, size_t n)
{
    uint64_t a, b;
    if (n >= 8) {
        /* whole words, then the last eight octets (overlapping) */
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&a, p + i, 8);
            memcpy(&b, lit + i, 8);
            if ((a | 0x2020202020202020ULL) != b)
                return false;
        }
        memcpy(&a, p + n - 8, 8);
        memcpy(&b, lit + n - 8, 8);
        return (a | 0x2020202020202020ULL) == b;
    }
    if (n >= 4) {
        uint32_t x, y, u, v;
        memcpy(&x, p, 4);
        memcpy(&y, lit, 4);
        memcpy(&u, p + n - 4, 4);
        memcpy(&v, lit + n - 4, 4);
        return (x | 0x20202020u) == y && (u | 0x20202020u) == v;
    }
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != (uint8_t)lit[i])
            return false;
    return true;
}

/*
 * The per-field checks (FR-13, FR-17, FR-19, FR-20) compare names with
 * name_eq(), where a CR matches the "-" of a name. The engine's kinds compare
 * exactly, so they differ only for a name holding a CR, which the parser
 * reports as a bare CR: in such messages (loose) a name of no known kind is
 * compared again here.
 */
static enum hs_fid loose_fid(struct hs_span name)
{
    if (name.len < 2 || name.len > 25)
        return HS_FID_OTHER;
    unsigned k = fslot[field_hash(name)];
    if (!k || fdefs[k - 1].n != name.len || !name_eq(name.p, fdefs[k - 1].s, name.len))
        return HS_FID_OTHER;
    return (enum hs_fid)(k - 1);
}

/* The kind of m->fields[i] for the per-field checks. */
static enum hs_fid fdef_fid(const struct hs_txn_msg *m, uint32_t i, bool loose)
{
    enum hs_fid f = hs_chk_fid_at(m, i);
    return f == HS_FID_OTHER && loose ? loose_fid(m->fields[i].name) : f;
}

/* The message has content: a positive Content-Length, or chunked data. */
static bool has_content(const struct hs_txn_msg *m)
{
    return m->framing == HS_H1_BODY_LENGTH ||
           (m->framing == HS_H1_BODY_CHUNKED && m->body_len > 0);
}

/* Case-insensitive names with their lengths, for field-name tables. */
struct nm {
    const char *s;
    size_t n;
};
#define NM(x) {x, sizeof(x) - 1}

static int name_index(struct hs_span name, const struct nm *l, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (name.len == l[i].n && hs_span_ieq(name, l[i].s, l[i].n))
            return (int)i;
    return -1;
}

/* Evidence built without printf (wire bytes may contain NUL). */
struct ev {
    uint8_t b[256];
    size_t n;
};

static void ev_mem(struct ev *e, const void *p, size_t n)
{
    size_t room = sizeof e->b - e->n;
    if (n > room)
        n = room;
    if (n == 0)
        return;
    memcpy(e->b + e->n, p, n);
    e->n += n;
}

static void ev_str(struct ev *e, const char *s)
{
    ev_mem(e, s, strlen(s));
}

static void ev_span(struct ev *e, struct hs_span s)
{
    ev_mem(e, s.p, s.len);
}

static void ev_u64(struct ev *e, uint64_t v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%llu", (unsigned long long)v);
    ev_mem(e, t, n > 0 ? (size_t)n : 0);
}

static void ev_field(struct ev *e, const struct hs_txn_field *f)
{
    ev_span(e, f->name);
    ev_str(e, ": ");
    ev_span(e, f->value);
}

/* "Name: v1; Name: v2" for every field of kind f. */
static void ev_fields(struct ev *e, const struct fr *x, const struct hs_txn_msg *m, enum hs_fid f)
{
    const struct hs_txn_field *fl;
    bool first = true;
    for (uint32_t pos = 0; (fl = hs_chk_next(m, IX(x, m), f, &pos)) != NULL;) {
        if (!first)
            ev_str(e, "; ");
        ev_field(e, fl);
        first = false;
        if (e->n == sizeof e->b)
            break; /* full: the rest would not show */
    }
}

static void ev_report(struct hs_chk_ctx *c, const char *id, const struct ev *e)
{
    hs_chk_report(c, id, e->b, e->n);
}

static void report_str(struct hs_chk_ctx *c, const char *id, const char *s)
{
    hs_chk_report(c, id, (const uint8_t *)s, strlen(s));
}

/* First field of m of kind f, as evidence; fallback text when there is none. */
static void report_field_or(const struct fr *x, const char *id, const struct hs_txn_msg *m,
                            enum hs_fid f, const char *fallback)
{
    const struct hs_txn_field *fl = hs_chk_first(m, IX(x, m), f);
    if (fl)
        hs_chk_report_field(x->c, id, fl);
    else
        report_str(x->c, id, fallback);
}

/* The token at the start of a list element (a coding or option name) and what follows it. */
/* The index past the run of tchar octets that starts at p[i] (p[0..n)), four at a time. */
static inline size_t tchar_run(const uint8_t *p, size_t i, size_t n)
{
    while (i + 4 <= n && (tchar[p[i]] & tchar[p[i + 1]] & tchar[p[i + 2]] & tchar[p[i + 3]]))
        i += 4;
    while (i < n && tchar[p[i]])
        i++;
    return i;
}

static struct hs_span first_token(struct hs_span el, struct hs_span *rest)
{
    size_t k = tchar_run(el.p, 0, el.len);
    if (rest)
        *rest = hs_span_make(el.p + k, el.len - k);
    return hs_span_make(el.p, k);
}

/* A message check run on the request and on the response (when seen). */
#define SIDED(f, rid, sid)                                                                     \
    static void f##_both(const struct fr *x)                                                   \
    {                                                                                          \
        if (x->t->req.seen)                                                                    \
            f(x, &x->t->req, rid);                                                             \
        if (x->t->resp.seen)                                                                   \
            f(x, &x->t->resp, sid);                                                            \
    }

/* A check that only reports an anomaly bit, with fixed evidence. */
static void anomaly_check(struct hs_chk_ctx *c, const struct hs_txn_msg *m, unsigned a,
                          const char *id, const char *ev)
{
    if (anom(m, a))
        report_str(c, id, ev);
}

/* ---- FR-01: Content-Length together with Transfer-Encoding ----------------------------------- */

/* RFC 9112 §6.2: a sender MUST NOT send Content-Length in a message with Transfer-Encoding. */
static void cl_and_te(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    /* with both fields the parser flags CL_AND_TE, or BAD_CL when the length is invalid */
    if (!(m->anomalies &
          (BIT(HS_H1_A_CL_AND_TE) | BIT(HS_H1_A_BAD_CL) | BIT(HS_H1_A_CL_CONFLICT))))
        return;
    const struct hs_txn_field *cl = FLD(m, CONTENT_LENGTH);
    const struct hs_txn_field *te = cl ? FLD(m, TRANSFER_ENCODING) : NULL;
    if (!anom(m, HS_H1_A_CL_AND_TE) && !te)
        return;
    struct ev e = {.n = 0};
    if (cl && te) {
        ev_field(&e, cl);
        ev_str(&e, "; ");
        ev_field(&e, te);
    } else {
        ev_str(&e, "Content-Length and Transfer-Encoding");
    }
    ev_report(c, id, &e);
}
SIDED(cl_and_te, "framing.request-cl-and-te", "framing.response-cl-and-te")

/* ---- FR-02: invalid, conflicting and repeated Content-Length --------------------------------- */

/*
 * Is v a valid Content-Length value by the parser's rule (decide_framing() in
 * h1_parse.c): every comma-separated element, trimmed, a decimal number that
 * fits in 64 bits (RFC 9110 §8.6: 1*DIGIT; §14.1.2: no overflow); an empty
 * value is invalid.
 */
static bool cl_value_ok(struct hs_span v)
{
    if (v.len == 0)
        return false;
    while (v.len) {
        const uint8_t *comma = memchr(v.p, ',', v.len);
        size_t l = comma ? (size_t)(comma - v.p) : v.len;
        uint64_t n;
        if (!hs_h1_parse_u64(hs_span_trim(hs_span_make(v.p, l)), &n))
            return false;
        if (!comma)
            break;
        v.p += l + 1;
        v.len -= l + 1;
    }
    return true;
}

/* RFC 9110 §8.6: Content-Length = 1*DIGIT. */
static void bad_cl(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_BAD_CL))
        return;
    const struct hs_txn_field *f;
    for (uint32_t pos = 0; (f = hs_chk_next(m, IX(x, m), HS_FID_CONTENT_LENGTH, &pos)) != NULL;)
        if (!cl_value_ok(f->value)) {
            hs_chk_report_field(c, id, f);
            return;
        }
    report_field_or(x, id, m, HS_FID_CONTENT_LENGTH, "invalid Content-Length");
}
SIDED(bad_cl, "framing.request-invalid-content-length", "framing.response-invalid-content-length")

/* RFC 9112 §6.3 (item 5): differing Content-Length values make the framing unknowable. */
static void conflicting_cl(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_CL_CONFLICT))
        return;
    struct ev e = {.n = 0};
    ev_fields(&e, x, m, HS_FID_CONTENT_LENGTH);
    ev_report(c, id, &e);
}
SIDED(conflicting_cl, "framing.request-conflicting-content-length",
      "framing.response-conflicting-content-length")

/* RFC 9110 §8.6, §5.3: one Content-Length, one value ("42, 42" is invalid). */
static void duplicate_cl(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_DUP_CL) || anom(m, HS_H1_A_CL_CONFLICT))
        return;
    struct ev e = {.n = 0};
    ev_fields(&e, x, m, HS_FID_CONTENT_LENGTH);
    ev_report(c, id, &e);
}
SIDED(duplicate_cl, "framing.request-duplicate-content-length",
      "framing.response-duplicate-content-length")

/* RFC 9112 §6.3 (item 5): a request with an invalid Content-Length MUST get a 400. */
static void chk_bad_cl_accepted(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!(t->req.anomalies & (BIT(HS_H1_A_BAD_CL) | BIT(HS_H1_A_CL_CONFLICT))) ||
        !t->req.seen || !accepted(t) || HAS(&t->req, TRANSFER_ENCODING))
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, t->status);
    ev_str(&e, " to a request with ");
    ev_fields(&e, x, &t->req, HS_FID_CONTENT_LENGTH);
    ev_report(c, "framing.invalid-content-length-accepted", &e);
}

/* ---- FR-03: stray bytes, truncated messages, responses without request ----------------------- */

static void truncated(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    /* missing bytes in the capture are reported by framing.capture-gap instead */
    if (!anom(m, HS_H1_A_TRUNCATED) ||
        (m->anomalies & (BIT(HS_H1_A_GAP_HEADERS) | BIT(HS_H1_A_GAP_BODY))))
        return;
    struct ev e = {.n = 0};
    if (m->header_bytes == 0) {
        ev_str(&e, "the stream ended inside the header section");
    } else if (m->framing == HS_H1_BODY_LENGTH) {
        const struct hs_txn_field *cl = FLD(m, CONTENT_LENGTH);
        if (cl) {
            ev_field(&e, cl);
            ev_str(&e, ", ");
        }
        ev_u64(&e, m->body_len);
        ev_str(&e, " body bytes before the stream ended");
    } else if (m->framing == HS_H1_BODY_CHUNKED) {
        ev_str(&e, "chunked body: ");
        ev_u64(&e, m->body_len);
        ev_str(&e, " bytes, then the stream ended before the last chunk");
    } else {
        ev_str(&e, "the stream ended before the message did");
    }
    ev_report(c, id, &e);
}
SIDED(truncated, "framing.request-truncated", "framing.response-truncated")

/* RFC 9112 §9.2: a response matches the oldest outstanding request; here there was none. */
static void chk_response_without_request(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    /* 408 is routinely sent unsolicited before closing an idle connection (RFC 9110 §15.5.9) */
    if (t->req.seen || !t->resp.seen || t->status == 408)
        return;
    struct ev e = {.n = 0};
    if (t->resp.major == 0) {
        ev_str(&e, "HTTP/0.9 response");
    } else {
        ev_str(&e, "HTTP/");
        ev_u64(&e, t->resp.major);
        ev_str(&e, ".");
        ev_u64(&e, t->resp.minor);
        ev_str(&e, " ");
        ev_u64(&e, t->status);
        ev_str(&e, " ");
        ev_span(&e, t->reason);
    }
    ev_str(&e, " with no request before it");
    ev_report(c, "framing.response-without-request", &e);
}

/* ---- FR-04: Transfer-Encoding ---------------------------------------------------------------- */

/* Transfer codings registered in RFC 9112 §7 (without "trailers", which only TE uses). */
static const struct nm known_codings[] = {NM("chunked"), NM("gzip"), NM("x-gzip"),
                                          NM("deflate"), NM("compress"), NM("x-compress")};
#define N_KNOWN_CODINGS (sizeof known_codings / sizeof known_codings[0])

/* Walk the codings of every Transfer-Encoding field of m. */
struct te_iter {
    const struct hs_txn_msg *m;
    const struct hs_chk_fields *fx;
    uint32_t pos;                 /* where to look for the next field */
    const struct hs_txn_field *f; /* the field being walked, or NULL */
    struct hs_list_iter it;
};

static void te_init(struct te_iter *ti, const struct fr *x, const struct hs_txn_msg *m, bool req)
{
    ti->m = m;
    ti->fx = IX(x, m);
    ti->pos = 0;
    ti->f = NULL;
    /*
     * Transfer-Encoding overrides Content-Length, and a request without a
     * framing-relevant one has no body: skip the scan where it cannot be.
     */
    if (m->framing == HS_H1_BODY_LENGTH ||
        (req && m->framing == HS_H1_BODY_NONE &&
         !(m->anomalies & BIT(HS_H1_A_TE_NOT_CHUNKED))))
        ti->pos = m->nfields;
}

/* Next coding: its name and the rest of the element (parameters); f is the field it is in. */
static bool te_next(struct te_iter *ti, struct hs_span *name, struct hs_span *rest,
                    const struct hs_txn_field **f)
{
    for (;;) {
        if (!ti->f) {
            if (ti->pos >= ti->m->nfields)
                return false;
            ti->f = hs_chk_next(ti->m, ti->fx, HS_FID_TRANSFER_ENCODING, &ti->pos);
            if (!ti->f)
                return false;
            hs_list_init(&ti->it, ti->f->value);
        }
        struct hs_span el;
        if (hs_list_next(&ti->it, &el)) {
            *name = first_token(el, rest);
            *rest = hs_span_trim(*rest);
            *f = ti->f;
            return true;
        }
        ti->f = NULL;
    }
}

/* RFC 9112 §6.1: chunked is the final coding of a request's content. */
static void chk_request_te_not_chunked(const struct fr *x)
{
    const struct hs_txn *t = x->t;
    if (anom(&t->req, HS_H1_A_TE_NOT_CHUNKED))
        report_field_or(x, "framing.request-te-not-chunked", &t->req, HS_FID_TRANSFER_ENCODING,
                        "Transfer-Encoding without chunked last");
}

/* RFC 9112 §6.3 (item 4): such a request MUST be answered 400 (framing unknown). */
static void chk_te_not_chunked_accepted(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!anom(&t->req, HS_H1_A_TE_NOT_CHUNKED) || !accepted(t))
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, t->status);
    ev_str(&e, " to a request with ");
    ev_fields(&e, x, &t->req, HS_FID_TRANSFER_ENCODING);
    ev_report(c, "framing.te-not-chunked-accepted", &e);
}

/* RFC 9112 §6.1: a sender MUST NOT apply chunked more than once. */
static void chunked_twice(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    struct te_iter ti;
    struct hs_span name, rest;
    const struct hs_txn_field *f;
    unsigned n = 0;
    te_init(&ti, x, m, m == &x->t->req);
    while (te_next(&ti, &name, &rest, &f))
        if (HS_SPAN_IEQ(name, "chunked") && ++n == 2) {
            struct ev e = {.n = 0};
            ev_fields(&e, x, m, HS_FID_TRANSFER_ENCODING);
            ev_report(c, id, &e);
            return;
        }
}

/* RFC 9112 §7: transfer codings come from the registry ("identity" is not one). */
static void unknown_coding(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    struct te_iter ti;
    struct hs_span name, rest;
    const struct hs_txn_field *f;
    te_init(&ti, x, m, m == &x->t->req);
    while (te_next(&ti, &name, &rest, &f))
        if (name.len && name_index(name, known_codings, N_KNOWN_CODINGS) < 0) {
            hs_chk_report_field(c, id, f);
            return;
        }
}

/* RFC 9112 §7.1, §7.2: chunked and the compression codings define no parameters. */
static void coding_params(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    struct te_iter ti;
    struct hs_span name, rest;
    const struct hs_txn_field *f;
    te_init(&ti, x, m, m == &x->t->req);
    while (te_next(&ti, &name, &rest, &f))
        if (rest.len && rest.p[0] == ';' && name_index(name, known_codings, N_KNOWN_CODINGS) >= 0) {
            hs_chk_report_field(c, id, f);
            return;
        }
}

/* RFC 9112 §6.1: an HTTP/1.0 message with Transfer-Encoding has faulty framing. */
static void te_in_http10(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_TE_IN_HTTP10))
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "HTTP/1.0 message with ");
    ev_fields(&e, x, m, HS_FID_TRANSFER_ENCODING);
    ev_report(c, id, &e);
}
SIDED(te_in_http10, "framing.request-te-in-http10", "framing.response-te-in-http10")

/* RFC 9112 §6.1: no Transfer-Encoding in a response unless the request was HTTP/1.1. */
static void chk_te_response_to_http10(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || !t->resp.seen || t->req.major != 1 || t->req.minor != 0)
        return;
    const struct hs_txn_field *te = FLD(&t->resp, TRANSFER_ENCODING);
    if (!te)
        return;
    struct ev e = {.n = 0};
    ev_field(&e, te);
    ev_str(&e, " in a response to an HTTP/1.0 request");
    ev_report(c, "framing.te-response-to-http10-request", &e);
}

/*
 * RFC 9112 §7.4: without TE only chunked is acceptable; other transfer codings
 * must have been offered in the request's TE field.
 */
static void chk_unrequested_coding(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->resp.seen || !head_known(&t->req) || !HAS(&t->resp, TRANSFER_ENCODING))
        return;
    struct te_iter ti;
    struct hs_span name, rest;
    const struct hs_txn_field *f;
    te_init(&ti, x, &t->resp, false);
    while (te_next(&ti, &name, &rest, &f)) {
        if (name.len == 0 || HS_SPAN_IEQ(name, "chunked"))
            continue;
        if (!hs_chk_list_has(&t->req, x->fx[HS_DIR_C2S], HS_FID_TE, (const char *)name.p,
                             name.len)) {
            hs_chk_report_field(c, "framing.response-unrequested-transfer-coding", f);
            return;
        }
    }
}

/* RFC 9112 §7.1: chunk-size [ chunk-ext ] CRLF chunk-data CRLF. */
static void bad_chunk(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    anomaly_check(c, m, HS_H1_A_BAD_CHUNK, id, "chunk-size line that is not hex digits");
    anomaly_check(c, m, HS_H1_A_CHUNK_NO_CRLF, id, "chunk data not followed by CRLF");
}
SIDED(bad_chunk, "framing.request-invalid-chunk", "framing.response-invalid-chunk")

/* ---- FR-05: Content-Length / Transfer-Encoding where none may be ----------------------------- */

/*
 * RFC 9110 §8.6: no Content-Length at all in 1xx or 204. Non-zero values and
 * Transfer-Encoding are status.body-framing-not-allowed; this one reports the
 * harmless-looking "Content-Length: 0".
 */
static void chk_cl_zero_in_204(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 204 && t->status != 101)
        return;
    const struct hs_txn_field *f;
    for (uint32_t pos = 0;
         (f = hs_chk_next(&t->resp, IX(x, &t->resp), HS_FID_CONTENT_LENGTH, &pos)) != NULL;) {
        uint64_t v;
        if (hs_h1_parse_u64(f->value, &v) && v == 0) {
            struct ev e = {.n = 0};
            ev_field(&e, f);
            ev_str(&e, " in a ");
            ev_u64(&e, t->status);
            ev_report(c, "framing.content-length-in-204", &e);
            return;
        }
    }
}

/* RFC 9110 §9.3.6: no Transfer-Encoding or Content-Length in a 2xx to CONNECT. */
static void chk_length_in_connect_2xx(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 200 || t->status > 299 || !HS_CHK_METHOD_IS(t, "CONNECT"))
        return;
    const struct hs_txn_field *f = FLD(&t->resp, TRANSFER_ENCODING);
    if (!f)
        f = FLD(&t->resp, CONTENT_LENGTH);
    if (f)
        hs_chk_report_field(c, "framing.length-in-connect-2xx", f);
}

/* ---- FR-06: close-delimited responses -------------------------------------------------------- */

/*
 * RFC 9112 §6.3: a server SHOULD send length-delimited or chunked messages
 * whenever possible: always possible for an HTTP/1.1 server answering HTTP/1.1.
 */
static void chk_close_delimited(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->resp.seen || t->resp.framing != HS_H1_BODY_CLOSE || t->resp.major != 1 ||
        t->resp.minor < 1 || !t->req.seen || t->req.major != 1 || t->req.minor < 1 ||
        HAS(&t->resp, CONTENT_LENGTH))
        return; /* an invalid Content-Length also ends in a close: reported as such */
    struct ev e = {.n = 0};
    const struct hs_txn_field *te = FLD(&t->resp, TRANSFER_ENCODING);
    if (te) {
        ev_field(&e, te);
        ev_str(&e, " (not chunked): ");
    } else {
        ev_str(&e, "no Content-Length, not chunked: ");
    }
    ev_u64(&e, t->resp.body_len);
    ev_str(&e, " body bytes ended by the connection close");
    ev_report(c, "framing.close-delimited-response", &e);
}

/*
 * RFC 9112 §9.6: a server that will close SHOULD say "Connection: close".
 * Judged for HTTP/1.1 requests only: an HTTP/1.0 client expects the close.
 */
static void chk_close_delimited_no_close(const struct fr *x)
{
    const struct hs_txn *t = x->t;
    if (!t->resp.seen || t->resp.framing != HS_H1_BODY_CLOSE || t->resp.major != 1 ||
        t->resp.minor < 1 || !t->req.seen || t->req.major != 1 || t->req.minor < 1 ||
        !head_known(&t->resp) || HAS(&t->resp, CONTENT_LENGTH) ||
        LIST_HAS(&t->resp, CONNECTION, "close"))
        return;
    report_field_or(x, "framing.close-delimited-without-connection-close", &t->resp,
                    HS_FID_CONNECTION,
                    "close-delimited HTTP/1.1 response without a Connection field");
}

/* ---- FR-07: framing hints on requests -------------------------------------------------------- */

/* RFC 9110 §8.6: a user agent SHOULD send Content-Length when the method defines content. */
static void chk_request_without_cl(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!(HS_CHK_METHOD_IS(t, "POST") || HS_CHK_METHOD_IS(t, "PUT") ||
          HS_CHK_METHOD_IS(t, "PATCH")) ||
        !head_known(&t->req) || HAS(&t->req, CONTENT_LENGTH) ||
        HAS(&t->req, TRANSFER_ENCODING))
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " without Content-Length or Transfer-Encoding");
    ev_report(c, "framing.request-without-content-length", &e);
}

/* RFC 9110 §8.6: no Content-Length when there is no content and the method expects none. */
static void chk_cl_without_content(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!(HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD") ||
          HS_CHK_METHOD_IS(t, "DELETE") || HS_CHK_METHOD_IS(t, "TRACE") ||
          HS_CHK_METHOD_IS(t, "CONNECT")))
        return;
    const struct hs_txn_field *f = FLD(&t->req, CONTENT_LENGTH);
    uint64_t v;
    if (!f || !hs_h1_parse_u64(f->value, &v) || v != 0)
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " with ");
    ev_field(&e, f);
    ev_report(c, "framing.content-length-without-content", &e);
}

/* ---- FR-08: content on methods that do not define it ----------------------------------------- */

static void ev_content(struct ev *e, const struct fr *x)
{
    const struct hs_txn *t = x->t;
    ev_span(e, t->method);
    ev_str(e, " with ");
    const struct hs_txn_field *cl = FLD(&t->req, CONTENT_LENGTH);
    if (t->req.framing == HS_H1_BODY_LENGTH && cl) {
        ev_field(e, cl);
    } else {
        ev_str(e, "chunked content of ");
        ev_u64(e, t->req.body_len);
        ev_str(e, " bytes");
    }
}

/* RFC 9110 §9.3.1, §9.3.2, §9.3.5: a client SHOULD NOT send content in GET, HEAD, DELETE. */
static void chk_content_in_get(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!has_content(&t->req) ||
        !(HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD") ||
          HS_CHK_METHOD_IS(t, "DELETE")))
        return;
    struct ev e = {.n = 0};
    ev_content(&e, x);
    ev_report(c, "framing.content-in-get-head-delete", &e);
}

/* RFC 9110 §9.3.6: a CONNECT request has no content. */
static void chk_content_in_connect(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!HS_CHK_METHOD_IS(t, "CONNECT") ||
        !(anom(&t->req, HS_H1_A_CONNECT_BODY) || has_content(&t->req)))
        return;
    struct ev e = {.n = 0};
    ev_content(&e, x);
    ev_report(c, "framing.content-in-connect", &e);
}

/* RFC 9110 §9.3.7: OPTIONS content MUST come with a valid Content-Type. */
static void chk_options_content_type(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!HS_CHK_METHOD_IS(t, "OPTIONS") || !has_content(&t->req) || !head_known(&t->req) ||
        HAS(&t->req, CONTENT_TYPE))
        return;
    struct ev e = {.n = 0};
    ev_content(&e, x);
    ev_str(&e, ", no Content-Type");
    ev_report(c, "framing.options-content-without-content-type", &e);
}

/* ---- FR-09: Host ----------------------------------------------------------------------------- */

/* Octets of a DNS name or IPv4 address: ALPHA / DIGIT / "-" / "." */
static const uint8_t name_char[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

/* Host = uri-host [ ":" port ]; empty when the target URI has no authority (RFC 9112 §3.2). */
static bool host_ok(struct hs_span v)
{
    char buf[520];
    if (v.len == 0)
        return true;
    /* the usual case: a DNS name or IPv4 address, maybe a port */
    size_t i = 0;
    while (i + 4 <= v.len && (name_char[v.p[i]] & name_char[v.p[i + 1]] & name_char[v.p[i + 2]] &
                              name_char[v.p[i + 3]]))
        i += 4;
    while (i < v.len && name_char[v.p[i]])
        i++;
    if (i > 0 && i < v.len && v.p[i] == ':')
        while (++i < v.len && is_digit(v.p[i]))
            ;
    if (i == v.len && v.p[0] != ':')
        return true;
    if (v.len > sizeof buf - 2)
        return true; /* not judged */
    for (i = 0; i < v.len; i++)
        if (v.p[i] == '/' || v.p[i] == '?' || v.p[i] == '#' || v.p[i] == '@')
            return false;
    buf[0] = buf[1] = '/';
    memcpy(buf + 2, v.p, v.len);
    struct hs_uri u;
    return hs_uri_parse(hs_span_make(buf, v.len + 2), &u) && u.has_authority &&
           u.authority.len == v.len && u.path.len == 0 && !u.has_query && !u.has_fragment;
}

/* Split "host:port" / "[v6]:port"; port is empty when absent. */
static void split_hostport(struct hs_span a, struct hs_span *host, struct hs_span *port)
{
    size_t colon = a.len;
    size_t from = 0;
    if (a.len && a.p[0] == '[') {
        const uint8_t *rb = memchr(a.p, ']', a.len);
        from = rb ? (size_t)(rb - a.p) : a.len;
    }
    for (size_t i = a.len; i > from; i--)
        if (a.p[i - 1] == ':') {
            colon = i - 1;
            break;
        }
    *host = hs_span_make(a.p, colon);
    *port = colon < a.len ? hs_span_make(a.p + colon + 1, a.len - colon - 1) : hs_span_make(a.p, 0);
}

static bool port_is_default(struct hs_span scheme, struct hs_span port)
{
    if (HS_SPAN_IEQ(scheme, "http") || HS_SPAN_IEQ(scheme, "ws"))
        return HS_SPAN_EQ(port, "80");
    if (HS_SPAN_IEQ(scheme, "https") || HS_SPAN_IEQ(scheme, "wss"))
        return HS_SPAN_EQ(port, "443");
    return false;
}

/* RFC 9112 §3.2: a client MUST send Host in every HTTP/1.1 request. */
static void chk_host_missing(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->req.major != 1 || t->req.minor < 1 || !head_known(&t->req) ||
        HAS(&t->req, HOST))
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "HTTP/1.1 request without Host: ");
    ev_span(&e, t->method);
    ev_str(&e, " ");
    ev_span(&e, t->target);
    ev_report(c, "framing.host-missing", &e);
}

/* RFC 9112 §3.2: more than one Host field line is invalid. */
static void chk_host_repeated(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || !(x->fx[HS_DIR_C2S]->dup & FB(HOST)))
        return;
    struct ev e = {.n = 0};
    ev_fields(&e, x, &t->req, HS_FID_HOST);
    ev_report(c, "framing.host-repeated", &e);
}

/* RFC 9110 §7.2: Host = uri-host [ ":" port ]. */
static void chk_host_invalid(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    const struct hs_txn_field *f;
    bool first = true;
    for (uint32_t pos = 0; t->req.seen && (f = hs_chk_next(&t->req, x->fx[HS_DIR_C2S],
                                                            HS_FID_HOST, &pos)) != NULL;) {
        if (first ? !x->host_ok : !host_ok(f->value)) {
            hs_chk_report_field(c, "framing.host-invalid", f);
            return;
        }
        first = false;
    }
}

/* RFC 9112 §3.2: Host MUST equal the authority of an absolute-form target. */
static void chk_host_target_mismatch(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->target.len == 0 || t->target.p[0] == '/')
        return;
    const struct hs_uri *u = target_uri(x);
    if (!u || !u->has_scheme || !u->has_authority)
        return;
    const struct hs_txn_field *h = FLD(&t->req, HOST);
    if (!h)
        return;
    struct hs_span a = u->authority;
    const uint8_t *at = a.len ? memchr(a.p, '@', a.len) : NULL;
    if (at)
        a = hs_span_make(at + 1, a.len - (size_t)(at + 1 - a.p));
    struct hs_span th, tp, hh, hp;
    split_hostport(a, &th, &tp);
    split_hostport(h->value, &hh, &hp);
    bool same_host =
        th.len == hh.len && (th.len == 0 || hs_span_ieq(th, (const char *)hh.p, hh.len));
    bool same_port = (tp.len == hp.len && (tp.len == 0 || memcmp(tp.p, hp.p, tp.len) == 0)) ||
                     (tp.len == 0 && port_is_default(u->scheme, hp)) ||
                     (hp.len == 0 && port_is_default(u->scheme, tp));
    if (same_host && same_port)
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "target ");
    ev_span(&e, t->target);
    ev_str(&e, " with ");
    ev_field(&e, h);
    ev_report(c, "framing.host-target-mismatch", &e);
}

/* RFC 9110 §7.2: a user agent SHOULD send Host as the first field. */
static void chk_host_not_first(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->req.nfields < 2 || HS_SPAN_IEQ(t->req.fields[0].name, "host"))
        return;
    /* an intermediary (Via) may reorder; the rule binds user agents */
    const struct hs_txn_field *h = FLD(&t->req, HOST);
    if (!h || HAS(&t->req, VIA))
        return;
    struct ev e = {.n = 0};
    ev_field(&e, h);
    ev_str(&e, " after ");
    ev_span(&e, t->req.fields[0].name);
    ev_report(c, "framing.host-not-first", &e);
}

/* RFC 9112 §3.2: a server MUST answer 400 to a missing, repeated or invalid Host. */
static void chk_bad_host_accepted(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!accepted(t) || !t->req.seen || t->req.major != 1)
        return;
    const struct hs_chk_fields *q = x->fx[HS_DIR_C2S];
    unsigned n = (q->has & FB(HOST)) ? ((q->dup & FB(HOST)) ? 2 : 1) : 0; /* 2: two or more */
    bool missing = n == 0 && t->req.minor >= 1 && head_known(&t->req);
    /* the last Host decides: with one, the first (two or more are reported anyway) */
    if (!missing && n < 2 && !(n == 1 && !x->host_ok))
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, t->status);
    if (missing) {
        ev_str(&e, " to an HTTP/1.1 request without Host");
    } else {
        ev_str(&e, " to a request with ");
        ev_fields(&e, x, &t->req, HS_FID_HOST);
    }
    ev_report(c, "framing.bad-host-accepted", &e);
}

/* ---- FR-10: obs-fold ------------------------------------------------------------------------- */

static void obs_fold(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    anomaly_check(c, m, HS_H1_A_OBS_FOLD, id,
                  "a field value continued on a line starting with whitespace");
}
SIDED(obs_fold, "framing.request-obs-fold", "framing.response-obs-fold")

/* ---- FR-11: field names ---------------------------------------------------------------------- */

static void ws_before_colon(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    anomaly_check(c, m, HS_H1_A_WS_BEFORE_COLON, id, "whitespace between a field name and ':'");
}
SIDED(ws_before_colon, "framing.request-space-before-colon", "framing.response-space-before-colon")

/* RFC 9112 §5.1: a server MUST reject such a request with 400. */
static void chk_ws_before_colon_accepted(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!anom(&t->req, HS_H1_A_WS_BEFORE_COLON) || !accepted(t))
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, t->status);
    ev_str(&e, " to a request with whitespace before a colon");
    ev_report(c, "framing.space-before-colon-accepted", &e);
}

/* RFC 9110 §5.1: field-name = token; RFC 9112 §5: every field line has a colon. */
static void invalid_name(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!(m->anomalies & (BIT(HS_H1_A_INVALID_NAME) | BIT(HS_H1_A_NO_COLON))))
        return;
    for (uint32_t i = 0; i < m->nfields; i++)
        if (!hs_is_token(m->fields[i].name)) {
            hs_chk_report_field(c, id, &m->fields[i]);
            return;
        }
    report_str(c, id,
               (m->anomalies & BIT(HS_H1_A_NO_COLON)) ? "a header line without a colon"
                                                       : "a field name that is not a token");
}
SIDED(invalid_name, "framing.request-invalid-field-name", "framing.response-invalid-field-name")

/* ---- FR-12: field values and line syntax ----------------------------------------------------- */

static bool has_ctl(struct hs_span v)
{
    for (size_t i = 0; i < v.len; i++)
        if ((v.p[i] < 0x20 && v.p[i] != '\t') || v.p[i] == 0x7f)
            return true;
    return false;
}

/* RFC 9110 §5.5: CTLs (and CR, LF, NUL above all) are invalid in a field value. */
static void ctl_in_value(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_CTL_IN_VALUE))
        return;
    for (uint32_t i = 0; i < m->nfields; i++)
        if (has_ctl(m->fields[i].value)) {
            hs_chk_report_field(c, id, &m->fields[i]);
            return;
        }
    report_str(c, id, "a control character in a header line");
}
SIDED(ctl_in_value, "framing.request-control-character", "framing.response-control-character")

/* RFC 9112 §2.2: a sender MUST NOT generate a bare CR. */
static void bare_cr(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_BARE_CR))
        return;
    for (uint32_t i = 0; i < m->nfields; i++)
        if (memchr(m->fields[i].value.p ? m->fields[i].value.p : (const uint8_t *)"", '\r',
                   m->fields[i].value.len)) {
            hs_chk_report_field(c, id, &m->fields[i]);
            return;
        }
    report_str(c, id, "a CR not followed by LF in the start line or header section");
}
SIDED(bare_cr, "framing.request-bare-cr", "framing.response-bare-cr")

/* RFC 9112 §2.1, §2.2: lines end with CRLF; a bare LF is tolerated by recipients only. */
static void bare_lf(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    anomaly_check(c, m, HS_H1_A_BARE_LF, id, "a line ended by LF without CR");
}
SIDED(bare_lf, "framing.request-bare-lf", "framing.response-bare-lf")

/* RFC 9112 §2.2: no whitespace between the start line and the first field. */
static void ws_after_start(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    anomaly_check(c, m, HS_H1_A_WS_AFTER_START_LINE, id,
                  "a line starting with whitespace right after the start line");
}
SIDED(ws_after_start, "framing.request-whitespace-after-start-line",
      "framing.response-whitespace-after-start-line")

/* RFC 9112 §2.2: an HTTP/1.1 user agent MUST NOT preface or follow a request with CRLF. */
static void chk_request_empty_lines(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->req.major != 1 || t->req.minor < 1)
        return;
    anomaly_check(c, &t->req, HS_H1_A_LEADING_EMPTY_LINES, "framing.request-extra-empty-lines",
                  "empty line before the request line");
}

/* RFC 9112 §9.2 lets clients discard CRLFs between responses, but they belong to no message. */
static void chk_response_empty_lines(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    anomaly_check(c, &t->resp, HS_H1_A_LEADING_EMPTY_LINES, "framing.response-extra-empty-lines",
                  "empty line before the status line");
}

/* Any octet >= 0x80 in s (eight at a time). */
static bool has_high(struct hs_span s)
{
    size_t i = 0;
    for (; i + 8 <= s.len; i += 8) {
        uint64_t w;
        memcpy(&w, s.p + i, 8);
        if (w & 0x8080808080808080ULL)
            return true;
    }
    for (; i < s.len; i++)
        if (s.p[i] & 0x80)
            return true;
    return false;
}


/* ---- FR-13: repeated singleton fields, empty list elements ----------------------------------- */


/*
 * Could the list v hold an empty element: a comma first or last, or two
 * commas with only whitespace between? (Quoted strings can only hide such
 * commas, not create them; the list parser decides.)
 */
static bool maybe_empty_element(struct hs_span v)
{
    const uint8_t *p = v.len ? memchr(v.p, ',', v.len) : NULL;
    if (!p)
        return false;
    if (p == v.p || v.p[v.len - 1] == ',')
        return true;
    const uint8_t *end = v.p + v.len;
    while (p) {
        const uint8_t *q = p + 1;
        while (q < end && hs_is_ows(*q))
            q++;
        if (q == end || *q == ',')
            return true;
        p = memchr(q, ',', (size_t)(end - q));
    }
    return false;
}


/* ---- FR-14: start lines ---------------------------------------------------------------------- */

/*
 * Octets of an origin-form target (RFC 3986 §3.3, §3.4): 1 for pchar
 * (unreserved, sub-delims, ":", "@"), "/" and "?"; "%" is checked apart.
 */
static const uint8_t target_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0,
};

/* origin-form = absolute-path [ "?" query ] (RFC 9112 §3.2.1). */
static bool origin_form_ok(struct hs_span s)
{
    if (s.len == 0 || s.p[0] != '/')
        return false;
    for (size_t i = 0; i < s.len; i++) {
        /* most targets are plain pchars: four at a time */
        while (i + 4 <= s.len && (target_class[s.p[i]] & target_class[s.p[i + 1]] &
                                  target_class[s.p[i + 2]] & target_class[s.p[i + 3]]))
            i += 4;
        if (i == s.len)
            break;
        if (target_class[s.p[i]])
            continue;
        if (s.p[i] != '%' || i + 2 >= s.len || !is_hex(s.p[i + 1]) || !is_hex(s.p[i + 2]))
            return false;
        i += 2;
    }
    return true;
}

/* authority-form = uri-host ":" port, the port present (RFC 9112 §3.2.3, RFC 9110 §9.3.6). */
static bool authority_form_ok(struct hs_span s)
{
    struct hs_span host, port;
    split_hostport(s, &host, &port);
    return host.len > 0 && host.len < s.len && all_digits(port) && host_ok(s);
}

/* Is the request-target valid for its form and method? *why says what is wrong. */
static bool target_ok(const struct fr *x, const char **why)
{
    struct hs_span s = x->t->target;
    if (x->method == M_CONNECT) {
        *why = " (CONNECT needs host:port)";
        return authority_form_ok(s);
    }
    if (HS_SPAN_EQ(s, "*")) {
        *why = " (asterisk-form is only for OPTIONS)";
        return x->method == M_OPTIONS;
    }
    if (s.len && s.p[0] == '/') {
        *why = "";
        return origin_form_ok(s);
    }
    *why = "";
    const struct hs_uri *u = target_uri(x);
    return u && u->has_scheme && !u->has_fragment;
}

/* RFC 9112 §3.2: request-target syntax (no whitespace, URI characters only, no fragment). */
static void chk_invalid_target(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->req.major == 0)
        return;
    /* whitespace inside the target is framing.request-line-whitespace */
    if (anom(&t->req, HS_H1_A_EXTRA_WHITESPACE) &&
        (memchr(t->target.p ? t->target.p : (const uint8_t *)"", ' ', t->target.len) ||
         memchr(t->target.p ? t->target.p : (const uint8_t *)"", '\t', t->target.len)))
        return;
    const char *why;
    if (target_ok(x, &why))
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->target);
    ev_str(&e, why);
    ev_report(c, "framing.request-invalid-target", &e);
}

/* RFC 9110 §9.1: methods are case-sensitive; "get" is not GET. */
static void chk_method_case(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    static const struct nm std[] = {NM("GET"),     NM("HEAD"),    NM("POST"),
                                    NM("PUT"),     NM("DELETE"),  NM("CONNECT"),
                                    NM("OPTIONS"), NM("TRACE"),   NM("PATCH")};
    if (!t->req.seen || x->method != M_OTHER) /* a standard method, in upper case */
        return;
    int k = name_index(t->method, std, sizeof std / sizeof std[0]);
    if (k < 0 || hs_span_eq(t->method, std[k].s, std[k].n))
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " (not ");
    ev_str(&e, std[k].s);
    ev_str(&e, ")");
    ev_report(c, "framing.request-method-case", &e);
}

/* RFC 9112 §3: request-lines over 8000 octets are not reliably supported. */
static void chk_long_request_line(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen)
        return;
    uint64_t n = (uint64_t)t->method.len + t->target.len + 10; /* SP SP HTTP/1.1 */
    if (n <= REQUEST_LINE_RECOMMENDED)
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "request-line of ");
    ev_u64(&e, n);
    ev_str(&e, " bytes (target ");
    ev_u64(&e, t->target.len);
    ev_str(&e, ")");
    ev_report(c, "framing.request-line-too-long", &e);
}

/* RFC 9112 §3: method SP request-target SP HTTP-version, single spaces. */
static void chk_request_line_whitespace(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!anom(&t->req, HS_H1_A_EXTRA_WHITESPACE))
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "extra whitespace in the request-line: ");
    ev_span(&e, t->method);
    ev_str(&e, " ");
    ev_span(&e, t->target);
    ev_report(c, "framing.request-line-whitespace", &e);
}

/* RFC 9112 §2.3: HTTP-name is case-sensitive "HTTP". */
static void lowercase_version(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    anomaly_check(c, m, HS_H1_A_LOWERCASE_VERSION, id, "protocol name not in upper case \"HTTP\"");
}
SIDED(lowercase_version, "framing.request-lowercase-version",
      "framing.response-lowercase-version")

/* RFC 9112 §2.3, RFC 9110 §2.5: HTTP/1.x on this wire format is 1.0 or 1.1. */
static void unknown_version(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!anom(m, HS_H1_A_BAD_VERSION))
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "HTTP/");
    ev_u64(&e, m->major);
    ev_str(&e, ".");
    ev_u64(&e, m->minor);
    ev_report(c, id, &e);
}
SIDED(unknown_version, "framing.request-unknown-version", "framing.response-unknown-version")

/* RFC 9112 §4: the SP after the status code is required even without a reason phrase. */
static void chk_missing_reason_space(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!anom(&t->resp, HS_H1_A_MISSING_REASON))
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "status line ends right after ");
    ev_u64(&e, t->status);
    ev_report(c, "framing.response-status-line-without-space", &e);
}

/* RFC 9112 §4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ). */
static void chk_invalid_reason(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->resp.seen || !has_ctl(t->reason))
        return;
    hs_chk_report(c, "framing.response-invalid-reason-phrase", t->reason.p, t->reason.len);
}

/* HTTP/0.9: a request line without a version (RFC 9112 Appendix C.1). */
static void chk_http09(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->req.major != 0)
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " ");
    ev_span(&e, t->target);
    ev_str(&e, " (no HTTP version)");
    ev_report(c, "framing.http09-request", &e);
}

/* ---- FR-15: Connection, TE, Upgrade ---------------------------------------------------------- */

/* Fields meant for every recipient: never connection options. */
#define END_TO_END                                                                              \
    (FB(CACHE_CONTROL) | FB(CONTENT_LENGTH) | FB(CONTENT_TYPE) | FB(CONTENT_ENCODING) |         \
     FB(CONTENT_RANGE) | FB(DATE) | FB(ETAG) | FB(EXPIRES) | FB(LAST_MODIFIED) | FB(LOCATION) | \
     FB(VARY) | FB(HOST) | FB(AUTHORIZATION) | FB(COOKIE) | FB(SET_COOKIE) | FB(AGE) |           \
     FB(RANGE) | FB(VIA))

/* RFC 9110 §7.6.1: a sender MUST NOT list an end-to-end field as a connection option. */
static void e2e_option(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn_field *f;
    for (uint32_t pos = 0; (f = hs_chk_next(m, IX(x, m), HS_FID_CONNECTION, &pos)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el)) {
            enum hs_fid k = hs_chk_fid(el);
            if (k != HS_FID_OTHER && (END_TO_END & HS_FID_BIT(k))) {
                hs_chk_report_field(c, id, f);
                return;
            }
        }
    }
}

/* RFC 9110 §10.1.4: a sender of TE MUST list "TE" in Connection. */
static void chk_te_without_connection_te(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || !head_known(&t->req))
        return;
    const struct hs_txn_field *f = FLD(&t->req, TE);
    if (f && !LIST_HAS(&t->req, CONNECTION, "te"))
        hs_chk_report_field(c, "framing.te-without-connection-te", f);
}

/* RFC 9112 §7.4: a client MUST NOT send "chunked" in TE. */
static void chk_te_lists_chunked(const struct fr *x)
{
    const struct hs_txn *t = x->t;
    if (t->req.seen && HAS(&t->req, TE) && LIST_HAS(&t->req, TE, "chunked"))
        report_field_or(x, "framing.te-lists-chunked", &t->req, HS_FID_TE, "TE: chunked");
}

/* RFC 9110 §7.8: a sender of Upgrade MUST list "Upgrade" in Connection. */
static void upgrade_no_conn(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!head_known(m))
        return;
    const struct hs_txn_field *f = FLD(m, UPGRADE);
    if (f && !LIST_HAS(m, CONNECTION, "upgrade"))
        hs_chk_report_field(c, id, f);
}
SIDED(upgrade_no_conn, "framing.request-upgrade-without-connection-upgrade",
      "framing.response-upgrade-without-connection-upgrade")

/* ---- FR-16: trailers ------------------------------------------------------------------------- */

/* RFC 9110 §6.5.1: trailers exist only with chunked; Trailer announces nothing otherwise. */
static void trailer_not_chunked(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (m->framing != HS_H1_BODY_LENGTH && m->framing != HS_H1_BODY_CLOSE)
        return;
    const struct hs_txn_field *f = FLD(m, TRAILER);
    if (!f)
        return;
    struct ev e = {.n = 0};
    ev_field(&e, f);
    ev_str(&e, m->framing == HS_H1_BODY_LENGTH ? " with a Content-Length body"
                                               : " with a close-delimited body");
    ev_report(c, id, &e);
}
SIDED(trailer_not_chunked, "framing.request-trailer-without-chunked",
      "framing.response-trailer-without-chunked")

/* RFC 9110 §6.6.2: a sender of trailer fields SHOULD announce them in Trailer. */
static void trailers_unannounced(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (!m->trailers || !head_known(m) || HAS(m, TRAILER))
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, m->trailers);
    ev_str(&e, " trailer field(s), no Trailer field in the header section");
    ev_report(c, id, &e);
}
SIDED(trailers_unannounced, "framing.request-trailers-not-announced",
      "framing.response-trailers-not-announced")

/* ---- FR-17: fields on the wrong side --------------------------------------------------------- */


/* ---- FR-18: Expect --------------------------------------------------------------------------- */

/* RFC 9110 §10.1.1: no 100-continue on a request without content. */
static void chk_expect_without_content(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->req.framing != HS_H1_BODY_NONE || !HAS(&t->req, EXPECT) ||
        !head_known(&t->req) || !LIST_HAS(&t->req, EXPECT, "100-continue"))
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " without content and ");
    ev_field(&e, FLD(&t->req, EXPECT));
    ev_report(c, "framing.expect-100-without-content", &e);
}

/* RFC 9110 §10.1.1: 100-continue (no parameters) is the only expectation defined. */
static void chk_expect_unknown(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    const struct hs_txn_field *f;
    for (uint32_t pos = 0; t->req.seen && (f = hs_chk_next(&t->req, x->fx[HS_DIR_C2S],
                                                            HS_FID_EXPECT, &pos)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el))
            if (!HS_SPAN_IEQ(el, "100-continue")) {
                hs_chk_report_field(c, "framing.expect-unknown", f);
                return;
            }
    }
}

/* RFC 9110 §10.1.1: a server MUST ignore 100-continue in an HTTP/1.0 request. */
static void chk_expect_http10(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->req.major != 1 || t->req.minor != 0 ||
        !LIST_HAS(&t->req, EXPECT, "100-continue"))
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "HTTP/1.0 request with ");
    ev_field(&e, FLD(&t->req, EXPECT));
    ev_report(c, "framing.expect-in-http10", &e);
}

/* ---- FR-19: per-field grammar ---------------------------------------------------------------- */

/*
 * *( OWS ";" OWS [ name "=" value ] ) after an element's first token (RFC 9110
 * §5.6.6). bws: transfer-parameter allows BWS around "=" (§10.1.4).
 */
static bool params_ok(struct hs_span s, bool bws)
{
    size_t i = 0;
    for (;;) {
        while (i < s.len && hs_is_ows(s.p[i]))
            i++;
        if (i == s.len)
            return true;
        if (s.p[i] != ';')
            return false;
        i++;
        while (i < s.len && hs_is_ows(s.p[i]))
            i++;
        if (i == s.len || s.p[i] == ';')
            continue; /* empty parameter: allowed by the recipient grammar */
        size_t k = i;
        while (i < s.len && tchar[s.p[i]])
            i++;
        if (i == k)
            return false;
        while (bws && i < s.len && hs_is_ows(s.p[i]))
            i++;
        if (i == s.len || s.p[i] != '=')
            return false;
        i++;
        while (bws && i < s.len && hs_is_ows(s.p[i]))
            i++;
        if (i < s.len && s.p[i] == '"') {
            size_t q = hs_quoted_len(hs_span_make(s.p + i, s.len - i));
            if (!q)
                return false;
            i += q;
        } else {
            k = i;
            while (i < s.len && tchar[s.p[i]])
                i++;
            if (i == k)
                return false;
        }
    }
}

/* media-type = type "/" subtype parameters (RFC 9110 §8.3.1). */
static bool media_type_ok(struct hs_span v)
{
    struct hs_span rest, rest2;
    struct hs_span type = first_token(v, &rest);
    if (!type.len || !rest.len || rest.p[0] != '/')
        return false;
    rest = hs_span_make(rest.p + 1, rest.len - 1);
    struct hs_span sub = first_token(rest, &rest2);
    return sub.len && params_ok(rest2, false);
}

/* Element validators for #lists. */
static bool el_token(struct hs_span e)
{
    return hs_is_token(e);
}

static bool el_vary(struct hs_span e)
{
    return HS_SPAN_EQ(e, "*") || hs_is_token(e);
}

/* protocol = protocol-name ["/" protocol-version] (RFC 9110 §7.8) */
static bool el_protocol(struct hs_span e)
{
    struct hs_span rest, rest2;
    if (!first_token(e, &rest).len)
        return false;
    if (!rest.len)
        return true;
    if (rest.p[0] != '/')
        return false;
    rest = hs_span_make(rest.p + 1, rest.len - 1);
    return first_token(rest, &rest2).len && !rest2.len;
}

/* transfer-coding = token *( OWS ";" OWS transfer-parameter ); TE's weight has the same shape. */
static bool el_coding(struct hs_span e)
{
    struct hs_span rest;
    return first_token(e, &rest).len && params_ok(rest, true);
}

/* expectation = token [ "=" ( token / quoted-string ) parameters ] (RFC 9110 §10.1.1) */
static bool el_expect(struct hs_span e)
{
    struct hs_span rest, rest2;
    if (!first_token(e, &rest).len)
        return false;
    if (rest.len && rest.p[0] == '=') {
        rest = hs_span_make(rest.p + 1, rest.len - 1);
        size_t q = rest.len && rest.p[0] == '"' ? hs_quoted_len(rest) : 0;
        if (q) {
            rest = hs_span_make(rest.p + q, rest.len - q);
        } else {
            if (!first_token(rest, &rest2).len)
                return false;
            rest = rest2;
        }
    }
    return params_ok(rest, false);
}

/*
 * A list of plain tokens (extra: one more octet allowed inside elements, such
 * as "/" for protocols), checked in one pass: the common case of every list
 * field. False does not mean invalid, only "not that simple".
 */
static bool token_list_fast(struct hs_span v, uint8_t extra)
{
    size_t i = 0;
    for (;;) {
        size_t k = i;
        i = tchar_run(v.p, i, v.len);
        while (i < v.len && v.p[i] == extra)
            i = tchar_run(v.p, i + 1, v.len);
        if (i == k)
            return false;
        while (i < v.len && hs_is_ows(v.p[i]))
            i++;
        if (i == v.len)
            return true;
        if (v.p[i] != ',')
            return false;
        i++;
        while (i < v.len && hs_is_ows(v.p[i]))
            i++;
    }
}

static bool list_ok(struct hs_span v, bool (*el)(struct hs_span))
{
    struct hs_list_iter it;
    struct hs_span e;
    hs_list_init(&it, v);
    while (hs_list_next(&it, &e))
        if (!el(e))
            return false;
    return true;
}

/* comment octets: 1 ctext (and SP, HTAB, obs-text), 2 "(", 3 ")", 4 "\\", 0 invalid */
static const uint8_t comment_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* comment = "(" *( ctext / quoted-pair / comment ) ")" (RFC 9110 §5.6.5); length or 0. */
static size_t comment_len(struct hs_span s)
{
    unsigned depth = 0;
    for (size_t i = 0; i < s.len; i++) {
        switch (comment_class[s.p[i]]) {
        case 1:
            if (depth == 0)
                return 0;
            /* the rest of a run of ctext, four at a time */
            while (i + 4 < s.len &&
                   ((comment_class[s.p[i + 1]] == 1) & (comment_class[s.p[i + 2]] == 1) &
                    (comment_class[s.p[i + 3]] == 1) & (comment_class[s.p[i + 4]] == 1)))
                i += 4;
            break;
        case 2:
            if (++depth > 16)
                return 0;
            break;
        case 3:
            if (depth == 0)
                return 0;
            if (--depth == 0)
                return i + 1;
            break;
        case 4: /* quoted-pair: HTAB / SP / VCHAR / obs-text */
            if (depth == 0 || i + 1 >= s.len || comment_class[s.p[i + 1]] == 0)
                return 0;
            i++;
            break;
        default:
            return 0;
        }
    }
    return 0;
}

/* product *( RWS ( product / comment ) ), product = token ["/" token] (RFC 9110 §10.1.5). */
static bool products_ok(struct hs_span v)
{
    const uint8_t *p = v.p;
    size_t i = 0, n = v.len;
    bool first = true;
    while (i < n) {
        if (!first) {
            size_t k = i;
            while (i < n && hs_is_ows(p[i]))
                i++;
            if (i == k)
                return false;
            if (i == n)
                return true;
        }
        if (p[i] == '(' && !first) {
            size_t c = comment_len(hs_span_make(p + i, n - i));
            if (!c)
                return false;
            i += c;
        } else {
            size_t k = i;
            i = tchar_run(p, i, n); /* token */
            if (i == k)
                return false;
            if (i < n && p[i] == '/') { /* "/" token */
                k = ++i;
                i = tchar_run(p, i, n);
                if (i == k)
                    return false;
            }
        }
        first = false;
    }
    return !first;
}

/* Content-Location = absolute-URI / partial-URI: no fragment (RFC 9110 §8.7). */
static bool content_location_ok(struct hs_span v)
{
    struct hs_uri u;
    return hs_uri_parse(v, &u) && !u.has_fragment;
}

/* Retry-After = HTTP-date / delay-seconds (RFC 9110 §10.2.3). */
static bool retry_after_ok(struct hs_span v)
{
    struct hs_date d;
    return all_digits(v) || hs_date_parse(v, &d);
}


/* ---- FR-21: User-Agent ----------------------------------------------------------------------- */

/* RFC 9110 §10.1.5: a user agent SHOULD send User-Agent unless configured not to. */
static void chk_user_agent_missing(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!head_known(&t->req) || HAS(&t->req, USER_AGENT))
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " ");
    ev_span(&e, t->target);
    ev_str(&e, " without User-Agent");
    ev_report(c, "framing.user-agent-missing", &e);
}

/* RFC 9110 §10.1.5: User-Agent = product *( ... ): at least one product. */
static void chk_user_agent_empty(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    const struct hs_chk_fields *q = x->fx[HS_DIR_C2S];
    const struct hs_txn_field *f;
    for (uint32_t pos = 0;
         t->req.seen && (f = hs_chk_next(&t->req, q, HS_FID_USER_AGENT, &pos)) != NULL;)
        if (f->value.len == 0) {
            report_str(c, "framing.user-agent-empty", "User-Agent:");
            return;
        }
}

/* ---- FR-22: proxies -------------------------------------------------------------------------- */

/* The target of an HTTP/1.x request in absolute form (RFC 9112 §3.2.2), or NULL. */
static const struct hs_uri *absolute_form(const struct fr *x)
{
    const struct hs_uri *u = x->t->req.major == 1 ? target_uri(x) : NULL;
    return u && u->has_scheme ? u : NULL;
}

/* RFC 9112 §3.2.2: clients send the absolute-form to proxies. */
static void chk_absolute_form(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (absolute_form(x))
        hs_chk_report(c, "framing.absolute-form-target", t->target.p, t->target.len);
}

/* RFC 9110 §7.6.3: a proxy MUST add Via to each message it forwards. */
static void chk_proxied_without_via(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    const struct hs_uri *u;
    if (t->status < 200 || t->status > 399 || !head_known(&t->resp) ||
        (u = absolute_form(x)) == NULL ||
        !(HS_SPAN_IEQ(u->scheme, "http") || HS_SPAN_IEQ(u->scheme, "https")) ||
        HAS(&t->resp, VIA))
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, t->status);
    ev_str(&e, " without Via to ");
    ev_span(&e, t->method);
    ev_str(&e, " ");
    ev_span(&e, t->target);
    ev_report(c, "framing.proxied-response-without-via", &e);
}

/* ---- FR-23: parser state events -------------------------------------------------------------- */

static void chk_tunnel(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->tunnel)
        return;
    struct ev e = {.n = 0};
    ev_u64(&e, t->status);
    if (t->status == 101) {
        const struct hs_txn_field *u = FLD(&t->resp, UPGRADE);
        ev_str(&e, " Switching Protocols");
        if (u) {
            ev_str(&e, " to ");
            ev_span(&e, u->value);
        }
    } else {
        ev_str(&e, " to ");
        ev_span(&e, t->method);
        ev_str(&e, " ");
        ev_span(&e, t->target);
    }
    ev_str(&e, ": the rest of the connection is not HTTP/1.x");
    ev_report(c, "framing.tunnel", &e);
}

static void ev_gap(struct ev *e, const char *side, const struct hs_txn_msg *m)
{
    if (e->n)
        ev_str(e, "; ");
    ev_str(e, side);
    if (m->anomalies & BIT(HS_H1_A_GAP_HEADERS))
        ev_str(e, " header section cut by missing bytes");
    else if (m->gap_bytes == 0)
        ev_str(e, " body framing cut by missing bytes");
    else {
        ev_str(e, " body: ");
        ev_u64(e, m->gap_bytes);
        ev_str(e, " bytes missing");
    }
}

/* Report `id` with evidence from each side whose anomalies intersect `mask`. */
static void chk_sides(const struct fr *x, uint64_t mask, const char *id,
                      void (*side_ev)(struct ev *, const char *, const struct hs_txn_msg *))
{
    const struct hs_txn *t = x->t;
    bool rq = t->req.seen && (t->req.anomalies & mask);
    bool rs = t->resp.seen && (t->resp.anomalies & mask);
    if (!rq && !rs)
        return;
    struct ev e = {.n = 0};
    if (rq)
        side_ev(&e, "request", &t->req);
    if (rs)
        side_ev(&e, "response", &t->resp);
    ev_report(x->c, id, &e);
}

static void chk_capture_gap(const struct fr *x)
{
    chk_sides(x, BIT(HS_H1_A_GAP_HEADERS) | BIT(HS_H1_A_GAP_BODY), "framing.capture-gap", ev_gap);
}

static void chk_unanswered(const struct fr *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen || t->resp.seen)
        return;
    struct ev e = {.n = 0};
    ev_span(&e, t->method);
    ev_str(&e, " ");
    ev_span(&e, t->target);
    ev_str(&e, t->n_interim ? " (interim responses only)" : "");
    ev_report(c, "framing.unanswered-request", &e);
}

static void ev_limit(struct ev *e, const char *side, const struct hs_txn_msg *m)
{
    if (e->n)
        ev_str(e, "; ");
    ev_str(e, side);
    if (m->anomalies & BIT(HS_H1_A_HEADERS_TOO_LARGE)) {
        ev_str(e, " header section over the size limit, not analysed");
    } else {
        ev_str(e, " has more header fields than the ");
        ev_u64(e, m->nfields);
        ev_str(e, " kept");
    }
}

/* The parser's limits (--max-header-bytes, --max-fields) cut the analysis of a message. */
static void chk_parser_limit(const struct fr *x)
{
    chk_sides(x, BIT(HS_H1_A_TOO_MANY_HEADERS) | BIT(HS_H1_A_HEADERS_TOO_LARGE),
              "framing.parser-limit", ev_limit);
}

/* ---- FR-24: oversized heads ------------------------------------------------------------------ */

/* RFC 9110 §5.4: recipients limit header sizes; 16 KiB sections exceed common limits. */
static void large_section(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (m->header_bytes <= SECTION_WARN)
        return;
    struct ev e = {.n = 0};
    ev_str(&e, "header section of ");
    ev_u64(&e, m->header_bytes);
    ev_str(&e, " bytes");
    ev_report(c, id, &e);
}
SIDED(large_section, "framing.request-large-header-section",
      "framing.response-large-header-section")

/* A field line over 8 KiB: over the nginx/Apache/Tomcat default line limits. */
static void large_field(const struct fr *x, const struct hs_txn_msg *m, const char *id)
{
    struct hs_chk_ctx *c = x->c;
    if (m->header_bytes <= FIELD_LINE_WARN)
        return; /* no field line can be longer than the section */
    for (uint32_t i = 0; i < m->nfields; i++) {
        const struct hs_txn_field *f = &m->fields[i];
        uint64_t n = (uint64_t)f->name.len + 2 + f->value.len;
        if (n > FIELD_LINE_WARN) {
            struct ev e = {.n = 0};
            ev_span(&e, f->name);
            ev_str(&e, ": field line of ");
            ev_u64(&e, n);
            ev_str(&e, " bytes");
            ev_report(c, id, &e);
            return;
        }
    }
}
SIDED(large_field, "framing.request-large-field", "framing.response-large-field")

/* ---- FR-12, FR-13, FR-17, FR-19, FR-20: one pass over the fields of a message ---------------- */

#define NONE UINT32_MAX

/* The first field each per-field check objects to (NONE: none). */
struct scan {
    uint32_t high;      /* an octet >= 0x80 in the value (FR-12) */
    uint32_t repeat;    /* a second line of a singleton field (FR-13) */
    uint32_t empty;     /* a list with an empty element (FR-13) */
    uint32_t wrong;     /* a field defined for the other side only (FR-17) */
    uint32_t syntax;    /* a value against its field's grammar (FR-19) */
    uint32_t date;      /* a bad HTTP-date (FR-20) */
    const char *date_what;
};

/* RFC 9110 §5.6.1.1: does the list v hold an empty element? */
static bool list_empty_element(struct hs_span v)
{
    if (!maybe_empty_element(v))
        return false;
    struct hs_list_iter it;
    struct hs_span el;
    hs_list_init(&it, v);
    while (hs_list_next(&it, &el))
        ;
    return it.empty != 0;
}

/* RFC 9110 §5.5 and each field's section: does v follow the grammar? */
static bool syntax_ok(unsigned syn, struct hs_span v)
{
    switch ((enum syn_kind)syn) {
    case SYN_NONE: return true;
    case SYN_MEDIA: return media_type_ok(v);
    case SYN_DIGITS: return all_digits(v);
    case SYN_RETRY: return retry_after_ok(v);
    case SYN_CLOC: return content_location_ok(v);
    case SYN_PRODUCTS: return v.len == 0 || products_ok(v); /* empty: FR-21 */
    case SYN_TOKENS: return token_list_fast(v, 0) || list_ok(v, el_token);
    case SYN_VARY: return token_list_fast(v, 0) || list_ok(v, el_vary);
    case SYN_CODINGS: return token_list_fast(v, 0) || list_ok(v, el_coding);
    case SYN_PROTOCOLS: return list_ok(v, el_protocol);
    case SYN_EXPECT: return token_list_fast(v, 0) || list_ok(v, el_expect);
    }
    return true;
}

/* Verdict bits of field_verdict(). */
enum {
    V_EMPTY = 1,     /* a list with an empty element (FR-13) */
    V_SYNTAX = 2,    /* against the field's grammar (FR-19) */
    V_DATE_SHIFT = 2 /* bits 2..4: the date problem, 1 + index in date_problems[] (FR-20) */
};

static const char *const date_problems[] = {
    " (not an HTTP-date)", " (obsolete RFC 850 format)", " (obsolete asctime format)",
    " (wrong day of the week)",
};

/*
 * RFC 9110 §5.6.7: timestamps MUST be generated as IMF-fixdate; the day name
 * must be the one of the date (RFC 5322 §3.3). An unparseable Expires is left
 * to the cache checks (RFC 9111 §5.3 tells caches how to read "0"), and an
 * unparseable Retry-After to framing.*-field-syntax.
 */
static const char *date_problem(struct hs_chk_ctx *c, unsigned kind, struct hs_span v)
{
    if (kind == DATE_RETRY && all_digits(v))
        return NULL; /* delay-seconds */
    if (kind == DATE_IF_RANGE && v.len &&
        (v.p[0] == '"' || (v.len > 1 && v.p[0] == 'W' && v.p[1] == '/')))
        return NULL; /* an entity-tag */
    const struct hs_date *hd = hs_chk_date(c, v);
    if (hd->form == HS_DATE_INVALID)
        return kind != DATE_EXPIRES && kind != DATE_RETRY ? date_problems[0] : NULL;
    if (hd->form == HS_DATE_RFC850)
        return date_problems[1];
    if (hd->form == HS_DATE_ASCTIME)
        return date_problems[2];
    if (!hd->weekday_ok)
        return date_problems[3];
    return NULL;
}

/* Values at least this long are judged once and memorised (hs_chk_memo_get). */
#define MEMO_MIN 8

/*
 * What the per-field checks say of value v of a field of kind f: everything
 * that applies to the kind, whichever side it is on (the caller picks).
 */
static uint32_t field_verdict(struct hs_chk_ctx *c, enum hs_fid f, struct hs_span v)
{
    const struct fdef *d = &fdefs[f];
    uint32_t vd = 0;
    if ((d->flags & FL_LIST) && list_empty_element(v))
        vd |= V_EMPTY;
    if (d->syn != SYN_NONE && !syntax_ok(d->syn, v))
        vd |= V_SYNTAX;
    if (d->date != DATE_NONE) {
        const char *what = date_problem(c, d->date, v);
        for (uint32_t k = 0; what && k < sizeof date_problems / sizeof date_problems[0]; k++)
            if (what == date_problems[k])
                vd |= (k + 1) << V_DATE_SHIFT;
    }
    return vd;
}

/* The verdict on value v of a field of kind f, through the engine's memo (but short values). */
static uint32_t verdict(const struct fr *x, enum hs_fid f, struct hs_span v)
{
    const bool memo = v.len >= MEMO_MIN;
    uint32_t vd;
    const void *kept = memo ? hs_chk_memo_get(x->c, HS_CHK_MEMO_TAG(FR, f), v, sizeof vd) : NULL;
    if (kept) {
        memcpy(&vd, kept, sizeof vd);
    } else {
        vd = field_verdict(x->c, f, v);
        if (memo)
            hs_chk_memo_put(x->c, HS_CHK_MEMO_TAG(FR, f), v, &vd, sizeof vd);
    }
    return vd;
}

/* OR of every octet of v (overlapping words: only the high bits matter). */
static uint64_t or_octets(struct hs_span v)
{
    uint64_t acc = 0, w;
    if (v.len >= 8) {
        size_t k = 0;
        for (; k + 8 < v.len; k += 8) {
            memcpy(&w, v.p + k, 8);
            acc |= w;
        }
        memcpy(&w, v.p + v.len - 8, 8);
        return acc | w;
    }
    if (v.len >= 4) {
        uint32_t a, b;
        memcpy(&a, v.p, 4);
        memcpy(&b, v.p + v.len - 4, 4);
        return a | b;
    }
    for (size_t k = 0; k < v.len; k++)
        acc |= v.p[k];
    return acc;
}

/*
 * Walk the fields of m once for the per-field checks. The kinds come from the
 * engine's index; the singleton and wrong-side checks only look when the index
 * says they can fire (or the names need the loose comparison of loose_fid()),
 * and a check stops looking once it has its field.
 */
static void scan_fields(const struct fr *x, const struct hs_txn_msg *m, bool req, struct scan *sc)
{
    const struct hs_chk_fields *fx = IX(x, m);
    const bool loose = (m->anomalies & BIT(HS_H1_A_BARE_CR)) != 0;
    const unsigned synbit = req ? B_SYN_REQ : B_SYN_RESP;
    const unsigned wrongbit = req ? B_RESP_ONLY : B_REQ_ONLY;
    unsigned want = B_LIST | synbit | B_DATE;
    if (loose || (fx->dup & SINGLETONS))
        want |= B_SINGLE;
    if (loose || (fx->has & (req ? RESP_ONLY : REQ_ONLY)))
        want |= wrongbit;
    uint64_t acc = 0, seen = 0;
    sc->high = sc->repeat = sc->empty = sc->wrong = sc->syntax = sc->date = NONE;
    sc->date_what = NULL;
    for (uint32_t i = 0; i < m->nfields; i++) {
        struct hs_span v = m->fields[i].value;
        acc |= or_octets(v);
        enum hs_fid f = hs_chk_fid_at(m, i);
        if (f == HS_FID_OTHER && (!loose || (f = loose_fid(m->fields[i].name)) == HS_FID_OTHER))
            continue;
        unsigned b = fbits[f] & want;
        if (!b)
            continue;
        if (b & B_SINGLE) {
            if (seen & HS_FID_BIT(f)) {
                sc->repeat = i;
                want &= ~(unsigned)B_SINGLE;
            }
            seen |= HS_FID_BIT(f);
        }
        if (b & wrongbit) {
            sc->wrong = i;
            want &= ~wrongbit;
        }
        if (!(b & (B_LIST | synbit | B_DATE)))
            continue;
        uint32_t vd = verdict(x, f, v);
        if ((b & B_LIST) && (vd & V_EMPTY)) {
            sc->empty = i;
            want &= ~(unsigned)B_LIST;
        }
        if ((b & synbit) && (vd & V_SYNTAX)) {
            sc->syntax = i;
            want &= ~synbit;
        }
        if ((b & B_DATE) && (vd >> V_DATE_SHIFT)) {
            sc->date = i;
            sc->date_what = date_problems[(vd >> V_DATE_SHIFT) - 1];
            want &= ~(unsigned)B_DATE;
        }
    }
    if (acc & 0x8080808080808080ULL)
        for (uint32_t i = 0; i < m->nfields; i++)
            if (has_high(m->fields[i].value)) {
                sc->high = i;
                break;
            }
}


/* Report what scan_fields() found in m. */
static void scan_report(const struct fr *x, const struct hs_txn_msg *m, bool req,
                        const struct scan *sc)
{
    struct hs_chk_ctx *c = x->c;
    /* RFC 9110 §5.5: obs-text is opaque to recipients; its charset is unknown. */
    if (sc->high != NONE)
        hs_chk_report_field(c, req ? "framing.request-non-ascii-field-value"
                                   : "framing.response-non-ascii-field-value",
                            &m->fields[sc->high]);
    /* RFC 9110 §5.3: a sender MUST NOT generate several lines of a field that is not a list. */
    if (sc->repeat != NONE) {
        bool loose = (m->anomalies & BIT(HS_H1_A_BARE_CR)) != 0;
        enum hs_fid f = fdef_fid(m, sc->repeat, loose);
        const struct hs_txn_field *f0 = hs_chk_first(m, IX(x, m), f);
        for (uint32_t j = 0; !f0 && j < sc->repeat; j++) /* only a loose match before it */
            if (fdef_fid(m, j, loose) == f)
                f0 = &m->fields[j];
        struct ev e = {.n = 0};
        ev_field(&e, f0);
        ev_str(&e, "; ");
        ev_field(&e, &m->fields[sc->repeat]);
        ev_report(c, req ? "framing.request-repeated-singleton-field"
                         : "framing.response-repeated-singleton-field", &e);
    }
    /* RFC 9110 §5.6.1.1: a sender MUST NOT generate empty list elements. */
    if (sc->empty != NONE)
        hs_chk_report_field(c, req ? "framing.request-empty-list-element"
                                   : "framing.response-empty-list-element",
                            &m->fields[sc->empty]);
    /* RFC 9110 §6.3: request fields mean nothing in a response, and the reverse. */
    if (sc->wrong != NONE)
        hs_chk_report_field(c, req ? "framing.response-field-in-request"
                                   : "framing.request-field-in-response",
                            &m->fields[sc->wrong]);
    /* RFC 9110 §5.5 and each field's section: a sender MUST follow the field's grammar. */
    if (sc->syntax != NONE)
        hs_chk_report_field(c,
                            req ? "framing.request-field-syntax" : "framing.response-field-syntax",
                            &m->fields[sc->syntax]);
    if (sc->date != NONE) {
        struct ev e = {.n = 0};
        ev_field(&e, &m->fields[sc->date]);
        ev_str(&e, sc->date_what);
        ev_report(c, req ? "framing.request-bad-date" : "framing.response-bad-date", &e);
    }
}

/* ---- running the area ------------------------------------------------------------------------ */

/*
 * m's Transfer-Encoding is one field "chunked" (or none): one known coding,
 * once, without parameters, and never unrequested (FR-04 has nothing to say).
 */
static bool te_plain(const struct fr *x, const struct hs_txn_msg *m)
{
    const struct hs_chk_fields *fx = IX(x, m);
    if (!(fx->has & FB(TRANSFER_ENCODING)))
        return true;
    return !(fx->dup & FB(TRANSFER_ENCODING)) &&
           HS_CHK_IEQ(m->fields[fx->first[HS_FID_TRANSFER_ENCODING]].value, "chunked");
}

/* m's Connection is one field "keep-alive" or "close": no end-to-end field listed (FR-15). */
static bool connection_plain(const struct fr *x, const struct hs_txn_msg *m)
{
    const struct hs_chk_fields *fx = IX(x, m);
    if (!(fx->has & FB(CONNECTION)))
        return true;
    if (fx->dup & FB(CONNECTION))
        return false;
    struct hs_span v = m->fields[fx->first[HS_FID_CONNECTION]].value;
    return (v.len == 10 && HS_CHK_IEQ(v, "keep-alive")) || (v.len == 5 && HS_CHK_IEQ(v, "close"));
}

/*
 * Every check of the area, for one transaction. Checks are grouped under what
 * they need at the least (anomaly bits, a field's presence, the method, the
 * status code), so an ordinary exchange costs the field pass and a few tests.
 */
static void framing_run(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct tgt tg;
    tg.done = false;
    struct fr x = {c, t, {hs_chk_fields(c, HS_DIR_C2S), hs_chk_fields(c, HS_DIR_S2C)}, true,
                   method_of(t), &tg};
    const uint64_t qh = x.fx[HS_DIR_C2S]->has, rh = x.fx[HS_DIR_S2C]->has;
    const unsigned mb = MB(x.method);
    const size_t mark = hs_chk_mark(c);
    if (qh & FB(HOST))
        x.host_ok = host_ok(hs_chk_first(&t->req, x.fx[HS_DIR_C2S], HS_FID_HOST)->value);

    if (t->req.anomalies | t->resp.anomalies) {
        cl_and_te_both(&x);
        bad_cl_both(&x);
        conflicting_cl_both(&x);
        duplicate_cl_both(&x);
        chk_bad_cl_accepted(&x);
        truncated_both(&x);
        chk_request_te_not_chunked(&x);
        chk_te_not_chunked_accepted(&x);
        te_in_http10_both(&x);
        bad_chunk_both(&x);
        obs_fold_both(&x);
        ws_before_colon_both(&x);
        chk_ws_before_colon_accepted(&x);
        invalid_name_both(&x);
        ctl_in_value_both(&x);
        bare_cr_both(&x);
        bare_lf_both(&x);
        ws_after_start_both(&x);
        chk_request_empty_lines(&x);
        chk_response_empty_lines(&x);
        chk_request_line_whitespace(&x);
        lowercase_version_both(&x);
        unknown_version_both(&x);
        chk_missing_reason_space(&x);
        chk_capture_gap(&x);
        chk_parser_limit(&x);
    }
    if ((qh | rh) & FB(TRANSFER_ENCODING)) {
        /* FR-04 on the codings, but for the usual lone "chunked" (nothing to report) */
        if (t->req.seen && !te_plain(&x, &t->req)) {
            chunked_twice(&x, &t->req, "framing.request-chunked-twice");
            unknown_coding(&x, &t->req, "framing.request-unknown-transfer-coding");
            coding_params(&x, &t->req, "framing.request-transfer-coding-parameters");
        }
        if (t->resp.seen && !te_plain(&x, &t->resp)) {
            chunked_twice(&x, &t->resp, "framing.response-chunked-twice");
            unknown_coding(&x, &t->resp, "framing.response-unknown-transfer-coding");
            coding_params(&x, &t->resp, "framing.response-transfer-coding-parameters");
            chk_unrequested_coding(&x);
        }
        if (rh & FB(TRANSFER_ENCODING))
            chk_te_response_to_http10(&x);
    }
    if (t->status == 204 || t->status == 101)
        chk_cl_zero_in_204(&x);
    if (x.method == M_CONNECT && t->status >= 200 && t->status <= 299)
        chk_length_in_connect_2xx(&x);
    if (t->resp.framing == HS_H1_BODY_CLOSE) {
        chk_close_delimited(&x);
        chk_close_delimited_no_close(&x);
    }
    if (!t->req.seen) {
        chk_response_without_request(&x);
    } else {
        if (mb & (MB(M_POST) | MB(M_PUT) | MB(M_PATCH)))
            chk_request_without_cl(&x);
        if ((mb & (MB(M_GET) | MB(M_HEAD) | MB(M_DELETE) | MB(M_TRACE) | MB(M_CONNECT))) &&
            (qh & FB(CONTENT_LENGTH)))
            chk_cl_without_content(&x);
        if (mb & (MB(M_GET) | MB(M_HEAD) | MB(M_DELETE)))
            chk_content_in_get(&x);
        if (x.method == M_CONNECT)
            chk_content_in_connect(&x);
        if (x.method == M_OPTIONS)
            chk_options_content_type(&x);
        if (qh & FB(HOST)) {
            chk_host_repeated(&x);
            chk_host_invalid(&x);
            chk_host_target_mismatch(&x);
            chk_host_not_first(&x);
        } else {
            chk_host_missing(&x);
        }
        chk_bad_host_accepted(&x);
        chk_invalid_target(&x);
        chk_method_case(&x);
        chk_long_request_line(&x);
        if (t->req.major == 0)
            chk_http09(&x);
        if (qh & FB(TE)) {
            chk_te_without_connection_te(&x);
            chk_te_lists_chunked(&x);
        }
        if (qh & FB(EXPECT)) {
            chk_expect_without_content(&x);
            chk_expect_unknown(&x);
            chk_expect_http10(&x);
        }
        if (qh & FB(USER_AGENT))
            chk_user_agent_empty(&x);
        else
            chk_user_agent_missing(&x);
        if (t->target.len && t->target.p[0] != '/') {
            chk_absolute_form(&x);
            chk_proxied_without_via(&x);
        }
        if (!t->resp.seen)
            chk_unanswered(&x);
    }
    if (t->resp.seen)
        chk_invalid_reason(&x);
    if ((qh | rh) & FB(CONNECTION)) {
        if (t->req.seen && !connection_plain(&x, &t->req))
            e2e_option(&x, &t->req, "framing.request-end-to-end-connection-option");
        if (t->resp.seen && !connection_plain(&x, &t->resp))
            e2e_option(&x, &t->resp, "framing.response-end-to-end-connection-option");
    }
    if ((qh | rh) & FB(UPGRADE))
        upgrade_no_conn_both(&x);
    if ((qh | rh) & FB(TRAILER))
        trailer_not_chunked_both(&x);
    if (t->req.trailers | t->resp.trailers)
        trailers_unannounced_both(&x);
    if (t->tunnel)
        chk_tunnel(&x);
    if (t->req.header_bytes > FIELD_LINE_WARN || t->resp.header_bytes > FIELD_LINE_WARN) {
        large_section_both(&x);
        large_field_both(&x);
    }
    struct scan sc;
    if (t->req.seen) {
        scan_fields(&x, &t->req, true, &sc);
        scan_report(&x, &t->req, true, &sc);
    }
    if (t->resp.seen) {
        scan_fields(&x, &t->resp, false, &sc);
        scan_report(&x, &t->resp, false, &sc);
    }
    hs_chk_sort(c, mark);
}

/* ---- the table ------------------------------------------------------------------------------- */

#define NO_FOLD_FIELD                                                                         \
    "The folded field is not identified: values are unfolded when the transaction is recorded."

const struct hs_check hs_checks_framing[] = {
    /* FR-01 */
    {"framing.request-cl-and-te", "FR-01", FR, ERR, 'R', "RFC 9112 §6.2",
     "Request with both Content-Length and Transfer-Encoding",
     "A sender MUST NOT send Content-Length with Transfer-Encoding. Recipients that disagree on "
     "which one frames the body are the classic request-smuggling setup; the server must also "
     "close the connection after answering. Drop Content-Length when chunking.",
     framing_run,
     "Whether the server closed the connection after the response (RFC 9112 §6.1) is not judged "
     "per exchange."},
    {"framing.response-cl-and-te", "FR-01", FR, ERR, 'S', "RFC 9112 §6.2",
     "Response with both Content-Length and Transfer-Encoding",
     "A sender MUST NOT send Content-Length with Transfer-Encoding; intermediaries that honour the "
     "wrong one split the response (response splitting, cache poisoning). Drop Content-Length "
     "when chunking.",
     framing_run, NULL},
    /* FR-02 */
    {"framing.request-invalid-content-length", "FR-02", FR, ERR, 'R', "RFC 9110 §8.6",
     "Request Content-Length that is not a number",
     "Content-Length is 1*DIGIT. An invalid value leaves the request's framing unknown: the "
     "server MUST answer 400 and close, and any intermediary may read the bytes differently.",
     framing_run, NULL},
    {"framing.response-invalid-content-length", "FR-02", FR, ERR, 'S', "RFC 9110 §8.6",
     "Response Content-Length that is not a number",
     "Content-Length is 1*DIGIT. An invalid value leaves the response's framing unknown; clients "
     "MUST discard such a response and proxies MUST answer 502.",
     framing_run, NULL},
    {"framing.request-conflicting-content-length", "FR-02", FR, ERR, 'R', "RFC 9112 §6.3",
     "Request with differing Content-Length values",
     "Several different lengths make the framing unrecoverable (RFC 9112 §6.3 item 5): which "
     "value each recipient uses decides where the next request starts. Send exactly one "
     "Content-Length.",
     framing_run, NULL},
    {"framing.response-conflicting-content-length", "FR-02", FR, ERR, 'S', "RFC 9112 §6.3",
     "Response with differing Content-Length values",
     "Several different lengths make the framing unrecoverable; a client MUST discard the "
     "response and a proxy MUST answer 502. Send exactly one Content-Length.",
     framing_run, NULL},
    {"framing.request-duplicate-content-length", "FR-02", FR, ERR, 'R', "RFC 9110 §8.6",
     "Request Content-Length repeated (same value)",
     "Content-Length is a single number: a repeated field or a list such as \"42, 42\" is invalid. "
     "Recipients MAY reject the message; usually a proxy merged two copies. Send one.",
     framing_run, NULL},
    {"framing.response-duplicate-content-length", "FR-02", FR, ERR, 'S', "RFC 9110 §8.6",
     "Response Content-Length repeated (same value)",
     "Content-Length is a single number: a repeated field or a list such as \"42, 42\" is invalid. "
     "Recipients MAY reject the message; usually a proxy merged two copies. Send one.",
     framing_run, NULL},
    {"framing.invalid-content-length-accepted", "FR-02", FR, ERR, 'X', "RFC 9112 §6.3",
     "Request with invalid Content-Length was not rejected",
     "A server MUST answer a request whose Content-Length is invalid (and no Transfer-Encoding) "
     "with 400 and close the connection: processing it means guessing where the body ends.",
     framing_run,
     "Only successful, 1xx and 3xx answers are reported; another 4xx or 5xx is taken as a "
     "rejection."},
    /* FR-03 */
    {"framing.stray-bytes", "FR-03", FR, WARN, 'C', "RFC 9112 §6.3",
     "Bytes between messages that are not a message",
     "Bytes that do not start a message where one should start: usually a body longer than its "
     "Content-Length, or content after a response that has none. Recipients either fail or read "
     "them as the next message (smuggling, cache poisoning). Make declared lengths match.",
     NULL,
     "Raised by the engine for each run of stray bytes. A capture that starts mid-connection or "
     "loses packets also produces bytes that cannot be framed."},
    {"framing.request-truncated", "FR-03", FR, INFO, 'C', "RFC 9112 §8",
     "Request ended before its declared end",
     "The client's side of the connection ended before the request was complete (a cancelled "
     "upload, or a Content-Length larger than the body sent).",
     framing_run,
     "The end of the capture looks the same as the end of the connection."},
    {"framing.response-truncated", "FR-03", FR, WARN, 'C', "RFC 9112 §8",
     "Response ended before its declared end",
     "The connection ended before the response's Content-Length or last chunk: the client MUST "
     "record it as incomplete and caches may not use it. Usually a crashed handler, a timeout, "
     "or a Content-Length larger than the body.",
     framing_run,
     "The end of the capture looks the same as the end of the connection; bytes missing from "
     "the capture are reported as framing.capture-gap instead."},
    {"framing.response-without-request", "FR-03", FR, INFO, 'C', "RFC 9112 §9.2",
     "Response with no request before it",
     "Responses are matched to requests in order; this one had no outstanding request. A client "
     "MUST NOT take unsolicited data as a response.",
     framing_run,
     "Also seen when the capture starts mid-connection. 408 responses, which servers send "
     "unsolicited before closing idle connections, are not reported."},
    /* FR-04 */
    {"framing.request-te-not-chunked", "FR-04", FR, ERR, 'R', "RFC 9112 §6.1",
     "Request Transfer-Encoding whose final coding is not chunked",
     "When a request's content has a transfer coding, chunked MUST be the last one; otherwise "
     "the request's length cannot be determined and the server must answer 400 and close.",
     framing_run, NULL},
    {"framing.te-not-chunked-accepted", "FR-04", FR, ERR, 'X', "RFC 9112 §6.3",
     "Request without final chunked coding was not rejected",
     "A server MUST answer 400 and close when a request's Transfer-Encoding does not end with "
     "chunked: its body length cannot be determined reliably.",
     framing_run,
     "Only successful, 1xx and 3xx answers are reported; another 4xx or 5xx is taken as a "
     "rejection."},
    {"framing.request-chunked-twice", "FR-04", FR, ERR, 'R', "RFC 9112 §6.1",
     "Request with chunked applied more than once",
     "A sender MUST NOT apply chunked more than once; recipients that de-chunk once read the "
     "remaining chunk framing as content.",
     framing_run, NULL},
    {"framing.response-chunked-twice", "FR-04", FR, ERR, 'S', "RFC 9112 §6.1",
     "Response with chunked applied more than once",
     "A sender MUST NOT apply chunked more than once; recipients that de-chunk once read the "
     "remaining chunk framing as content.",
     framing_run, NULL},
    {"framing.request-unknown-transfer-coding", "FR-04", FR, WARN, 'R', "RFC 9112 §7",
     "Request uses an unregistered transfer coding",
     "Transfer codings come from the IANA registry (chunked, gzip, deflate, compress and their "
     "x- aliases); \"identity\" was removed. A server SHOULD answer 501 to a coding it does not "
     "know.",
     framing_run, NULL},
    {"framing.response-unknown-transfer-coding", "FR-04", FR, WARN, 'S', "RFC 9112 §7",
     "Response uses an unregistered transfer coding",
     "Transfer codings come from the IANA registry (chunked, gzip, deflate, compress and their "
     "x- aliases); \"identity\" was removed. Clients cannot decode anything else.",
     framing_run, NULL},
    {"framing.request-transfer-coding-parameters", "FR-04", FR, WARN, 'R', "RFC 9112 §7.1",
     "Request transfer coding with parameters it does not define",
     "chunked and the compression codings define no parameters and recipients SHOULD treat "
     "their presence as an error; parsers also disagree on them (a smuggling vector).",
     framing_run, NULL},
    {"framing.response-transfer-coding-parameters", "FR-04", FR, WARN, 'S', "RFC 9112 §7.1",
     "Response transfer coding with parameters it does not define",
     "chunked and the compression codings define no parameters and recipients SHOULD treat "
     "their presence as an error.",
     framing_run, NULL},
    {"framing.request-te-in-http10", "FR-04", FR, ERR, 'R', "RFC 9112 §6.1",
     "HTTP/1.0 request with Transfer-Encoding",
     "Transfer-Encoding is HTTP/1.1; recipients MUST treat an HTTP/1.0 message carrying it as "
     "faulty framing and close the connection. A client MUST NOT send it unless it knows the "
     "server is HTTP/1.1.",
     framing_run, NULL},
    {"framing.response-te-in-http10", "FR-04", FR, ERR, 'S', "RFC 9112 §6.1",
     "HTTP/1.0 response with Transfer-Encoding",
     "Transfer-Encoding is HTTP/1.1; clients MUST treat an HTTP/1.0 message carrying it as "
     "faulty framing. Send HTTP/1.1, or frame with Content-Length or the close.",
     framing_run, NULL},
    {"framing.te-response-to-http10-request", "FR-04", FR, ERR, 'X', "RFC 9112 §6.1",
     "Transfer-Encoding in a response to an HTTP/1.0 request",
     "A server MUST NOT send Transfer-Encoding unless the request was HTTP/1.1: an HTTP/1.0 "
     "client does not de-chunk and sees the chunk framing as content.",
     framing_run, NULL},
    {"framing.response-unrequested-transfer-coding", "FR-04", FR, WARN, 'X', "RFC 9112 §7.4",
     "Response transfer coding the client did not accept in TE",
     "Without a TE field only chunked is acceptable to the client; any other transfer coding "
     "must have been listed in the request's TE. Use Content-Encoding for compression.",
     framing_run, NULL},
    {"framing.request-invalid-chunk", "FR-04", FR, ERR, 'R', "RFC 9112 §7.1",
     "Request chunked body with invalid chunk framing",
     "A chunk-size line that is not hex, or chunk data not followed by CRLF, breaks the chunked "
     "framing; recipients then disagree on where the request ends.",
     framing_run, NULL},
    {"framing.response-invalid-chunk", "FR-04", FR, ERR, 'S', "RFC 9112 §7.1",
     "Response chunked body with invalid chunk framing",
     "A chunk-size line that is not hex, or chunk data not followed by CRLF, breaks the chunked "
     "framing: the client MUST record the response as incomplete.",
     framing_run, NULL},
    /* FR-05 */
    {"framing.content-length-in-204", "FR-05", FR, ERR, 'X', "RFC 9110 §8.6",
     "Content-Length: 0 in a 204 or 101 response",
     "A server MUST NOT send Content-Length in a 1xx or 204 response, even 0. Harmless for "
     "framing (these responses never have content), but a sign of a default header set applied "
     "to every response.",
     framing_run,
     "Other values and Transfer-Encoding are reported as status.body-framing-not-allowed; header "
     "fields of interim responses other than 101 are not kept."},
    {"framing.length-in-connect-2xx", "FR-05", FR, ERR, 'X', "RFC 9110 §9.3.6",
     "Content-Length or Transfer-Encoding in a 2xx to CONNECT",
     "A server MUST NOT send Content-Length or Transfer-Encoding in a successful CONNECT "
     "response: the tunnel starts right after its header section and clients MUST ignore them.",
     framing_run, NULL},
    /* FR-06 */
    {"framing.close-delimited-response", "FR-06", FR, WARN, 'C', "RFC 9112 §6.3",
     "HTTP/1.1 response delimited by closing the connection",
     "Neither Content-Length nor chunked: the client cannot tell a complete body from a broken "
     "connection, and the connection cannot be reused. A server SHOULD send Content-Length or "
     "chunked whenever possible, which is always the case between HTTP/1.1 peers.",
     framing_run,
     "Only judged when both messages are HTTP/1.1 (an HTTP/1.0 peer may make the close the only "
     "possible framing)."},
    {"framing.close-delimited-without-connection-close", "FR-06", FR, WARN, 'C', "RFC 9112 §9.6",
     "Close-delimited HTTP/1.1 response without Connection: close",
     "A server that will close the connection SHOULD say so with Connection: close; an HTTP/1.1 "
     "client otherwise assumes a persistent connection.",
     framing_run,
     "Only judged for HTTP/1.1 requests: an HTTP/1.0 client expects the close anyway."},
    /* FR-07 */
    {"framing.request-without-content-length", "FR-07", FR, WARN, 'R', "RFC 9110 §8.6",
     "POST, PUT or PATCH without Content-Length",
     "A user agent SHOULD send Content-Length when the method defines content, even "
     "\"Content-Length: 0\"; many servers answer 411 Length Required otherwise.",
     framing_run, NULL},
    {"framing.content-length-without-content", "FR-07", FR, WARN, 'R', "RFC 9110 §8.6",
     "Content-Length: 0 on a request whose method expects no content",
     "A user agent SHOULD NOT send Content-Length on a GET, HEAD, DELETE, TRACE or CONNECT "
     "request without content; some intermediaries treat any framing field there as suspect.",
     framing_run, NULL},
    /* FR-08 */
    {"framing.content-in-get-head-delete", "FR-08", FR, WARN, 'R', "RFC 9110 §9.3.1",
     "Content in a GET, HEAD or DELETE request",
     "Such content has no defined semantics and may make servers reject the request and close "
     "the connection as a smuggling attempt. A client SHOULD NOT send it unless the origin "
     "server said it supports it.",
     framing_run,
     "Out-of-band agreements with the origin server cannot be seen."},
    {"framing.content-in-connect", "FR-08", FR, WARN, 'R', "RFC 9110 §9.3.6",
     "CONNECT request with content",
     "A CONNECT request has no content: bytes after its header section belong to the tunnel, "
     "so a declared body is either tunnel data or a framing error.",
     framing_run, NULL},
    {"framing.options-content-without-content-type", "FR-08", FR, ERR, 'R', "RFC 9110 §9.3.7",
     "OPTIONS request with content but no Content-Type",
     "A client that sends content in an OPTIONS request MUST describe it with a valid "
     "Content-Type.",
     framing_run, NULL},
    /* FR-09 */
    {"framing.host-missing", "FR-09", FR, ERR, 'R', "RFC 9112 §3.2",
     "HTTP/1.1 request without Host",
     "A client MUST send Host in every HTTP/1.1 request (empty if the target has no authority); "
     "the server MUST answer 400. Virtual hosting and proxies depend on it.",
     framing_run, NULL},
    {"framing.host-repeated", "FR-09", FR, ERR, 'R', "RFC 9112 §3.2",
     "Request with several Host fields",
     "More than one Host line makes the target ambiguous (cache poisoning, routing bypass); a "
     "server MUST answer 400.",
     framing_run, NULL},
    {"framing.host-invalid", "FR-09", FR, ERR, 'R', "RFC 9110 §7.2",
     "Host value that is not host[:port]",
     "Host = uri-host [ \":\" port ], without userinfo, path or spaces; a server MUST answer 400 "
     "to an invalid value.",
     framing_run, NULL},
    {"framing.host-target-mismatch", "FR-09", FR, ERR, 'R', "RFC 9112 §3.2",
     "Host differs from the authority of an absolute-form target",
     "With an absolute-form target the client MUST send a Host identical to the target's "
     "authority; servers ignore Host then, but intermediaries that route on Host do not.",
     framing_run,
     "Host names are compared case-insensitively and a default port counts as absent."},
    {"framing.host-not-first", "FR-09", FR, WARN, 'R', "RFC 9110 §7.2",
     "Host is not the first header field",
     "A user agent SHOULD send Host first so that servers can route the request before reading "
     "the rest of the header section.",
     framing_run,
     "Requests carrying Via (forwarded by an intermediary, which may reorder fields) are not "
     "judged."},
    {"framing.bad-host-accepted", "FR-09", FR, ERR, 'X', "RFC 9112 §3.2",
     "Request with a missing, repeated or invalid Host was not rejected",
     "A server MUST answer 400 to an HTTP/1.1 request without Host and to any request with "
     "several Host lines or an invalid Host.",
     framing_run,
     "Only successful, 1xx and 3xx answers are reported; another 4xx or 5xx is taken as a "
     "rejection."},
    /* FR-10 */
    {"framing.request-obs-fold", "FR-10", FR, ERR, 'R', "RFC 9112 §5.2",
     "Request header value folded over several lines (obs-fold)",
     "A sender MUST NOT fold field values; a server MUST reject the request with 400 or unfold "
     "it, and parsers that differ here enable smuggling.",
     framing_run, NO_FOLD_FIELD},
    {"framing.response-obs-fold", "FR-10", FR, ERR, 'S', "RFC 9112 §5.2",
     "Response header value folded over several lines (obs-fold)",
     "A sender MUST NOT fold field values; proxies MUST replace such a response with 502 or "
     "unfold it.",
     framing_run, NO_FOLD_FIELD},
    /* FR-11 */
    {"framing.request-space-before-colon", "FR-11", FR, ERR, 'R', "RFC 9112 §5.1",
     "Request field with whitespace before the colon",
     "No whitespace is allowed between a field name and the colon; a server MUST reject such a "
     "request with 400, as differing handling has led to smuggling.",
     framing_run, NULL},
    {"framing.response-space-before-colon", "FR-11", FR, ERR, 'S', "RFC 9112 §5.1",
     "Response field with whitespace before the colon",
     "No whitespace is allowed between a field name and the colon; a proxy MUST remove it, and "
     "clients may ignore or misread the field.",
     framing_run, NULL},
    {"framing.space-before-colon-accepted", "FR-11", FR, ERR, 'X', "RFC 9112 §5.1",
     "Request with whitespace before a colon was not rejected",
     "A server MUST reject, with 400, any request with whitespace between a field name and the "
     "colon.",
     framing_run,
     "Only successful, 1xx and 3xx answers are reported; another 4xx or 5xx is taken as a "
     "rejection."},
    {"framing.request-invalid-field-name", "FR-11", FR, ERR, 'R', "RFC 9110 §5.1",
     "Request header line with an invalid field name",
     "A field name is a token (no spaces, separators, controls or non-ASCII) followed by a "
     "colon; other lines are dropped or misread differently by each recipient.",
     framing_run, NULL},
    {"framing.response-invalid-field-name", "FR-11", FR, ERR, 'S', "RFC 9110 §5.1",
     "Response header line with an invalid field name",
     "A field name is a token (no spaces, separators, controls or non-ASCII) followed by a "
     "colon; other lines are dropped or misread differently by each recipient.",
     framing_run, NULL},
    /* FR-12 */
    {"framing.request-control-character", "FR-12", FR, ERR, 'R', "RFC 9110 §5.5",
     "Control character in a request header value",
     "NUL and other control characters (except HTAB) are invalid in field values and dangerous: "
     "recipients MUST reject the message or replace them.",
     framing_run, NULL},
    {"framing.response-control-character", "FR-12", FR, ERR, 'S', "RFC 9110 §5.5",
     "Control character in a response header value",
     "NUL and other control characters (except HTAB) are invalid in field values and dangerous: "
     "recipients MUST reject the message or replace them.",
     framing_run, NULL},
    {"framing.request-bare-cr", "FR-12", FR, ERR, 'R', "RFC 9112 §2.2",
     "Bare CR in the request head",
     "A sender MUST NOT generate a CR that is not followed by LF; recipients treat it as invalid "
     "or as a space, and lenient ones as a line end (smuggling).",
     framing_run, NULL},
    {"framing.response-bare-cr", "FR-12", FR, ERR, 'S', "RFC 9112 §2.2",
     "Bare CR in the response head",
     "A sender MUST NOT generate a CR that is not followed by LF; recipients treat it as invalid "
     "or as a space, and lenient ones as a line end (response splitting).",
     framing_run, NULL},
    {"framing.request-bare-lf", "FR-12", FR, ERR, 'R', "RFC 9112 §2.2",
     "Request line ended by LF without CR",
     "Lines end with CRLF; recipients MAY accept a bare LF but need not, and parsers that differ "
     "on line ends disagree on the message.",
     framing_run, NULL},
    {"framing.response-bare-lf", "FR-12", FR, ERR, 'S', "RFC 9112 §2.2",
     "Response line ended by LF without CR",
     "Lines end with CRLF; recipients MAY accept a bare LF but need not, and parsers that differ "
     "on line ends disagree on the message.",
     framing_run, NULL},
    {"framing.request-whitespace-after-start-line", "FR-12", FR, ERR, 'R', "RFC 9112 §2.2",
     "Whitespace between the request-line and the first field",
     "A sender MUST NOT send whitespace-prefixed lines right after the start line; recipients "
     "must reject or ignore them, and those that do neither are open to smuggling.",
     framing_run, NULL},
    {"framing.response-whitespace-after-start-line", "FR-12", FR, ERR, 'S', "RFC 9112 §2.2",
     "Whitespace between the status line and the first field",
     "A sender MUST NOT send whitespace-prefixed lines right after the start line; recipients "
     "must reject or ignore them.",
     framing_run, NULL},
    {"framing.request-extra-empty-lines", "FR-12", FR, ERR, 'R', "RFC 9112 §2.2",
     "Empty line before an HTTP/1.1 request",
     "An HTTP/1.1 user agent MUST NOT preface or follow a request with an extra CRLF (an "
     "HTTP/1.0-era workaround); if a body needs a final CRLF it must be counted in its length.",
     framing_run,
     "The CRLF may trail the previous request on the connection rather than preface this one."},
    {"framing.response-extra-empty-lines", "FR-12", FR, INFO, 'S', "RFC 9112 §9.2",
     "Empty line before a status line",
     "CRLFs between responses belong to no message; clients may discard them, but they usually "
     "mean the previous body was longer than its Content-Length.",
     framing_run, NULL},
    {"framing.request-non-ascii-field-value", "FR-12", FR, INFO, 'R', "RFC 9110 §5.5",
     "Non-ASCII bytes in a request header value",
     "Octets above 0x7F (obs-text) are allowed but have no defined charset; recipients SHOULD "
     "treat them as opaque. Encode text with RFC 8187 or percent-encoding.",
     framing_run, NULL},
    {"framing.response-non-ascii-field-value", "FR-12", FR, INFO, 'S', "RFC 9110 §5.5",
     "Non-ASCII bytes in a response header value",
     "Octets above 0x7F (obs-text) are allowed but have no defined charset; recipients SHOULD "
     "treat them as opaque. Encode text with RFC 8187 or percent-encoding.",
     framing_run, NULL},
    /* FR-13 */
    {"framing.request-repeated-singleton-field", "FR-13", FR, ERR, 'R', "RFC 9110 §5.3",
     "Request repeats a field that allows one value",
     "A sender MUST NOT send several lines of a field that is not a list (Authorization, Range, "
     "User-Agent, If-Modified-Since, ...): recipients pick different ones.",
     framing_run,
     "Content-Length and Host are reported by their own checks."},
    {"framing.response-repeated-singleton-field", "FR-13", FR, ERR, 'S', "RFC 9110 §5.3",
     "Response repeats a field that allows one value",
     "A sender MUST NOT send several lines of a field that is not a list (Content-Type, "
     "Location, ETag, Date, ...): recipients pick different ones.",
     framing_run,
     "Content-Length is reported by its own checks."},
    {"framing.request-empty-list-element", "FR-13", FR, ERR, 'R', "RFC 9110 §5.6.1.1",
     "Empty element in a request list field",
     "A sender MUST NOT generate empty list elements (\"a, , b\", a trailing comma); recipients "
     "skip them, but it usually shows a broken field merge.",
     framing_run, NULL},
    {"framing.response-empty-list-element", "FR-13", FR, ERR, 'S', "RFC 9110 §5.6.1.1",
     "Empty element in a response list field",
     "A sender MUST NOT generate empty list elements (\"a, , b\", a trailing comma); recipients "
     "skip them, but it usually shows a broken field merge.",
     framing_run, NULL},
    /* FR-14 */
    {"framing.request-invalid-target", "FR-14", FR, ERR, 'R', "RFC 9112 §3.2",
     "Invalid request-target",
     "The target must be origin-form (/path?query), absolute-form (a URI without fragment), "
     "host:port for CONNECT or * for OPTIONS, using URI characters only: spaces, quotes, "
     "braces, |, ^, non-ASCII and # must be percent-encoded. Servers may answer 400.",
     framing_run, NULL},
    {"framing.request-method-case", "FR-14", FR, WARN, 'R', "RFC 9110 §9.1",
     "Standard method name not in upper case",
     "Methods are case-sensitive: \"get\" is an unknown method, not GET. Servers answer 501 or, "
     "worse, handle it as GET while intermediaries do not.",
     framing_run, NULL},
    {"framing.request-line-too-long", "FR-14", FR, WARN, 'R', "RFC 9112 §3",
     "Request-line longer than 8000 octets",
     "Senders and recipients are only expected to support request-lines of 8000 octets; longer "
     "ones are often refused with 414. Move data into the content.",
     framing_run, NULL},
    {"framing.request-line-whitespace", "FR-14", FR, ERR, 'R', "RFC 9112 §3",
     "Request-line with extra or non-SP whitespace",
     "The request-line is method SP target SP version with single spaces and no whitespace in "
     "the target; lenient parsing of anything else enables request smuggling.",
     framing_run, NULL},
    {"framing.request-lowercase-version", "FR-14", FR, ERR, 'R', "RFC 9112 §2.3",
     "Request version not written \"HTTP\"",
     "HTTP-version is case-sensitive: \"http/1.1\" is not a valid version.",
     framing_run, NULL},
    {"framing.response-lowercase-version", "FR-14", FR, ERR, 'S', "RFC 9112 §2.3",
     "Response version not written \"HTTP\"",
     "HTTP-version is case-sensitive: \"http/1.1\" is not a valid version.",
     framing_run, NULL},
    {"framing.request-unknown-version", "FR-14", FR, WARN, 'R', "RFC 9110 §2.5",
     "Request with an HTTP version other than 1.0 or 1.1",
     "Only HTTP/1.0 and HTTP/1.1 use this message syntax; other versions are unsupported by "
     "recipients (505) or mislabelled.",
     framing_run, NULL},
    {"framing.response-unknown-version", "FR-14", FR, WARN, 'S', "RFC 9110 §2.5",
     "Response with an HTTP version other than 1.0 or 1.1",
     "Only HTTP/1.0 and HTTP/1.1 use this message syntax; other versions are mislabelled.",
     framing_run, NULL},
    {"framing.response-status-line-without-space", "FR-14", FR, ERR, 'S', "RFC 9112 §4",
     "Status line without the space after the status code",
     "A server MUST send the SP after the status code even when the reason phrase is empty "
     "(\"HTTP/1.1 200 \").",
     framing_run, NULL},
    {"framing.response-invalid-reason-phrase", "FR-14", FR, ERR, 'S', "RFC 9112 §4",
     "Reason phrase with control characters",
     "reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ): control characters are invalid.",
     framing_run,
     "Whitespace between status-line parts is not judged: a reason phrase may itself start with "
     "a space."},
    {"framing.http09-request", "FR-14", FR, INFO, 'R', "RFC 9112 §2.3",
     "HTTP/0.9 request (no version)",
     "A request-line without a version is HTTP/0.9: no headers, and a response without status "
     "line or framing. Almost always a scanner or a broken client.",
     framing_run, NULL},
    /* FR-15 */
    {"framing.request-end-to-end-connection-option", "FR-15", FR, ERR, 'R', "RFC 9110 §7.6.1",
     "Request Connection lists an end-to-end field",
     "A sender MUST NOT list a field meant for all recipients (Cache-Control, Content-Length, "
     "Host, Authorization, ...) in Connection: intermediaries remove it before forwarding.",
     framing_run, NULL},
    {"framing.response-end-to-end-connection-option", "FR-15", FR, ERR, 'S', "RFC 9110 §7.6.1",
     "Response Connection lists an end-to-end field",
     "A sender MUST NOT list a field meant for all recipients (Cache-Control, Content-Length, "
     "Set-Cookie, ...) in Connection: intermediaries remove it before forwarding.",
     framing_run, NULL},
    {"framing.te-without-connection-te", "FR-15", FR, ERR, 'R', "RFC 9110 §10.1.4",
     "TE field without \"TE\" in Connection",
     "TE applies to the immediate connection only; a sender of TE MUST list \"TE\" in Connection "
     "so that intermediaries do not forward it.",
     framing_run, NULL},
    {"framing.te-lists-chunked", "FR-15", FR, ERR, 'R', "RFC 9112 §7.4",
     "TE lists chunked",
     "A client MUST NOT send \"chunked\" in TE: chunked is always acceptable to HTTP/1.1 "
     "recipients.",
     framing_run, NULL},
    {"framing.request-upgrade-without-connection-upgrade", "FR-15", FR, ERR, 'R', "RFC 9110 §7.8",
     "Request Upgrade without \"Upgrade\" in Connection",
     "A sender of Upgrade MUST also send the \"upgrade\" connection option, or intermediaries "
     "forward the offer to a server it was not meant for.",
     framing_run, NULL},
    {"framing.response-upgrade-without-connection-upgrade", "FR-15", FR, ERR, 'S',
     "RFC 9110 §7.8", "Response Upgrade without \"Upgrade\" in Connection",
     "A sender of Upgrade MUST also send the \"upgrade\" connection option (in 101 and 426 and "
     "when advertising).",
     framing_run, NULL},
    /* FR-16 */
    {"framing.request-trailer-without-chunked", "FR-16", FR, WARN, 'R', "RFC 9110 §6.5.1",
     "Request announces trailers but is not chunked",
     "Trailer fields exist only with the chunked coding in HTTP/1.1; a Trailer field on a "
     "Content-Length body announces fields that cannot come.",
     framing_run, NULL},
    {"framing.response-trailer-without-chunked", "FR-16", FR, WARN, 'S', "RFC 9110 §6.5.1",
     "Response announces trailers but is not chunked",
     "Trailer fields exist only with the chunked coding in HTTP/1.1; a Trailer field on a "
     "Content-Length or close-delimited body announces fields that cannot come.",
     framing_run, NULL},
    {"framing.request-trailers-not-announced", "FR-16", FR, WARN, 'R', "RFC 9110 §6.6.2",
     "Request trailer fields without a Trailer field",
     "A sender of trailer fields SHOULD list them in a Trailer header field so recipients can "
     "prepare for them.",
     framing_run,
     "Trailer field names are not kept, so fields missing from Trailer and fields forbidden in "
     "trailers (RFC 9110 §6.5.1) are not judged."},
    {"framing.response-trailers-not-announced", "FR-16", FR, WARN, 'S', "RFC 9110 §6.6.2",
     "Response trailer fields without a Trailer field",
     "A sender of trailer fields SHOULD list them in a Trailer header field so recipients can "
     "prepare for them.",
     framing_run,
     "Trailer field names are not kept, so fields missing from Trailer and fields forbidden in "
     "trailers (RFC 9110 §6.5.1) are not judged."},
    /* FR-17 */
    {"framing.request-field-in-response", "FR-17", FR, WARN, 'S', "RFC 9110 §6.3",
     "Request-only header field in a response",
     "Fields such as Host, User-Agent, Cookie, Range or If-None-Match are defined for requests "
     "only and mean nothing in a response; usually a request header echoed back.",
     framing_run, NULL},
    {"framing.response-field-in-request", "FR-17", FR, WARN, 'R', "RFC 9110 §6.3",
     "Response-only header field in a request",
     "Fields such as Server, Location, Set-Cookie, Vary or Age are defined for responses only "
     "and mean nothing in a request.",
     framing_run, NULL},
    /* FR-18 */
    {"framing.expect-100-without-content", "FR-18", FR, ERR, 'R', "RFC 9110 §10.1.1",
     "Expect: 100-continue on a request without content",
     "A client MUST NOT send a 100-continue expectation in a request that has no content.",
     framing_run, NULL},
    {"framing.expect-unknown", "FR-18", FR, WARN, 'R', "RFC 9110 §10.1.1",
     "Expect with an expectation other than 100-continue",
     "100-continue (without parameters) is the only expectation defined; servers MAY answer "
     "417 Expectation Failed to anything else.",
     framing_run, NULL},
    {"framing.expect-in-http10", "FR-18", FR, INFO, 'R', "RFC 9110 §10.1.1",
     "Expect: 100-continue in an HTTP/1.0 request",
     "A server MUST ignore 100-continue in an HTTP/1.0 request (HTTP/1.0 has no 1xx), so a "
     "client that waits for 100 Continue waits for its timeout.",
     framing_run, NULL},
    /* FR-19 */
    {"framing.request-field-syntax", "FR-19", FR, ERR, 'R', "RFC 9110 §5.5",
     "Request header value does not match its field's grammar",
     "Checked fields: Content-Type, Max-Forwards, Content-Location, User-Agent and the token "
     "lists Allow, Connection, Content-Encoding, Transfer-Encoding, TE, Trailer, Upgrade, Expect. "
     "Recipients parse invalid values differently or ignore them.",
     framing_run,
     "Fields with checks of their own (Content-Length, Host, Cache-Control, dates, ETag, Range) "
     "are left to those."},
    {"framing.response-field-syntax", "FR-19", FR, ERR, 'S', "RFC 9110 §5.5",
     "Response header value does not match its field's grammar",
     "Checked fields: Content-Type, Retry-After, Content-Location, Server and the token lists "
     "Vary, Allow, Accept-Ranges, Connection, Content-Encoding, Transfer-Encoding, Trailer, "
     "Upgrade. Recipients parse invalid values differently or ignore them.",
     framing_run,
     "Fields with checks of their own (Content-Length, Cache-Control, Location, dates, ETag, "
     "Content-Range) are left to those."},
    /* FR-20 */
    {"framing.request-bad-date", "FR-20", FR, ERR, 'R', "RFC 9110 §5.6.7",
     "Request date not in IMF-fixdate form, or impossible",
     "Senders MUST generate HTTP-dates as IMF-fixdate (\"Sun, 06 Nov 1994 08:49:37 GMT\"); "
     "obsolete forms, wrong day names and impossible dates are misread by recipients, and an "
     "invalid If-Modified-Since is ignored.",
     framing_run, NULL},
    {"framing.response-bad-date", "FR-20", FR, ERR, 'S', "RFC 9110 §5.6.7",
     "Response date not in IMF-fixdate form, or impossible",
     "Senders MUST generate HTTP-dates as IMF-fixdate (\"Sun, 06 Nov 1994 08:49:37 GMT\"); "
     "obsolete forms, wrong day names and impossible dates break freshness and validation.",
     framing_run,
     "An unparseable Expires is left to the cache checks (RFC 9111 §5.3 makes caches read it "
     "as already expired)."},
    /* FR-21 */
    {"framing.user-agent-missing", "FR-21", FR, INFO, 'R', "RFC 9110 §10.1.5",
     "Request without User-Agent",
     "A user agent SHOULD send User-Agent unless configured not to; servers use it to work "
     "around client bugs and in logs.",
     framing_run,
     "Whether the client was deliberately configured not to send it cannot be seen."},
    {"framing.user-agent-empty", "FR-21", FR, ERR, 'R', "RFC 9110 §10.1.5",
     "Empty User-Agent",
     "User-Agent needs at least one product token; an empty value is invalid. Omit the field "
     "instead.",
     framing_run, NULL},
    /* FR-22 */
    {"framing.absolute-form-target", "FR-22", FR, INFO, 'X', "RFC 9112 §3.2.2",
     "Request with an absolute-form target (to a proxy)",
     "Clients send the absolute URI as target when talking to a proxy; the exchange is proxied "
     "(or a server is being used as one).",
     framing_run, NULL},
    {"framing.proxied-response-without-via", "FR-22", FR, INFO, 'X', "RFC 9110 §7.6.3",
     "Response to a proxy request without Via",
     "A proxy MUST add Via to each message it forwards; a 2xx or 3xx to an absolute-form request "
     "without Via suggests a proxy that does not.",
     framing_run,
     "Cannot tell a proxy answering from its cache or by itself, or an origin server accepting "
     "absolute-form targets, from a proxy forwarding without Via."},
    /* FR-23 */
    {"framing.tunnel", "FR-23", FR, INFO, 'C', "RFC 9110 §9.3.6",
     "Connection switched to a tunnel or another protocol",
     "After 101 Switching Protocols or a 2xx to CONNECT the bytes are no longer HTTP/1.x and are "
     "not analysed.",
     framing_run, NULL},
    {"framing.capture-gap", "FR-23", FR, INFO, 'C', "-",
     "Bytes missing from the capture inside a message",
     "Packets of this exchange were not captured (loss, snap length, capture started or stopped "
     "mid-message); checks on the affected message are incomplete.",
     framing_run, NULL},
    {"framing.unanswered-request", "FR-23", FR, INFO, 'C', "RFC 9112 §9.2",
     "Request with no final response",
     "No final response followed this request: the server closed or reset the connection, the "
     "response direction was not captured, or the capture ended first.",
     framing_run,
     "A stream that is not HTTP at all produces no transaction and is only counted in the "
     "summary."},
    {"framing.parser-limit", "FR-23", FR, INFO, 'C', "RFC 9110 §5.4",
     "Header section beyond httpsift's parser limits",
     "The header section had more fields than --max-fields or more bytes than "
     "--max-header-bytes: fields past the limit (or the whole message) were not analysed, so "
     "checks on this message are incomplete.",
     framing_run, NULL},
    /* FR-24 */
    {"framing.request-large-header-section", "FR-24", FR, WARN, 'R', "RFC 9110 §5.4",
     "Request header section over 16 KiB",
     "Servers limit header sizes (Node.js and IIS 16 KiB, nginx and Tomcat 8 KiB buffers) and "
     "MUST answer 4xx to what they will not process; usually oversized cookies.",
     framing_run,
     "The 16 KiB threshold is httpsift's; the RFC sets no limit."},
    {"framing.response-large-header-section", "FR-24", FR, WARN, 'S', "RFC 9110 §5.4",
     "Response header section over 16 KiB",
     "Clients and proxies limit response header sizes (Node.js 16 KiB) and fail the request "
     "beyond them; usually too many or too large cookies or policy headers.",
     framing_run,
     "The 16 KiB threshold is httpsift's; the RFC sets no limit."},
    {"framing.request-large-field", "FR-24", FR, WARN, 'R', "RFC 9110 §5.4",
     "Request header field line over 8 KiB",
     "nginx, Apache and Tomcat refuse field lines over about 8 KiB by default (400 or 431); "
     "usually a Cookie or a token.",
     framing_run,
     "The 8 KiB threshold is httpsift's; the RFC sets no limit."},
    {"framing.response-large-field", "FR-24", FR, WARN, 'S', "RFC 9110 §5.4",
     "Response header field line over 8 KiB",
     "Clients and proxies limit field sizes; a field line over 8 KiB (usually Set-Cookie or a "
     "policy header) risks the response being refused.",
     framing_run,
     "The 8 KiB threshold is httpsift's; the RFC sets no limit."},
};
const size_t hs_n_checks_framing = sizeof hs_checks_framing / sizeof hs_checks_framing[0];
