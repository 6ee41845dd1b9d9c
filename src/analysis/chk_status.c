/* chk_status.c: checks of area "status": status-code misuse (CHECKS.md SC-01 .. SC-27). */
#include "check.h"

#include <string.h>

#include "hdr.h"

/*
 * Every check starts with the cheapest test (the status code, then whether the
 * request was seen). Exchange checks (scope X) never fire on an orphan response
 * (t->req.seen false); response checks never fire without a response. One
 * function, status_run(), serves the whole area: it calls the checks of the
 * transaction's status code through a switch, and the few that apply to every
 * code only when the fields they read are present (the engine's field index:
 * each field name is classified once per message). Findings come out in
 * registry order (hs_chk_sort).
 */

/* ---- helpers ----------------------------------------------------------------------------- */

#define LIT(s) (s), (sizeof(s) - 1)

/* What every check gets: the transaction and the field index of each message. */
struct sx {
    struct hs_chk_ctx *c;
    const struct hs_txn *t;
    const struct hs_chk_fields *q; /* request fields */
    const struct hs_chk_fields *r; /* response fields */
    struct rg *rg;                 /* borrowed, the run: ranges parsed on first use */
};

/* What the range checks (SC-21 .. SC-23) read, parsed once per run when first asked for. */
enum { RG_RANGE = 1, RG_CR = 2, RG_MULTIPART = 4 };
struct rg {
    unsigned done;                 /* RG_* of what was parsed */
    bool range_ok, cr_ok;          /* the first Range / Content-Range is valid, into: */
    struct hs_range range;
    struct hs_content_range cr;
    bool multipart, boundary;      /* see ct_multipart_byteranges() */
};

/* First request / response field of a kind, or NULL. */
#define FQ(f) hs_chk_first(&t->req, x->q, (f))
#define FR(f) hs_chk_first(&t->resp, x->r, (f))

/*
 * Were all of m's header fields kept? Checks that report a missing field skip
 * a message whose header block was cut (field limit, size limit, capture gap).
 */
static bool fields_whole(const struct hs_txn_msg *m)
{
    const uint64_t cut = ((uint64_t)1 << HS_H1_A_TOO_MANY_HEADERS) |
                         ((uint64_t)1 << HS_H1_A_HEADERS_TOO_LARGE) |
                         ((uint64_t)1 << HS_H1_A_GAP_HEADERS);
    return m->seen && !(m->anomalies & cut);
}

/* RFC 9110 §9.2.1: GET, HEAD, OPTIONS and TRACE are safe. */
static bool method_safe(const struct hs_txn *t)
{
    return HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD") ||
           HS_CHK_METHOD_IS(t, "OPTIONS") || HS_CHK_METHOD_IS(t, "TRACE");
}

/* A span's bytes for "%.*s" (never NULL). */
static const char *sp(struct hs_span s)
{
    return s.p ? (const char *)s.p : "";
}

/*
 * A precondition field in the request (RFC 9110 §13.1): If-Match, If-None-Match,
 * If-Modified-Since, If-Unmodified-Since, and extension preconditions named If-*
 * or If (WebDAV). If-Range is not one: it never yields 304 or 412.
 */
static bool has_precondition(const struct hs_txn_msg *m, const struct hs_chk_fields *x)
{
    const uint64_t known = HS_FID_BIT(HS_FID_IF_MATCH) | HS_FID_BIT(HS_FID_IF_NONE_MATCH) |
                           HS_FID_BIT(HS_FID_IF_MODIFIED_SINCE) |
                           HS_FID_BIT(HS_FID_IF_UNMODIFIED_SINCE);
    if (x->has & known)
        return true;
    for (uint32_t i = 0; i < m->nfields; i++) { /* extensions */
        struct hs_span n = m->fields[i].name;
        if (HS_SPAN_IEQ(n, "if"))
            return true;
        if (n.len > 3 && hs_lower(n.p[0]) == 'i' && hs_lower(n.p[1]) == 'f' && n.p[2] == '-' &&
            !HS_SPAN_IEQ(n, "if-range"))
            return true;
    }
    return false;
}

/* The response was seen whole and carries no content (and was not cut by a gap). */
static bool resp_empty_complete(const struct hs_txn *t)
{
    return t->resp.complete && t->resp.body_len == 0 && t->resp.gap_bytes == 0 &&
           t->resp.framing != HS_H1_BODY_TUNNEL;
}

/*
 * Content-Type of m is multipart/byteranges; *boundary says whether it has a
 * non-empty boundary parameter (RFC 2046 §5.1.1 makes it required).
 */
static bool ct_multipart_byteranges(const struct hs_txn_msg *m, const struct hs_chk_fields *x,
                                    bool *boundary)
{
    const struct hs_txn_field *f = hs_chk_first(m, x, HS_FID_CONTENT_TYPE);
    *boundary = false;
    if (!f)
        return false;
    struct hs_span v = f->value;
    const uint8_t *semi = memchr(v.p, ';', v.len);
    size_t tl = semi ? (size_t)(semi - v.p) : v.len;
    if (!HS_SPAN_IEQ(hs_span_trim(hs_span_make(v.p, tl)), "multipart/byteranges"))
        return false;
    while (semi) {
        struct hs_span rest = hs_span_make(semi + 1, v.len - (size_t)(semi + 1 - v.p));
        semi = memchr(rest.p, ';', rest.len);
        struct hs_span par = hs_span_trim(hs_span_make(rest.p, semi ? (size_t)(semi - rest.p) : rest.len));
        const uint8_t *eq = memchr(par.p, '=', par.len);
        if (!eq)
            continue;
        struct hs_span name = hs_span_trim(hs_span_make(par.p, (size_t)(eq - par.p)));
        struct hs_span val = hs_span_trim(hs_span_make(eq + 1, par.len - (size_t)(eq + 1 - par.p)));
        if (val.len >= 2 && val.p[0] == '"' && val.p[val.len - 1] == '"') {
            val.p++;
            val.len -= 2;
        }
        if (HS_SPAN_IEQ(name, "boundary") && val.len > 0) {
            *boundary = true;
            break;
        }
    }
    return true;
}

/* The request's first Range, when it is valid; or NULL. Parsed once per run. */
static const struct hs_range *req_range(const struct sx *x)
{
    struct rg *g = x->rg;
    if (!(g->done & RG_RANGE)) {
        const struct hs_txn_field *f = hs_chk_first(&x->t->req, x->q, HS_FID_RANGE);
        g->range_ok = f && hs_range_parse(f->value, &g->range);
        g->done |= RG_RANGE;
    }
    return g->range_ok ? &g->range : NULL;
}

/* The response's first Content-Range, when it is valid; or NULL. Parsed once per run. */
static const struct hs_content_range *resp_cr(const struct sx *x)
{
    struct rg *g = x->rg;
    if (!(g->done & RG_CR)) {
        const struct hs_txn_field *f = hs_chk_first(&x->t->resp, x->r, HS_FID_CONTENT_RANGE);
        g->cr_ok = f && hs_content_range_parse(f->value, &g->cr);
        g->done |= RG_CR;
    }
    return g->cr_ok ? &g->cr : NULL;
}

/* ct_multipart_byteranges() of the response, once per run. */
static bool multipart(const struct sx *x, bool *boundary)
{
    struct rg *g = x->rg;
    if (!(g->done & RG_MULTIPART)) {
        g->multipart = ct_multipart_byteranges(&x->t->resp, x->r, &g->boundary);
        g->done |= RG_MULTIPART;
    }
    *boundary = g->boundary;
    return g->multipart;
}

/*
 * Do two Upgrade protocols match (RFC 9110 §7.8: protocol-name ["/" version],
 * names compared case-insensitively)? A side without a version matches any.
 */
static bool proto_match(struct hs_span a, struct hs_span b)
{
    const uint8_t *sa = memchr(a.p, '/', a.len), *sb = memchr(b.p, '/', b.len);
    size_t na = sa ? (size_t)(sa - a.p) : a.len, nb = sb ? (size_t)(sb - b.p) : b.len;
    if (!hs_span_ieq(hs_span_make(a.p, na), (const char *)b.p, nb))
        return false;
    if (!sa || !sb)
        return true;
    return hs_span_ieq(hs_span_make(sa + 1, a.len - na - 1), (const char *)sb + 1,
                       b.len - nb - 1);
}

/* Does any Upgrade field of m list a protocol matching proto? */
static bool upgrade_lists(const struct hs_txn_msg *m, const struct hs_chk_fields *x,
                          struct hs_span proto)
{
    const struct hs_txn_field *f;
    for (uint32_t k = 0; (f = hs_chk_next(m, x, HS_FID_UPGRADE, &k)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el))
            if (proto_match(el, proto))
                return true;
    }
    return false;
}

/*
 * The first protocol in resp's Upgrade fields that (offered == false) req does
 * not list, or (offered == true) req lists; its field in *f.
 */
static bool upgrade_find(const struct sx *x, bool offered, const struct hs_txn_field **f,
                         struct hs_span *proto)
{
    const struct hs_txn_field *u;
    for (uint32_t k = 0; (u = hs_chk_next(&x->t->resp, x->r, HS_FID_UPGRADE, &k)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, u->value);
        while (hs_list_next(&it, &el))
            if (upgrade_lists(&x->t->req, x->q, el) == offered) {
                *f = u;
                *proto = el;
                return true;
            }
    }
    return false;
}

/* Case-insensitive search of an ASCII literal in s. */
static bool span_icontains(struct hs_span s, const char *lit, size_t len)
{
    if (len == 0)
        return true;
    for (size_t i = 0; i + len <= s.len; i++)
        if (hs_span_ieq(hs_span_make(s.p + i, len), lit, len))
            return true;
    return false;
}

/* ---- the status code registry (IANA HTTP Status Code Registry) ------------------------- */

static const struct {
    uint16_t code;
    const char *name;
} registered[] = {
    {100, "Continue"},
    {101, "Switching Protocols"},
    {102, "Processing"},
    {103, "Early Hints"},
    {104, "Upload Resumption Supported"},
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {203, "Non-Authoritative Information"},
    {204, "No Content"},
    {205, "Reset Content"},
    {206, "Partial Content"},
    {207, "Multi-Status"},
    {208, "Already Reported"},
    {226, "IM Used"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {303, "See Other"},
    {304, "Not Modified"},
    {305, "Use Proxy"},
    {306, "(Unused)"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {409, "Conflict"},
    {410, "Gone"},
    {411, "Length Required"},
    {412, "Precondition Failed"},
    {413, "Content Too Large"},
    {414, "URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"},
    {417, "Expectation Failed"},
    {418, "(Unused)"},
    {421, "Misdirected Request"},
    {422, "Unprocessable Content"},
    {423, "Locked"},
    {424, "Failed Dependency"},
    {425, "Too Early"},
    {426, "Upgrade Required"},
    {428, "Precondition Required"},
    {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {505, "HTTP Version Not Supported"},
    {506, "Variant Also Negotiates"},
    {507, "Insufficient Storage"},
    {508, "Loop Detected"},
    {510, "Not Extended"},
    {511, "Network Authentication Required"},
};

/* Registered name of code, or NULL (binary search: the table is sorted). */
static const char *status_name(uint16_t code)
{
    size_t lo = 0, hi = sizeof registered / sizeof registered[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (registered[mid].code == code)
            return registered[mid].name;
        if (registered[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* ---- SC-01: status code range ---------------------------------------------------------- */

/* RFC 9110 §15: valid codes are 100..599; RFC 9112 §4: status-code = 3DIGIT. */
static void chk_code_out_of_range(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    /* an HTTP/0.9 response has no status line at all */
    if (!t->resp.seen || (t->resp.anomalies & ((uint64_t)1 << HS_H1_A_HTTP09)))
        return;
    if ((t->resp.anomalies & ((uint64_t)1 << HS_H1_A_BAD_STATUS)) || t->status < 100 ||
        t->status > 599)
        hs_chk_reportf(c, "status.code-out-of-range", "%03u", t->status);
}

/* RFC 9110 §15, §16.2: codes ought to be registered; unknown ones are treated as x00. */
static void chk_unregistered(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 100 || t->status > 599 || status_name(t->status))
        return;
    hs_chk_reportf(c, "status.unregistered-code", "%u %.*s (treated as %u)", t->status,
                   (int)t->reason.len, sp(t->reason), t->status / 100 * 100);
}

/* ---- SC-02: deprecated and reserved codes ---------------------------------------------- */

/* Deprecated, reserved and unused codes; the evidence is the status line. */
static const struct {
    uint16_t code;
    const char *id;
} reserved_codes[] = {
    {305, "status.305-use-proxy-deprecated"}, /* RFC 9110 §15.4.6 */
    {306, "status.306-reserved"},             /* RFC 9110 §15.4.7 */
    {402, "status.402-reserved"},             /* RFC 9110 §15.5.3 */
    {418, "status.418-unused"},               /* RFC 9110 §15.5.19 */
};

static void chk_reserved(const struct sx *x)
{
    const struct hs_txn *t = x->t;
    for (size_t i = 0; i < sizeof reserved_codes / sizeof reserved_codes[0]; i++)
        if (t->status == reserved_codes[i].code)
            hs_chk_reportf(x->c, reserved_codes[i].id, "%u %.*s", t->status, (int)t->reason.len,
                           sp(t->reason));
}

/* ---- SC-03 .. SC-07: 1xx, Upgrade ------------------------------------------------------- */

/* RFC 9110 §15.2: a server MUST NOT send a 1xx response to an HTTP/1.0 client. */
static void chk_1xx_http10(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if ((t->n_interim == 0 && t->status != 101) || !t->req.seen)
        return;
    if (t->req.major != 1 || t->req.minor != 0)
        return;
    unsigned code = t->n_interim ? t->interim[0] : 101;
    hs_chk_reportf(c, "status.1xx-to-http10-client", "%u to an HTTP/1.0 request", code);
}

/* RFC 9110 §15.2.1, §10.1.1: a 100 the client did not ask for (it can discard it). */
static void chk_100_without_expect(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->n_interim == 0 || !t->req.seen)
        return;
    if (t->req.major == 1 && t->req.minor == 0)
        return; /* status.1xx-to-http10-client says more */
    for (unsigned i = 0; i < t->n_interim; i++)
        if (t->interim[i] == 100) {
            if (fields_whole(&t->req) &&
                !HS_CHK_LIST_HAS(&t->req, x->q, HS_FID_EXPECT, "100-continue"))
                hs_chk_report(c, "status.100-without-expect", (const uint8_t *)LIT("100 Continue"));
            return;
        }
}

/* RFC 9110 §7.8: with Upgrade and Expect: 100-continue, 100 MUST precede 101. */
static void chk_101_before_100(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 101 || !t->req.seen)
        return;
    if (!FQ(HS_FID_UPGRADE) || !HS_CHK_LIST_HAS(&t->req, x->q, HS_FID_EXPECT, "100-continue"))
        return;
    for (unsigned i = 0; i < t->n_interim; i++)
        if (t->interim[i] == 100)
            return;
    hs_chk_report(c, "status.101-before-100-continue",
                  (const uint8_t *)LIT("101 without a prior 100 to Expect: 100-continue"));
}

/* RFC 9110 §7.8: a server MUST NOT switch to a protocol the client did not offer. */
static void chk_101_not_offered(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 101 || !fields_whole(&t->req))
        return;
    if (!FR(HS_FID_UPGRADE))
        return; /* status.101-without-upgrade */
    const struct hs_txn_field *f;
    struct hs_span proto;
    if (!FQ(HS_FID_UPGRADE))
        hs_chk_report(c, "status.101-upgrade-not-offered",
                      (const uint8_t *)LIT("101 to a request without Upgrade"));
    else if (upgrade_find(x, false, &f, &proto))
        hs_chk_report_field(c, "status.101-upgrade-not-offered", f);
}

/* RFC 9110 §15.5.22, §7.8: 426 demanding a protocol the client had already offered. */
static void chk_426_offered(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 426 || !t->req.seen || !FQ(HS_FID_UPGRADE))
        return;
    const struct hs_txn_field *f;
    struct hs_span proto;
    if (upgrade_find(x, true, &f, &proto))
        hs_chk_report_field(c, "status.426-upgrade-already-offered", f);
}

/* RFC 9110 §7.8: the server MAY ignore an Upgrade offer; worth knowing when it did. */
static void chk_upgrade_ignored(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 200 || t->status > 299 || !t->req.seen)
        return;
    if (t->req.major != 1 || t->req.minor < 1 || HS_CHK_METHOD_IS(t, "CONNECT"))
        return;
    const struct hs_txn_field *f = FQ(HS_FID_UPGRADE);
    if (f && HS_CHK_LIST_HAS(&t->req, x->q, HS_FID_CONNECTION, "upgrade"))
        hs_chk_report_field(c, "status.upgrade-offer-ignored", f);
}

/* ---- SC-08, SC-09: 201, 202 ----------------------------------------------------------- */

/* RFC 9110 §15.3.2: without Location the created resource is the target URI. */
static void chk_201_without_location(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 201 || !t->req.seen || !fields_whole(&t->resp) ||
        FR(HS_FID_LOCATION))
        return;
    hs_chk_reportf(c, "status.201-without-location", "201 to %.*s %.*s", (int)t->method.len,
                   sp(t->method), (int)t->target.len, sp(t->target));
}

/* RFC 9110 §9.2.1, §15.3.2: a safe method created a resource. */
static void chk_201_safe(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 201 && method_safe(t))
        hs_chk_reportf(c, "status.201-to-safe-method", "201 to %.*s", (int)t->method.len,
                       sp(t->method));
}

/* RFC 9110 §10.2.2, §15.3.2: a 201 Location names the primary resource, not a fragment of one. */
static void chk_201_fragment(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 201)
        return;
    const struct hs_txn_field *f = FR(HS_FID_LOCATION);
    struct hs_uri u;
    if (f && hs_uri_parse(f->value, &u) && u.has_fragment)
        hs_chk_report_field(c, "status.201-location-fragment", f);
}

/* RFC 9110 §15.3.3, §9.2.1: 202 defers an action; a safe method requests none. */
static void chk_202_safe(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 202 && method_safe(t))
        hs_chk_reportf(c, "status.202-to-safe-method", "202 to %.*s", (int)t->method.len,
                       sp(t->method));
}

/* RFC 9110 §15.3.3: the 202 representation ought to describe the pending status. */
static void chk_202_without_body(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 202 || !t->req.seen || HS_CHK_METHOD_IS(t, "HEAD"))
        return;
    if (resp_empty_complete(t))
        hs_chk_report(c, "status.202-without-body", (const uint8_t *)LIT("202 with empty content"));
}

/* ---- SC-10, SC-11: content and framing where none is allowed -------------------------- */

/*
 * RFC 9110 §8.6, RFC 9112 §6.1: a server MUST NOT send Content-Length or
 * Transfer-Encoding in a 1xx or 204 response. Reported when a length is
 * declared (Transfer-Encoding, or a non-zero Content-Length): a recipient that
 * honours it instead of the status code loses the message boundary. A 304 may
 * carry either (RFC 9112 §6.1, RFC 9110 §8.6), so it is not flagged.
 */
static void chk_body_framing(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 204 && t->status != 101)
        return;
    const struct hs_txn_field *te = FR(HS_FID_TRANSFER_ENCODING);
    if (te) {
        hs_chk_report_field(c, "status.body-framing-not-allowed", te);
        return;
    }
    for (uint32_t i = 0;;) {
        const struct hs_txn_field *cl = hs_chk_next(&t->resp, x->r, HS_FID_CONTENT_LENGTH, &i);
        if (!cl)
            break;
        uint64_t v;
        if (!hs_h1_parse_u64(cl->value, &v) || v != 0) {
            hs_chk_report_field(c, "status.body-framing-not-allowed", cl);
            return;
        }
    }
}

/* RFC 9110 §15.3.6: a server MUST NOT generate content in a 205 response. */
static void chk_205_content(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 205 || t->resp.body_len == 0 || HS_CHK_METHOD_IS(t, "HEAD"))
        return;
    hs_chk_reportf(c, "status.205-with-content", "%llu bytes of content in a 205",
                   (unsigned long long)t->resp.body_len);
}

/* RFC 9110 §15.2: a 1xx has no content, so content metadata is meaningless. */
static void chk_1xx_content_headers(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 101)
        return;
    static const enum hs_fid names[] = {HS_FID_CONTENT_TYPE, HS_FID_CONTENT_ENCODING,
                                        HS_FID_CONTENT_LANGUAGE, HS_FID_CONTENT_RANGE};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const struct hs_txn_field *f = FR(names[i]);
        if (f) {
            hs_chk_report_field(c, "status.1xx-content-headers", f);
            return;
        }
    }
}

/* ---- SC-12, SC-24: error responses ---------------------------------------------------- */

/* RFC 9110 §15.5, §15.6: descriptive: the server rejected the request or failed. */
static void chk_error_response(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 400 || t->status > 599)
        return;
    const char *name = status_name(t->status);
    if (name)
        hs_chk_reportf(c, "status.error-response", "%u %s", t->status, name);
    else
        hs_chk_reportf(c, "status.error-response", "%u (%s error)", t->status,
                       t->status < 500 ? "client" : "server");
}

/* Codes whose own definition asks for an explanation in the content (SC-24, WARNING). */
static bool explanation_required(uint16_t s)
{
    switch (s) {
    case 406: /* RFC 9110 §15.5.7 */
    case 409: /* RFC 9110 §15.5.10 */
    case 428: /* RFC 6585 §3 */
    case 429: /* RFC 6585 §4 */
    case 451: /* RFC 7725 §3 */
    case 505: /* RFC 9110 §15.6.6 */
    case 511: /* RFC 6585 §6 */
        return true;
    default:
        return false;
    }
}

/* RFC 9110 §15.5, §15.6: except for HEAD, 4xx/5xx SHOULD explain the error. */
static void chk_error_empty(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 400 || t->status > 599 || explanation_required(t->status) || !t->req.seen ||
        HS_CHK_METHOD_IS(t, "HEAD"))
        return;
    if (resp_empty_complete(t))
        hs_chk_reportf(c, "status.error-empty-body", "%u with empty content", t->status);
}

static void chk_explanation_missing(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!explanation_required(t->status) || !t->req.seen || HS_CHK_METHOD_IS(t, "HEAD"))
        return;
    if (resp_empty_complete(t))
        hs_chk_reportf(c, "status.explanation-missing", "%u with empty content", t->status);
}

/* ---- SC-06, SC-07, SC-13 .. SC-15, SC-19, SC-22: a field the status code needs ---------- */

/*
 * A status code that needs a field the message lacks: in the response (the
 * code MUST carry it), or in the request (the code answers it). The evidence
 * is fixed. Checked only on a header section that arrived whole.
 */
static const struct {
    uint16_t code;
    bool req;       /* the field is the request's */
    enum hs_fid f;
    const char *id;
    const char *ev;
} missing_fields[] = {
    /* RFC 9110 §15.2.2, §7.8: a 101 MUST carry Upgrade. */
    {101, false, HS_FID_UPGRADE, "status.101-without-upgrade", "101 without Upgrade"},
    /* RFC 9110 §15.5.2, §11.6.1 */
    {401, false, HS_FID_WWW_AUTHENTICATE, "status.401-without-www-authenticate",
     "401 without WWW-Authenticate"},
    /* RFC 9110 §15.5.6: the origin server MUST generate Allow in a 405. */
    {405, false, HS_FID_ALLOW, "status.405-without-allow", "405 without Allow"},
    /* RFC 9110 §15.5.8, §11.7.1 */
    {407, false, HS_FID_PROXY_AUTHENTICATE, "status.407-without-proxy-authenticate",
     "407 without Proxy-Authenticate"},
    /* RFC 9110 §15.5.17: 416 rejects the request's Range. */
    {416, true, HS_FID_RANGE, "status.416-without-range", "416 to a request without Range"},
    /* RFC 9110 §15.5.18: 417 answers an Expect the request did not have. */
    {417, true, HS_FID_EXPECT, "status.417-without-expect", "417 to a request without Expect"},
    /* RFC 9110 §15.5.22: a 426 MUST carry Upgrade. */
    {426, false, HS_FID_UPGRADE, "status.426-without-upgrade", "426 without Upgrade"},
};

static void chk_missing_field(const struct sx *x)
{
    const struct hs_txn *t = x->t;
    for (size_t i = 0; i < sizeof missing_fields / sizeof missing_fields[0]; i++) {
        if (t->status != missing_fields[i].code)
            continue;
        const struct hs_txn_msg *m = missing_fields[i].req ? &t->req : &t->resp;
        if (fields_whole(m) && !hs_chk_first(m, missing_fields[i].req ? x->q : x->r,
                                             missing_fields[i].f))
            hs_chk_report(x->c, missing_fields[i].id, (const uint8_t *)missing_fields[i].ev,
                          strlen(missing_fields[i].ev));
    }
}

/* ---- SC-15: 405 and Allow ---------------------------------------------------------------- */

/*
 * Is method listed in m's Allow fields (case-sensitive)? *n counts the
 * elements up to it (all of them when it is not listed); *in is the field
 * that lists it.
 */
static bool allow_lists(const struct hs_txn_msg *m, const struct hs_chk_fields *x,
                        struct hs_span method, unsigned *n, const struct hs_txn_field **in)
{
    const struct hs_txn_field *f;
    *n = 0;
    for (uint32_t k = 0; (f = hs_chk_next(m, x, HS_FID_ALLOW, &k)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el)) {
            (*n)++;
            if (el.len == method.len && memcmp(el.p, method.p, el.len) == 0) {
                *in = f;
                return true;
            }
        }
    }
    return false;
}

/* RFC 9110 §15.5.6, §10.2.1: a 405 whose Allow contains the refused method. */
static void chk_405_allow_lists(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 405 || !t->req.seen || !t->method.len)
        return;
    unsigned n;
    const struct hs_txn_field *f;
    if (allow_lists(&t->resp, x->r, t->method, &n, &f))
        hs_chk_report_field(c, "status.405-allow-lists-method", f);
}

/* RFC 9110 §10.2.1: a 2xx whose Allow omits the method that just succeeded. */
static void chk_2xx_allow_omits(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 200 || t->status > 299 || !t->req.seen || !t->method.len)
        return;
    if (!fields_whole(&t->resp))
        return;
    const struct hs_txn_field *f = FR(HS_FID_ALLOW);
    if (!f)
        return;
    /* OPTIONS describes the resource, not itself; CONNECT has no resource */
    if (HS_CHK_METHOD_IS(t, "OPTIONS") || HS_CHK_METHOD_IS(t, "CONNECT"))
        return;
    unsigned n;
    const struct hs_txn_field *in;
    if (allow_lists(&t->resp, x->r, t->method, &n, &in) || n == 0)
        return;
    /* RFC 9110 §9.1: a server supporting GET supports HEAD */
    if (HS_CHK_METHOD_IS(t, "HEAD") &&
        allow_lists(&t->resp, x->r, hs_span_make("GET", 3), &n, &in))
        return;
    hs_chk_report_field(c, "status.2xx-allow-omits-method", f);
}

/* ---- SC-16, SC-17, SC-18 ------------------------------------------------------------------ */

static bool has_negotiation(const struct hs_chk_fields *x, bool *only_language)
{
    bool a = (x->has & (HS_FID_BIT(HS_FID_ACCEPT) | HS_FID_BIT(HS_FID_ACCEPT_CHARSET) |
                        HS_FID_BIT(HS_FID_ACCEPT_ENCODING))) != 0;
    bool l = (x->has & HS_FID_BIT(HS_FID_ACCEPT_LANGUAGE)) != 0;
    *only_language = l && !a;
    return a || l;
}

/* RFC 9110 §15.5.7, §12.4.1: 406 is about the request's proactive negotiation fields. */
static void chk_406_no_negotiation(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 406 || !fields_whole(&t->req))
        return;
    bool only_lang;
    if (!has_negotiation(x->q, &only_lang))
        hs_chk_report(c, "status.406-without-negotiation",
                      (const uint8_t *)LIT("406 to a request without Accept* fields"));
}

/* RFC 9110 §12.1, §12.4.1, §12.5.4: a default language usually serves better than 406. */
static void chk_406_language(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 406 || !fields_whole(&t->req))
        return;
    bool only_lang;
    if (has_negotiation(x->q, &only_lang) && only_lang)
        hs_chk_report_field(c, "status.406-accept-language-only",
                            FQ(HS_FID_ACCEPT_LANGUAGE));
}

/* RFC 9110 §15.5.10, §9.2.1: a conflict with resource state on a request that changes none. */
static void chk_409_safe(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 409 && method_safe(t))
        hs_chk_reportf(c, "status.409-to-safe-method", "409 to %.*s", (int)t->method.len,
                       sp(t->method));
}

/* RFC 9110 §15.5.9 (RFC 7231 §6.5.7 had the SHOULD): 408 implies the connection closes. */
static void chk_408_close(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 408 || !fields_whole(&t->resp))
        return;
    bool closes;
    if (t->resp.major == 1 && t->resp.minor == 0)
        closes = !HS_CHK_LIST_HAS(&t->resp, x->r, HS_FID_CONNECTION, "keep-alive");
    else
        closes = HS_CHK_LIST_HAS(&t->resp, x->r, HS_FID_CONNECTION, "close");
    if (!closes) {
        const struct hs_txn_field *f = FR(HS_FID_CONNECTION);
        if (f)
            hs_chk_report_field(c, "status.408-without-connection-close", f);
        else
            hs_chk_report(c, "status.408-without-connection-close",
                          (const uint8_t *)LIT("408 without Connection: close"));
    }
}

/* ---- SC-19: request-mismatch codes ------------------------------------------------------ */

/* RFC 9110 §15.5.12: 411 asks for a Content-Length the request had. */
static void chk_411(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 411 || !fields_whole(&t->req))
        return;
    const struct hs_txn_field *f = FQ(HS_FID_CONTENT_LENGTH);
    if (f && !FQ(HS_FID_TRANSFER_ENCODING))
        hs_chk_report_field(c, "status.411-with-content-length", f);
}

/* The request was seen whole and had no content. */
static bool req_without_content(const struct hs_txn *t)
{
    return t->req.seen && t->req.complete && t->req.body_len == 0 && t->req.gap_bytes == 0;
}

/* RFC 9110 §15.5.14: 413 is about request content that is too large. */
static void chk_413(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 413 && req_without_content(t))
        hs_chk_reportf(c, "status.413-without-content", "413 to %.*s without content",
                       (int)t->method.len, sp(t->method));
}

/* RFC 9110 §15.5.16: 415 is about the format of the request content. */
static void chk_415(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 415 || !req_without_content(t) || !fields_whole(&t->req))
        return;
    if (FQ(HS_FID_CONTENT_TYPE) || FQ(HS_FID_CONTENT_ENCODING))
        return; /* the server may reject the declared type itself */
    hs_chk_reportf(c, "status.415-without-content", "415 to %.*s without content",
                   (int)t->method.len, sp(t->method));
}

/* RFC 9110 §9.3.4, §14.5: a PUT with Content-Range accepted as a success. */
static void chk_put_content_range(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 200 || t->status > 299 || !HS_CHK_METHOD_IS(t, "PUT"))
        return;
    const struct hs_txn_field *f = FQ(HS_FID_CONTENT_RANGE);
    if (f)
        hs_chk_report_field(c, "status.put-content-range-accepted", f);
}

/* ---- SC-20: 304, 412, 428 and preconditions -------------------------------------------- */

/* RFC 9110 §15.4.5, §13.2.2: 304 answers a conditional GET or HEAD. */
static void chk_304_no_precondition(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 304 && fields_whole(&t->req) && !has_precondition(&t->req, x->q))
        hs_chk_report(c, "status.304-without-precondition",
                      (const uint8_t *)LIT("304 to an unconditional request"));
}

/* RFC 9110 §13.2.2 step 3: a failed If-None-Match on other methods MUST be 412. */
static void chk_304_method(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 304 || !t->req.seen || HS_CHK_METHOD_IS(t, "GET") ||
        HS_CHK_METHOD_IS(t, "HEAD"))
        return;
    hs_chk_reportf(c, "status.304-to-non-get-head", "304 to %.*s", (int)t->method.len,
                   sp(t->method));
}

/* RFC 9110 §15.5.13: 412 says a precondition in the request failed. */
static void chk_412_no_precondition(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 412 && fields_whole(&t->req) && !has_precondition(&t->req, x->q))
        hs_chk_report(c, "status.412-without-precondition",
                      (const uint8_t *)LIT("412 to an unconditional request"));
}

/* RFC 9110 §13.2.1: preconditions MUST be ignored on CONNECT, OPTIONS and TRACE. */
static void chk_412_ignored(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 412 || !t->req.seen)
        return;
    if (!HS_CHK_METHOD_IS(t, "CONNECT") && !HS_CHK_METHOD_IS(t, "OPTIONS") &&
        !HS_CHK_METHOD_IS(t, "TRACE"))
        return;
    if (has_precondition(&t->req, x->q))
        hs_chk_reportf(c, "status.412-precondition-must-be-ignored", "412 to %.*s",
                       (int)t->method.len, sp(t->method));
}

/* RFC 6585 §3: 428 asks for a lost-update precondition the request already had. */
static void chk_428_conditional(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 428 || !t->req.seen)
        return;
    const struct hs_txn_field *f = FQ(HS_FID_IF_MATCH);
    if (!f)
        f = FQ(HS_FID_IF_UNMODIFIED_SINCE);
    if (f)
        hs_chk_report_field(c, "status.428-to-conditional-request", f);
}

/* ---- SC-21, SC-22, SC-23: ranges ---------------------------------------------------------- */

/* RFC 9110 §15.3.7: 206 fulfils a range request. */
static void chk_206_without_range(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 206 && fields_whole(&t->req) && !FQ(HS_FID_RANGE))
        hs_chk_reportf(c, "status.206-without-range", "206 to %.*s without Range",
                       (int)t->method.len, sp(t->method));
}

/*
 * RFC 9110 §14.2: a server MUST ignore Range on a method without range
 * handling; GET is the only one defined. Extension methods are not judged.
 */
static void chk_206_non_get(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206 || !t->req.seen || !FQ(HS_FID_RANGE))
        return;
    static const char *const known[] = {"HEAD",    "POST",  "PUT",  "DELETE",
                                        "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (hs_chk_method_is(t, known[i], strlen(known[i]))) {
            hs_chk_reportf(c, "status.206-to-non-get", "206 to %s with Range", known[i]);
            return;
        }
}

/* RFC 9110 §15.3.7.1: a single-part 206 MUST carry Content-Range. */
static void chk_206_without_cr(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206 || !fields_whole(&t->resp) || FR(HS_FID_CONTENT_RANGE))
        return;
    bool boundary;
    if (!multipart(x, &boundary))
        hs_chk_report(c, "status.206-without-content-range",
                      (const uint8_t *)LIT("single-part 206 without Content-Range"));
}

/* RFC 9110 §15.3.7.2: no top-level Content-Range in a multipart 206. */
static void chk_206_multipart_cr(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206)
        return;
    const struct hs_txn_field *f = FR(HS_FID_CONTENT_RANGE);
    bool boundary;
    if (f && multipart(x, &boundary))
        hs_chk_report_field(c, "status.206-multipart-with-content-range", f);
}

/* RFC 9110 §15.3.7.2, §14.6: multipart/byteranges requires its boundary parameter. */
static void chk_206_multipart_boundary(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206)
        return;
    bool boundary;
    if (multipart(x, &boundary) && !boundary)
        hs_chk_report_field(c, "status.206-multipart-without-boundary",
                            FR(HS_FID_CONTENT_TYPE));
}

/* RFC 9110 §15.3.7.2: MUST NOT send multipart for a single requested range. */
static void chk_206_multipart_single(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206 || !t->req.seen)
        return;
    const struct hs_txn_field *f = FQ(HS_FID_RANGE);
    bool boundary;
    if (!f || !multipart(x, &boundary))
        return;
    const struct hs_range *r = req_range(x);
    if (r && r->total == 1)
        hs_chk_report_field(c, "status.206-multipart-for-single-range", f);
}

/* RFC 9110 §13.1.5, §13.2.2 step 5: If-Range false means the Range MUST be ignored. */
static void chk_206_if_range(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206 || !t->req.seen)
        return;
    const struct hs_txn_field *ir = FQ(HS_FID_IF_RANGE);
    if (!ir || !FQ(HS_FID_RANGE))
        return;
    struct hs_span v = hs_span_trim(ir->value);
    bool is_tag = (v.len && v.p[0] == '"') || (v.len >= 2 && v.p[0] == 'W' && v.p[1] == '/');
    if (is_tag) {
        struct hs_etag want, have;
        if (!hs_etag_parse_value(v, &want))
            return; /* bad syntax: the cache area reports it */
        const struct hs_txn_field *et = FR(HS_FID_ETAG);
        bool matches;
        if (want.weak)
            matches = false; /* strong comparison: a weak tag never matches */
        else if (et && hs_etag_parse_value(hs_span_trim(et->value), &have))
            matches = hs_etag_strong_eq(&want, &have);
        else
            return; /* the selected representation's tag is not known */
        if (!matches) {
            if (et)
                hs_chk_reportf(c, "status.206-if-range-mismatch", "If-Range: %.*s, ETag: %.*s",
                               (int)ir->value.len, sp(ir->value), (int)et->value.len,
                               sp(et->value));
            else
                hs_chk_report_field(c, "status.206-if-range-mismatch", ir);
        }
        return;
    }
    struct hs_date want, have;
    const struct hs_txn_field *lm = FR(HS_FID_LAST_MODIFIED);
    if (!lm || !hs_date_parse(v, &want) || !hs_date_parse(hs_span_trim(lm->value), &have))
        return;
    if (want.epoch != have.epoch)
        hs_chk_reportf(c, "status.206-if-range-mismatch", "If-Range: %.*s, Last-Modified: %.*s",
                       (int)ir->value.len, sp(ir->value), (int)lm->value.len,
                       sp(lm->value));
}

/* RFC 9110 §14.2, §14.1.1: Range syntax. */
static void chk_range_syntax(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->req.seen)
        return;
    const struct hs_txn_field *f = FQ(HS_FID_RANGE);
    if (f && !req_range(x))
        hs_chk_report_field(c, "status.range-bad-syntax", f);
}

/* RFC 9110 §14.4: Content-Range syntax on the statuses that give it a meaning. */
static void chk_content_range_syntax(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206 && t->status != 416)
        return;
    const struct hs_txn_field *f = FR(HS_FID_CONTENT_RANGE);
    if (f && !resp_cr(x))
        hs_chk_report_field(c, "status.content-range-bad-syntax", f);
}

/* RFC 9110 §15.5.17, §14.4: a 416 to a byte-range request SHOULD send "bytes * /length". */
static void chk_416_content_range(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 416 || !t->req.seen || !fields_whole(&t->resp))
        return;
    const struct hs_range *r = req_range(x);
    if (!r || !r->bytes_unit)
        return;
    const struct hs_txn_field *f = FR(HS_FID_CONTENT_RANGE);
    const struct hs_content_range *cr;
    if (!f)
        hs_chk_report(c, "status.416-without-unsatisfied-content-range",
                      (const uint8_t *)LIT("416 without Content-Range"));
    else if ((cr = resp_cr(x)) != NULL && !cr->unsatisfied)
        hs_chk_report_field(c, "status.416-without-unsatisfied-content-range", f);
}

/* RFC 9110 §14.4, §15.3.7.1: "bytes * /length" belongs in a 416, not in a 206. */
static void chk_206_unsatisfied(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 206)
        return;
    const struct hs_txn_field *f = FR(HS_FID_CONTENT_RANGE);
    const struct hs_content_range *cr = f ? resp_cr(x) : NULL;
    if (cr && cr->unsatisfied)
        hs_chk_report_field(c, "status.206-unsatisfied-content-range", f);
}

/*
 * RFC 9110 §14.4: only 206 and 416 give Content-Range a meaning. A 304 is not
 * flagged: it may echo fields of the response it validates.
 */
static void chk_content_range_meaningless(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->resp.seen || t->status == 206 || t->status == 416 || t->status == 304)
        return;
    const struct hs_txn_field *f = FR(HS_FID_CONTENT_RANGE);
    if (f)
        hs_chk_report_field(c, "status.content-range-meaningless", f);
}

/* ---- SC-25, SC-26, SC-27 ------------------------------------------------------------------- */

/*
 * RFC 9110 §15.6.6, §2.5: 505 refuses the request's major version. A server
 * that answers an HTTP/1.0 request in HTTP/1.1 supports HTTP/1.
 */
static void chk_505(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 505 || !t->req.seen)
        return;
    if (t->req.major == 1 && t->resp.major == 1 && t->req.minor != t->resp.minor)
        hs_chk_reportf(c, "status.505-for-minor-version", "HTTP/1.%u request, HTTP/1.%u 505",
                       t->req.minor, t->resp.minor);
}

/* RFC 9110 §10.2.3 (3xx, 503), §15.5.14 (413), RFC 6585 §4 (429). 202 is left alone (polling). */
static void chk_retry_after(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    uint16_t s = t->status;
    if (s < 200 || (s >= 300 && s < 400) || s == 413 || s == 429 || s == 503 || s == 202)
        return;
    const struct hs_txn_field *f = FR(HS_FID_RETRY_AFTER);
    if (f)
        hs_chk_reportf(c, "status.retry-after-meaningless", "%u with Retry-After: %.*s", s,
                       (int)f->value.len, sp(f->value));
}

/* RFC 7838 §6: Alt-Svc in a 421 MUST be ignored by clients. */
static void chk_421_alt_svc(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 421)
        return;
    const struct hs_txn_field *f = FR(HS_FID_ALT_SVC);
    if (f)
        hs_chk_report_field(c, "status.421-with-alt-svc", f);
}

/* RFC 7725 §4: a 451 SHOULD identify the blocking entity with Link rel="blocked-by". */
static void chk_451_blocked_by(const struct sx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status != 451 || !fields_whole(&t->resp))
        return;
    for (uint32_t i = 0;;) {
        const struct hs_txn_field *f = hs_chk_next(&t->resp, x->r, HS_FID_LINK, &i);
        if (!f)
            break;
        if (span_icontains(f->value, LIT("blocked-by")))
            return;
    }
    hs_chk_report(c, "status.451-without-blocked-by",
                  (const uint8_t *)LIT("451 without Link rel=\"blocked-by\""));
}

/* ---- running the area ------------------------------------------------------------------- */

/*
 * Every check of the area, for one transaction. The checks of one status code
 * run from the switch; the others test their fields' presence bits first.
 */
static void status_run(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct rg rg;
    rg.done = 0;
    const struct sx x = {c, t, hs_chk_fields(c, HS_DIR_C2S), hs_chk_fields(c, HS_DIR_S2C), &rg};
    const uint64_t qh = x.q->has, rh = x.r->has;
    const size_t mark = hs_chk_mark(c);
    const uint16_t s = t->status;

    chk_code_out_of_range(&x);
    if (s != 200)
        chk_unregistered(&x);
    if (t->n_interim || s == 101) {
        chk_1xx_http10(&x);
        chk_100_without_expect(&x);
    }
    switch (s) {
    case 101:
        chk_101_before_100(&x);
        chk_missing_field(&x);
        chk_101_not_offered(&x);
        chk_body_framing(&x);
        chk_1xx_content_headers(&x);
        break;
    case 201:
        chk_201_without_location(&x);
        chk_201_safe(&x);
        chk_201_fragment(&x);
        break;
    case 202:
        chk_202_safe(&x);
        chk_202_without_body(&x);
        break;
    case 204: chk_body_framing(&x); break;
    case 205: chk_205_content(&x); break;
    case 206:
        chk_206_without_range(&x);
        chk_206_non_get(&x);
        chk_206_without_cr(&x);
        chk_206_multipart_cr(&x);
        chk_206_multipart_boundary(&x);
        chk_206_multipart_single(&x);
        chk_206_if_range(&x);
        chk_content_range_syntax(&x);
        chk_206_unsatisfied(&x);
        break;
    case 304:
        chk_304_no_precondition(&x);
        chk_304_method(&x);
        break;
    case 305:
    case 306:
    case 402:
    case 418: chk_reserved(&x); break;
    case 401:
    case 407:
    case 417: chk_missing_field(&x); break;
    case 405:
        chk_missing_field(&x);
        chk_405_allow_lists(&x);
        break;
    case 406:
        chk_406_no_negotiation(&x);
        chk_406_language(&x);
        break;
    case 408: chk_408_close(&x); break;
    case 409: chk_409_safe(&x); break;
    case 411: chk_411(&x); break;
    case 412:
        chk_412_no_precondition(&x);
        chk_412_ignored(&x);
        break;
    case 413: chk_413(&x); break;
    case 415: chk_415(&x); break;
    case 416:
        chk_content_range_syntax(&x);
        chk_missing_field(&x);
        chk_416_content_range(&x);
        break;
    case 421: chk_421_alt_svc(&x); break;
    case 426:
        chk_missing_field(&x);
        chk_426_offered(&x);
        break;
    case 428: chk_428_conditional(&x); break;
    case 451: chk_451_blocked_by(&x); break;
    case 505: chk_505(&x); break;
    default: break;
    }
    if (s >= 200 && s <= 299) {
        if (qh & HS_FID_BIT(HS_FID_UPGRADE))
            chk_upgrade_ignored(&x);
        if (rh & HS_FID_BIT(HS_FID_ALLOW))
            chk_2xx_allow_omits(&x);
        if (qh & HS_FID_BIT(HS_FID_CONTENT_RANGE))
            chk_put_content_range(&x);
    }
    if (s >= 400 && s <= 599) {
        chk_error_response(&x);
        chk_error_empty(&x);
        chk_explanation_missing(&x);
    }
    if (qh & HS_FID_BIT(HS_FID_RANGE))
        chk_range_syntax(&x);
    if (rh & HS_FID_BIT(HS_FID_CONTENT_RANGE))
        chk_content_range_meaningless(&x);
    if (rh & HS_FID_BIT(HS_FID_RETRY_AFTER))
        chk_retry_after(&x);
    hs_chk_sort(c, mark);
}

/* ---- the table ------------------------------------------------------------------------------ */

#define ST HS_AREA_STATUS
#define ERR HS_SEV_ERROR
#define WARN HS_SEV_WARNING
#define INFO HS_SEV_INFO

const struct hs_check hs_checks_status[] = {
    /* SC-01 */
    {"status.code-out-of-range", "SC-01", ST, ERR, 'S', "RFC 9110 §15",
     "Status code outside 100..599",
     "Valid status codes are three digits from 100 to 599; clients treat anything else as a "
     "server error. Codes like 0xx or 6xx are usually internal library errors leaking onto the "
     "wire: send a real HTTP status.",
     status_run, NULL},
    {"status.unregistered-code", "SC-01", ST, INFO, 'S', "RFC 9110 §15",
     "Status code not in the IANA registry",
     "Clients that do not know a code treat it as the x00 code of its class (e.g. 599 as 500), "
     "so its specific meaning is lost. Use a registered code, or register the new one.",
     status_run, NULL},
    /* SC-02 */
    {"status.305-use-proxy-deprecated", "SC-02", ST, WARN, 'S', "RFC 9110 §15.4.6",
     "305 Use Proxy is deprecated",
     "305 was deprecated for security reasons (a response must not be able to reconfigure a "
     "client's proxy) and clients do not honour it. Stop sending it.",
     status_run, NULL},
    {"status.306-reserved", "SC-02", ST, WARN, 'S', "RFC 9110 §15.4.7",
     "306 is reserved and unused",
     "306 is no longer defined; clients handle it as a generic 300. Use a defined 3xx code.",
     status_run, NULL},
    {"status.402-reserved", "SC-02", ST, INFO, 'S', "RFC 9110 §15.5.3",
     "402 Payment Required is reserved for future use",
     "402 has no standard semantics, so generic clients treat it as 400. Fine inside an API "
     "that documents it; otherwise prefer 403 or 400 with an explanation.",
     status_run, NULL},
    {"status.418-unused", "SC-02", ST, INFO, 'S', "RFC 9110 §15.5.19",
     "418 is an unassigned joke code",
     "418 (I'm a teapot) comes from an April 1 RFC and is reserved, not defined; clients treat "
     "it as 400. Use a real 4xx code in production.",
     status_run, NULL},
    /* SC-03 .. SC-07 */
    {"status.1xx-to-http10-client", "SC-03", ST, ERR, 'X', "RFC 9110 §15.2",
     "1xx response sent to an HTTP/1.0 client",
     "HTTP/1.0 defined no 1xx codes, so an HTTP/1.0 client may take the interim response as the "
     "final one. A server MUST NOT send 1xx (including 101) to an HTTP/1.0 request.",
     status_run, NULL},
    {"status.100-without-expect", "SC-04", ST, INFO, 'X', "RFC 9110 §15.2.1",
     "100 Continue to a request without Expect: 100-continue",
     "The client did not ask for 100 Continue; it can discard it, but the server is sending an "
     "interim response nobody waits for.",
     status_run, NULL},
    {"status.101-before-100-continue", "SC-05", ST, ERR, 'X', "RFC 9110 §7.8",
     "101 without the 100 Continue that Expect asked for",
     "When a request has both Upgrade and Expect: 100-continue, the server MUST send 100 "
     "before 101, or a client still holding back its content cannot tell when to send it.",
     status_run,
     "An interim response that arrives after the final response cannot be told apart from one "
     "for the next pipelined request, so that half of the row is not judged."},
    {"status.101-without-upgrade", "SC-06", ST, ERR, 'X', "RFC 9110 §15.2.2",
     "101 Switching Protocols without Upgrade",
     "A 101 MUST name the protocol(s) now in effect in an Upgrade field; without it the client "
     "cannot know what the connection speaks.",
     status_run, NULL},
    {"status.101-upgrade-not-offered", "SC-06", ST, ERR, 'X', "RFC 9110 §7.8",
     "101 switches to a protocol the client did not offer",
     "A server MUST NOT switch to a protocol that the request's Upgrade field did not list: the "
     "client is not prepared to speak it.",
     status_run, NULL},
    {"status.426-without-upgrade", "SC-07", ST, ERR, 'X', "RFC 9110 §15.5.22",
     "426 Upgrade Required without Upgrade",
     "A 426 MUST list the acceptable protocols in an Upgrade field, or the client cannot know "
     "what to upgrade to.",
     status_run, NULL},
    {"status.426-upgrade-already-offered", "SC-07", ST, INFO, 'X', "RFC 9110 §15.5.22",
     "426 requires a protocol the client already offered",
     "The request offered to upgrade to this protocol, yet the server refused with 426 instead "
     "of switching with 101. Switch, or require a protocol the client did not offer.",
     status_run, NULL},
    {"status.upgrade-offer-ignored", "SC-07", ST, INFO, 'X', "RFC 9110 §7.8",
     "Upgrade offer answered without switching",
     "The client offered a protocol upgrade and the server answered in HTTP/1.1. This is "
     "allowed, but it means the upgrade (e.g. h2c, websocket) is not in use.",
     status_run, NULL},
    /* SC-08, SC-09 */
    {"status.201-without-location", "SC-08", ST, INFO, 'X', "RFC 9110 §15.3.2",
     "201 Created without Location",
     "Without Location, the created resource is the request's target URI; for a POST to a "
     "collection that is rarely what the server meant. Send Location with the new URI.",
     status_run, NULL},
    {"status.201-to-safe-method", "SC-08", ST, WARN, 'X', "RFC 9110 §9.2.1",
     "201 Created in response to a safe method",
     "GET, HEAD, OPTIONS and TRACE are safe: clients, crawlers and prefetchers send them "
     "freely, so they must not create resources. Create resources with POST or PUT.",
     status_run, NULL},
    {"status.201-location-fragment", "SC-08", ST, WARN, 'X', "RFC 9110 §15.3.2",
     "201 Location with a fragment",
     "The Location of a 201 identifies the primary resource created; a fragment identifies a "
     "part of some other resource. Send the URI without the fragment.",
     status_run, NULL},
    {"status.202-to-safe-method", "SC-09", ST, INFO, 'X', "RFC 9110 §15.3.3",
     "202 Accepted in response to a safe method",
     "202 says an action was queued for later processing; safe methods request no action. "
     "Check that the GET really only reports status.",
     status_run, NULL},
    {"status.202-without-body", "SC-09", ST, INFO, 'X', "RFC 9110 §15.3.3",
     "202 Accepted with empty content",
     "A 202 ought to describe the request's current status and point to a status monitor; "
     "with no content the client cannot follow up.",
     status_run, NULL},
    /* SC-10, SC-11 */
    {"status.content-not-allowed", "SC-10", ST, ERR, 'C', "RFC 9112 §6.3",
     "Content after a response that cannot have any",
     "Responses to HEAD and 1xx, 204 and 304 responses end with their header section; bytes "
     "sent after them are read as the start of the next response, desynchronising the "
     "connection. Do not send content with these responses.",
     NULL, NULL},
    {"status.body-framing-not-allowed", "SC-10", ST, ERR, 'X', "RFC 9110 §8.6",
     "1xx or 204 response declaring a body length",
     "A server MUST NOT send Transfer-Encoding or Content-Length in a 1xx or 204 response; a "
     "recipient that honours the field instead of the status code waits for content that never "
     "comes, or reads the next response as content.",
     status_run,
     "Header fields of interim responses (100, 102, 103) are not kept, so only 101 and 204 are "
     "judged; Content-Length: 0 is left to framing checks."},
    {"status.205-with-content", "SC-10", ST, ERR, 'X', "RFC 9110 §15.3.6",
     "205 Reset Content with content",
     "205 implies no content; a server MUST NOT generate any. Send an empty body "
     "(Content-Length: 0).",
     status_run, NULL},
    {"status.1xx-content-headers", "SC-11", ST, WARN, 'S', "RFC 9110 §15.2",
     "Content metadata on a 1xx response",
     "A 1xx response cannot contain content, so Content-Type and the like describe nothing; "
     "they are usually leaked from a default header set. Remove them.",
     status_run,
     "Header fields of interim responses (100, 102, 103) are not kept, so only 101 is judged."},
    /* SC-12 */
    {"status.error-response", "SC-12", ST, INFO, 'S', "RFC 9110 §15.5",
     "Error response (4xx or 5xx)",
     "The server rejected the request (4xx) or failed to fulfil it (5xx). Not a protocol "
     "violation: listed so error responses can be found and filtered.",
     status_run, NULL},
    /* SC-13, SC-14 */
    {"status.401-without-www-authenticate", "SC-13", ST, ERR, 'S', "RFC 9110 §15.5.2",
     "401 Unauthorized without WWW-Authenticate",
     "A 401 MUST carry a WWW-Authenticate challenge; without it clients cannot authenticate. "
     "Add a challenge, or use 403 if no credentials would help.",
     status_run, NULL},
    {"status.407-without-proxy-authenticate", "SC-14", ST, ERR, 'S', "RFC 9110 §15.5.8",
     "407 Proxy Authentication Required without Proxy-Authenticate",
     "A proxy sending 407 MUST carry a Proxy-Authenticate challenge; without it clients cannot "
     "authenticate to the proxy.",
     status_run, NULL},
    /* SC-15 */
    {"status.405-without-allow", "SC-15", ST, ERR, 'X', "RFC 9110 §15.5.6",
     "405 Method Not Allowed without Allow",
     "The origin server MUST send an Allow field listing the methods the resource supports "
     "(possibly empty) in a 405.",
     status_run, NULL},
    {"status.405-allow-lists-method", "SC-15", ST, WARN, 'X', "RFC 9110 §15.5.6",
     "405 whose Allow lists the refused method",
     "The response says the method is not allowed while its Allow field says it is: one of "
     "them is wrong. Fix the Allow list or the status code.",
     status_run, NULL},
    {"status.2xx-allow-omits-method", "SC-15", ST, WARN, 'X', "RFC 9110 §10.2.1",
     "Successful response whose Allow omits the method used",
     "Allow lists the methods the target resource supports; the method just succeeded, so the "
     "list is incomplete. Clients relying on Allow will not use that method.",
     status_run, NULL},
    /* SC-16, SC-17, SC-18 */
    {"status.406-without-negotiation", "SC-16", ST, WARN, 'X', "RFC 9110 §15.5.7",
     "406 Not Acceptable to a request without Accept* fields",
     "406 means no representation matches the request's negotiation fields, but the request "
     "sent none, which means any representation is acceptable. Send a default representation.",
     status_run, NULL},
    {"status.406-accept-language-only", "SC-16", ST, INFO, 'X', "RFC 9110 §12.4.1",
     "406 Not Acceptable caused by Accept-Language",
     "The only negotiation field was Accept-Language. A representation in another language is "
     "usually more useful than 406; servers may disregard the field and send a default.",
     status_run,
     "Which field made the server refuse is not visible; flagged only when Accept-Language was "
     "the only negotiation field."},
    {"status.409-to-safe-method", "SC-17", ST, INFO, 'X', "RFC 9110 §15.5.10",
     "409 Conflict in response to a safe method",
     "409 reports a conflict with the resource's state, typical of PUT; a safe method changes "
     "no state. A different 4xx probably fits better.",
     status_run, NULL},
    {"status.408-without-connection-close", "SC-18", ST, INFO, 'S', "RFC 9110 §15.5.9",
     "408 Request Timeout on a connection kept open",
     "A 408 means the server stopped waiting for the request, so request delimitation is lost; "
     "it should say Connection: close (RFC 7231 §6.5.7) and close, or the client may reuse a "
     "dead connection.",
     status_run, NULL},
    /* SC-19 */
    {"status.411-with-content-length", "SC-19", ST, WARN, 'X', "RFC 9110 §15.5.12",
     "411 Length Required to a request with Content-Length",
     "411 asks for a Content-Length, but the request had one. Check what the server really "
     "rejects (perhaps an invalid value) and use a code that says so.",
     status_run, NULL},
    {"status.413-without-content", "SC-19", ST, WARN, 'X', "RFC 9110 §15.5.14",
     "413 Content Too Large to a request without content",
     "413 is about request content that is too large, but the request had none. A too-long "
     "URI is 414 and too-large header fields are 431.",
     status_run, NULL},
    {"status.415-without-content", "SC-19", ST, WARN, 'X', "RFC 9110 §15.5.16",
     "415 Unsupported Media Type to a request without content",
     "415 is about the format of request content, but the request had none and declared no "
     "type. An unacceptable response format is 406.",
     status_run, NULL},
    {"status.417-without-expect", "SC-19", ST, WARN, 'X', "RFC 9110 §15.5.18",
     "417 Expectation Failed to a request without Expect",
     "417 says an expectation in the request's Expect field could not be met, but there was "
     "no Expect field.",
     status_run, NULL},
    {"status.put-content-range-accepted", "SC-19", ST, INFO, 'X', "RFC 9110 §14.5",
     "PUT with Content-Range answered with success",
     "Partial PUT works only by private agreement; a server that does not support it SHOULD "
     "answer 400, or it may store the partial content as the whole representation.",
     status_run, NULL},
    /* SC-20 */
    {"status.304-without-precondition", "SC-20", ST, WARN, 'X', "RFC 9110 §15.4.5",
     "304 Not Modified to an unconditional request",
     "304 tells the client to reuse its stored copy, but the request carried no If-None-Match "
     "or If-Modified-Since, so the client may have none and gets no content at all.",
     status_run, NULL},
    {"status.304-to-non-get-head", "SC-20", ST, ERR, 'X', "RFC 9110 §13.2.2",
     "304 Not Modified to a method other than GET or HEAD",
     "A failed precondition on any method other than GET and HEAD MUST be answered with 412; "
     "304 only makes sense for retrieval.",
     status_run, NULL},
    {"status.412-without-precondition", "SC-20", ST, WARN, 'X', "RFC 9110 §15.5.13",
     "412 Precondition Failed to an unconditional request",
     "412 says a precondition in the request evaluated to false, but the request had none. Use "
     "428 to demand one, or another 4xx for other failures.",
     status_run, NULL},
    {"status.412-precondition-must-be-ignored", "SC-20", ST, ERR, 'X', "RFC 9110 §13.2.1",
     "412 to CONNECT, OPTIONS or TRACE",
     "A server MUST ignore conditional request fields on methods that do not select or modify "
     "a representation, so they cannot fail.",
     status_run, NULL},
    {"status.428-to-conditional-request", "SC-20", ST, WARN, 'X', "RFC 6585 §3",
     "428 Precondition Required to a conditional request",
     "428 demands a conditional request, but the request already had If-Match or "
     "If-Unmodified-Since. Evaluate it (412 if it fails), or explain which precondition is "
     "required.",
     status_run, NULL},
    /* SC-21 */
    {"status.206-without-range", "SC-21", ST, WARN, 'X', "RFC 9110 §15.3.7",
     "206 Partial Content to a request without Range",
     "206 fulfils a range request; a client that asked for the whole representation may store "
     "the part as if it were all of it.",
     status_run, NULL},
    {"status.206-to-non-get", "SC-21", ST, ERR, 'X', "RFC 9110 §14.2",
     "206 Partial Content to a method other than GET",
     "Range handling is defined only for GET; a server MUST ignore Range on other methods and "
     "answer as if it were absent.",
     status_run, NULL},
    {"status.206-without-content-range", "SC-21", ST, ERR, 'X', "RFC 9110 §15.3.7.1",
     "Single-part 206 without Content-Range",
     "A single-part 206 MUST say which range it encloses in Content-Range; the client cannot "
     "place the bytes otherwise.",
     status_run, NULL},
    {"status.206-multipart-with-content-range", "SC-21", ST, ERR, 'X', "RFC 9110 §15.3.7.2",
     "Multipart 206 with a top-level Content-Range",
     "A server MUST NOT send Content-Range in the header section of a multipart/byteranges "
     "response (each part carries its own); it makes the response look single-part.",
     status_run, NULL},
    {"status.206-multipart-without-boundary", "SC-21", ST, ERR, 'X', "RFC 9110 §15.3.7.2",
     "multipart/byteranges without a boundary parameter",
     "The boundary parameter is required: without it the parts cannot be separated.",
     status_run,
     "Response bodies are not kept, so the Content-Range of each body part is not checked."},
    {"status.206-multipart-for-single-range", "SC-21", ST, ERR, 'X', "RFC 9110 §15.3.7.2",
     "Multipart 206 to a request for a single range",
     "A server MUST NOT send multipart/byteranges for a single requested range: a client that "
     "asked for one range may not support multipart.",
     status_run, NULL},
    {"status.206-if-range-mismatch", "SC-21", ST, ERR, 'X', "RFC 9110 §13.1.5",
     "206 although the If-Range validator does not match",
     "When If-Range does not match the current ETag (strong comparison) or Last-Modified, the "
     "server MUST ignore Range and send the whole representation; a part of a changed "
     "representation corrupts the client's copy.",
     status_run,
     "The HTTP-date form is only compared with Last-Modified; whether that date is a strong "
     "validator cannot be judged."},
    {"status.range-bad-syntax", "SC-21", ST, ERR, 'R', "RFC 9110 §14.2",
     "Invalid Range field",
     "The Range value does not match the ranges-specifier grammar (or a range ends before it "
     "starts); servers ignore or reject it.",
     status_run, NULL},
    {"status.content-range-bad-syntax", "SC-21", ST, ERR, 'S', "RFC 9110 §14.4",
     "Invalid Content-Range field",
     "The Content-Range value does not match the grammar, or its last position is before its "
     "first or not below the complete length; clients cannot place the content.",
     status_run, NULL},
    /* SC-22 */
    {"status.416-without-range", "SC-22", ST, WARN, 'X', "RFC 9110 §15.5.17",
     "416 Range Not Satisfiable to a request without Range",
     "416 rejects the ranges in the request's Range field, but there was none.",
     status_run, NULL},
    {"status.416-without-unsatisfied-content-range", "SC-22", ST, WARN, 'X',
     "RFC 9110 §15.5.17", "416 without Content-Range: bytes */length",
     "A 416 to a byte-range request SHOULD carry Content-Range with an unsatisfied-range "
     "(bytes */complete-length) so the client learns the current length.",
     status_run, NULL},
    {"status.206-unsatisfied-content-range", "SC-22", ST, ERR, 'X', "RFC 9110 §14.4",
     "206 with an unsatisfied-range Content-Range",
     "\"bytes */length\" belongs in a 416; a 206 MUST say which range it encloses.",
     status_run, NULL},
    /* SC-23 */
    {"status.content-range-meaningless", "SC-23", ST, WARN, 'S', "RFC 9110 §14.4",
     "Content-Range on a status other than 206 or 416",
     "Content-Range has a meaning only in 206 and 416 responses; elsewhere it is ignored or "
     "misleads clients into treating the content as partial.",
     status_run, NULL},
    /* SC-24 */
    {"status.error-empty-body", "SC-24", ST, INFO, 'S', "RFC 9110 §15.5",
     "Error response with empty content",
     "Except for HEAD, a 4xx or 5xx SHOULD carry a representation explaining the error and "
     "whether it is temporary.",
     status_run, NULL},
    {"status.explanation-missing", "SC-24", ST, WARN, 'S',
     "RFC 9110 §15.5.7; RFC 6585; RFC 7725",
     "Status that must explain itself has empty content",
     "406, 409, 428, 429, 451, 505 and 511 SHOULD carry content that tells the user what to do "
     "(choices, the conflict, the precondition, the limit, the legal demand, the versions, the "
     "login page).",
     status_run, NULL},
    /* SC-25, SC-26, SC-27 */
    {"status.505-for-minor-version", "SC-25", ST, WARN, 'X', "RFC 9110 §15.6.6",
     "505 refusing a minor version of HTTP/1",
     "505 refuses the request's major version, yet the server answers in HTTP/1 itself. To "
     "require HTTP/1.1 use 426 with Upgrade, or another 4xx.",
     status_run,
     "A 505 in the same version as the request is allowed (a server without HTTP/1 support "
     "still answers in HTTP/1.x), so only a refused minor version is flagged."},
    {"status.retry-after-meaningless", "SC-26", ST, INFO, 'S', "RFC 9110 §10.2.3",
     "Retry-After on a status where it has no defined meaning",
     "Retry-After is defined for 3xx, 413, 429 and 503 responses; elsewhere clients ignore it.",
     status_run, NULL},
    {"status.421-with-alt-svc", "SC-27", ST, WARN, 'S', "RFC 7838 §6",
     "421 Misdirected Request with Alt-Svc",
     "Clients MUST ignore Alt-Svc in a 421, so the alternative service advertised there is "
     "never used. Advertise it in other responses.",
     status_run, NULL},
    {"status.451-without-blocked-by", "SC-27", ST, WARN, 'S', "RFC 7725 §4",
     "451 without a Link rel=\"blocked-by\"",
     "A 451 SHOULD identify the entity that blocks the resource with a Link field whose rel is "
     "\"blocked-by\".",
     status_run, NULL},
};

const size_t hs_n_checks_status = sizeof hs_checks_status / sizeof hs_checks_status[0];
