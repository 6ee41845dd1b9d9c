/* chk_cache.c: cache checks: Cache-Control, freshness, Age, validators, conditional requests. */
#include "check.h"

#include <stdio.h>
#include <string.h>

#include "hdr.h"

/*
 * CHECKS.md rows CA-01 .. CA-24 with scope R, S, X or C (CA-17, CA-18M, CA-19M
 * and CA-20 need several exchanges and are not here).
 *
 * Times: every date is judged against packet time (hs_chk_now_us), never the
 * wall clock. Tolerances, so that ordinary clock noise and hop delays are not
 * reported:
 *   DATE_SKEW_S    a Date may differ from the packet time by this much;
 *   AGE_SLACK_S    an Age up to this (plus the request-to-response time seen on
 *                  the wire) can come from hop delays or from a cache computing
 *                  apparent age against a slightly wrong origin clock (RFC 9111
 *                  4.2.3), so it does not prove the response was stored;
 *   STALE_SLACK_S  an Age may exceed the freshness lifetime by this much (Age
 *                  is conservative: it includes response delays).
 * Checks that judge the absence of a field run only on header sections that
 * arrived whole (head_ok).
 */
#define DATE_SKEW_S 60
#define AGE_SLACK_S 60
#define STALE_SLACK_S 10
#define VARY_MANY 5               /* more Vary members than this: "complex" */
#define DELTA_MAX 2147483648ull   /* RFC 9111 1.2.2: 2^31 */
#define HEURISTIC_MIN_S 60        /* heuristic lifetimes below this are not worth a note */

#define SPANF(s) (int)(s).len, (const char *)(s).p
#define ABIT(x) ((uint64_t)1 << (x))

/* ---- helpers ------------------------------------------------------------------------------ */

/* The header section arrived whole, so a missing field is really missing. */
static bool head_ok(const struct hs_txn_msg *m)
{
    const uint64_t bad = ABIT(HS_H1_A_GAP_HEADERS) | ABIT(HS_H1_A_HEADERS_TOO_LARGE) |
                         ABIT(HS_H1_A_TOO_MANY_HEADERS) | ABIT(HS_H1_A_LINE_TOO_LONG) |
                         ABIT(HS_H1_A_HTTP09);
    return m->seen && m->header_bytes > 0 && !(m->anomalies & bad);
}

static bool req_ok(const struct hs_txn *t)
{
    return head_ok(&t->req);
}

/* A final response whose header section is usable. */
static bool resp_ok(const struct hs_txn *t)
{
    return t->status >= 200 && head_ok(&t->resp);
}

/*
 * Field and directive lookups take the name's length from the literal (the
 * macros below), compare the length first and never call strlen: they run a
 * few dozen times per transaction.
 */
static bool method_is(const struct hs_txn *t, const char *m, size_t len)
{
    return t->req.seen && hs_span_eq(t->method, m, len);
}
#define METHOD_IS(t, lit) method_is((t), (lit), sizeof(lit) - 1)

/* The nth field called name (lower-case), or NULL. */
static const struct hs_txn_field *fld(const struct hs_txn_msg *m, const char *name, size_t len,
                                      unsigned nth)
{
    if (!(m->name_mask & hs_txn_name_bit((const uint8_t *)name, len)))
        return NULL; /* most looked-up fields are absent */
    for (uint32_t k = 0; k < m->nfields; k++)
        if (m->fields[k].name.len == len && hs_span_ieq(m->fields[k].name, name, len) &&
            nth-- == 0)
            return &m->fields[k];
    return NULL;
}
#define FLD(m, lit) fld((m), (lit), sizeof(lit) - 1, 0)
#define FLD_NTH(m, lit, i) fld((m), (lit), sizeof(lit) - 1, (i))

static unsigned fld_count(const struct hs_txn_msg *m, const char *name, size_t len)
{
    unsigned n = 0;
    if (!(m->name_mask & hs_txn_name_bit((const uint8_t *)name, len)))
        return 0;
    for (uint32_t k = 0; k < m->nfields; k++)
        n += m->fields[k].name.len == len && hs_span_ieq(m->fields[k].name, name, len);
    return n;
}
#define FLD_COUNT(m, lit) fld_count((m), (lit), sizeof(lit) - 1)

/* Does some field called name list tok (case-insensitive) as an element? */
static bool list_has(const struct hs_txn_msg *m, const char *name, size_t len, const char *tok,
                     size_t toklen)
{
    const struct hs_txn_field *f;
    for (unsigned i = 0; (f = fld(m, name, len, i)) != NULL; i++) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el))
            if (hs_span_ieq(el, tok, toklen))
                return true;
    }
    return false;
}
#define LIST_HAS(m, lit, tok) list_has((m), (lit), sizeof(lit) - 1, (tok), sizeof(tok) - 1)

/* GET or HEAD; also true when the request was not seen (nothing says otherwise). */
static bool get_head_or_unknown(const struct hs_txn *t)
{
    return !t->req.seen || METHOD_IS(t, "GET") || METHOD_IS(t, "HEAD");
}

/* RFC 9110 15.1: status codes defined as heuristically cacheable. */
static bool heuristic_status(unsigned s)
{
    switch (s) {
    case 200: case 203: case 204: case 206: case 300: case 301: case 308:
    case 404: case 405: case 410: case 414: case 501:
        return true;
    default:
        return false;
    }
}

static bool name_ieq(struct hs_span a, struct hs_span b)
{
    if (a.len != b.len)
        return false;
    for (size_t i = 0; i < a.len; i++)
        if (hs_lower(a.p[i]) != hs_lower(b.p[i]))
            return false;
    return true;
}

/* 1*DIGIT, saturated at 2^31 (RFC 9111 1.2.2). */
static bool delta_seconds(struct hs_span s, uint64_t *out)
{
    uint64_t v = 0;
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        if (s.p[i] < '0' || s.p[i] > '9')
            return false;
        v = v * 10 + (uint64_t)(s.p[i] - '0');
        if (v > DELTA_MAX)
            v = DELTA_MAX;
    }
    *out = v;
    return true;
}

/* The first field called name, parsed as an HTTP-date. */
static bool field_date(const struct hs_txn_msg *m, const char *name, size_t len, struct hs_date *d,
                       const struct hs_txn_field **fo)
{
    const struct hs_txn_field *f = fld(m, name, len, 0);
    if (fo)
        *fo = f;
    return f && hs_date_parse(f->value, d);
}
#define FIELD_DATE(m, lit, d, fo) field_date((m), (lit), sizeof(lit) - 1, (d), (fo))

/* The response's Age, when its first Age field is valid. */
static bool age_of(const struct hs_txn *t, uint64_t *age, const struct hs_txn_field **fo)
{
    const struct hs_txn_field *f = FLD(&t->resp, "age");
    if (fo)
        *fo = f;
    return f && delta_seconds(f->value, age);
}

/* An Age to judge storage and staleness by: valid and below 2^31 (cache.age-overflow). */
static bool age_judge(const struct hs_txn *t, uint64_t *age)
{
    return age_of(t, age, NULL) && *age < DELTA_MAX;
}

/* Age that proves a stored response: AGE_SLACK_S plus the request-to-response time seen. */
static uint64_t age_slack(const struct hs_txn *t)
{
    uint64_t s = AGE_SLACK_S;
    if (t->req.seen && t->resp.ts_first > t->req.ts_first)
        s += (t->resp.ts_first - t->req.ts_first + 999999) / 1000000;
    return s;
}

static int64_t now_s(const struct hs_chk_ctx *c)
{
    return (int64_t)(hs_chk_now_us(c) / 1000000);
}

static const struct hs_cc *cc_of(struct hs_chk_ctx *c, int dir)
{
    return hs_chk_cc(c, dir);
}

/* The first directive called name (bare: the first one without an argument), or NULL. */
static const struct hs_cc_dir *ccd(struct hs_chk_ctx *c, int dir, const char *name, size_t len,
                                   bool bare)
{
    const struct hs_cc *cc = cc_of(c, dir);
    for (unsigned i = 0; i < cc->n; i++)
        if (cc->d[i].name.len == len && hs_span_ieq(cc->d[i].name, name, len) &&
            !(bare && cc->d[i].has_arg))
            return &cc->d[i];
    return NULL;
}
#define CCD(c, dir, lit) ccd((c), (dir), (lit), sizeof(lit) - 1, false)
/* present without an argument (e.g. unqualified no-cache / private) */
#define CC_BARE(c, dir, lit) (ccd((c), (dir), (lit), sizeof(lit) - 1, true) != NULL)

static bool dpos(const struct hs_cc_dir *d)
{
    return d && d->is_delta && d->delta > 0;
}

static bool dzero(const struct hs_cc_dir *d)
{
    return d && d->is_delta && d->delta == 0;
}

/* The directive as sent: name through the end of its argument (closing quote included). */
static struct hs_span raw_dir(const struct hs_cc_dir *d)
{
    const uint8_t *b = d->name.p, *e = d->name.p + d->name.len;
    if (d->has_arg && d->arg.p) {
        const uint8_t *ae = d->arg.p + d->arg.len + (d->quoted ? 1 : 0);
        if (ae > e)
            e = ae;
    }
    return hs_span_make(b, (size_t)(e - b));
}

static const char *side(int dir)
{
    return dir == HS_DIR_C2S ? "request " : "";
}

static void report_dir(struct hs_chk_ctx *c, const char *id, int dir, const struct hs_cc_dir *d)
{
    struct hs_span r = raw_dir(d);
    hs_chk_reportf(c, id, "%sCache-Control: %.*s", side(dir), SPANF(r));
}

/* Cache-Control of one side when that side's header section is usable and has one. */
static const struct hs_cc *side_cc(struct hs_chk_ctx *c, const struct hs_txn *t, int dir)
{
    const struct hs_txn_msg *m = dir == HS_DIR_C2S ? &t->req : &t->resp;
    if (!head_ok(m) || (dir == HS_DIR_S2C && t->status < 200))
        return NULL;
    const struct hs_cc *cc = cc_of(c, dir);
    return cc->present ? cc : NULL;
}

/*
 * Explicit freshness lifetime (RFC 9111 4.2.1), for a shared cache when shared.
 * False when there is none, or when the deciding directive is invalid (then
 * nothing is judged from it). An invalid Expires means "already expired" (5.3).
 */
static bool lifetime_of(struct hs_chk_ctx *c, const struct hs_txn *t, bool shared, int64_t *life)
{
    const struct hs_cc_dir *d;
    if (shared && (d = CCD(c, HS_DIR_S2C, "s-maxage")) != NULL) {
        *life = (int64_t)d->delta;
        return d->is_delta;
    }
    if ((d = CCD(c, HS_DIR_S2C, "max-age")) != NULL) {
        *life = (int64_t)d->delta;
        return d->is_delta;
    }
    const struct hs_txn_field *f = FLD(&t->resp, "expires");
    if (!f)
        return false;
    struct hs_date e, dt;
    *life = 0;
    if (hs_date_parse(f->value, &e)) {
        int64_t base = FIELD_DATE(&t->resp, "date", &dt, NULL) ? dt.epoch : now_s(c);
        *life = e.epoch > base ? e.epoch - base : 0;
    }
    return true;
}

/* Any explicit expiration (valid or not): max-age, s-maxage or Expires. */
static bool has_explicit(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    return CCD(c, HS_DIR_S2C, "max-age") || CCD(c, HS_DIR_S2C, "s-maxage") ||
           FLD(&t->resp, "expires");
}

/* A positive explicit lifetime for some cache. */
static bool positive_lifetime(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    int64_t life;
    return dpos(CCD(c, HS_DIR_S2C, "s-maxage")) || (lifetime_of(c, t, false, &life) && life > 0);
}

/* ---- known directives (RFC 9111 5.2, RFC 5861, RFC 8246) --------------------------------- */

enum { D_REQ = 1, D_RESP = 2 };

enum darg {
    A_NONE,       /* no argument */
    A_DELTA,      /* delta-seconds, required, token form */
    A_DELTA_OPT,  /* delta-seconds, optional (max-stale) */
    A_FIELDS_OPT  /* response: optional quoted field-name list; request: none */
};

struct dinfo {
    const char *name;
    size_t len;
    unsigned where;
    enum darg arg;
};
#define DI(n, w, a) {n, sizeof(n) - 1, w, a}

static const struct dinfo dirs[] = {
    DI("max-age", D_REQ | D_RESP, A_DELTA),        /* 5.2.1.1, 5.2.2.1 */
    DI("max-stale", D_REQ, A_DELTA_OPT),           /* 5.2.1.2 */
    DI("min-fresh", D_REQ, A_DELTA),               /* 5.2.1.3 */
    DI("no-cache", D_REQ | D_RESP, A_FIELDS_OPT),  /* 5.2.1.4, 5.2.2.4 */
    DI("no-store", D_REQ | D_RESP, A_NONE),        /* 5.2.1.5, 5.2.2.5 */
    DI("no-transform", D_REQ | D_RESP, A_NONE),    /* 5.2.1.6, 5.2.2.6 */
    DI("only-if-cached", D_REQ, A_NONE),           /* 5.2.1.7 */
    DI("must-revalidate", D_RESP, A_NONE),         /* 5.2.2.2 */
    DI("must-understand", D_RESP, A_NONE),         /* 5.2.2.3 */
    DI("private", D_RESP, A_FIELDS_OPT),           /* 5.2.2.7 */
    DI("proxy-revalidate", D_RESP, A_NONE),        /* 5.2.2.8 */
    DI("public", D_RESP, A_NONE),                  /* 5.2.2.9 */
    DI("s-maxage", D_RESP, A_DELTA),               /* 5.2.2.10 */
    DI("immutable", D_RESP, A_NONE),               /* RFC 8246 2 */
    DI("stale-while-revalidate", D_RESP, A_DELTA), /* RFC 5861 3 */
    DI("stale-if-error", D_REQ | D_RESP, A_DELTA), /* RFC 5861 4 */
};

static const struct dinfo *dinfo_of(struct hs_span name)
{
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
        if (name.len == dirs[i].len && hs_span_ieq(name, dirs[i].name, dirs[i].len))
            return &dirs[i];
    return NULL;
}

static bool is_delta_dir(const struct dinfo *k)
{
    return k && (k->arg == A_DELTA || k->arg == A_DELTA_OPT);
}

/* ---- CA-01 Cache-Control directive syntax --------------------------------------------------- */

/* RFC 9111 5.2: cache-directive = token [ "=" ( token / quoted-string ) ] */
static void cc_syntax(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 0; cc && i < cc->n; i++)
            if (cc->d[i].bad_syntax) {
                report_dir(c, "cache.cc-syntax", dir, &cc->d[i]);
                return;
            }
    }
}

/* RFC 9111 5.2.1, 5.2.2; RFC 8246 2: directives defined without an argument. */
static void cc_unexpected_argument(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 0; cc && i < cc->n; i++) {
            const struct hs_cc_dir *d = &cc->d[i];
            const struct dinfo *k = d->has_arg && !d->bad_syntax ? dinfo_of(d->name) : NULL;
            /* private="..." in a request is cache.cc-response-directive-in-request's */
            if (k && (k->arg == A_NONE ||
                      (dir == HS_DIR_C2S && HS_SPAN_IEQ(d->name, "no-cache")))) {
                report_dir(c, "cache.cc-unexpected-argument", dir, d);
                return;
            }
        }
    }
}

/* RFC 9111 1.2.2: delta-seconds = 1*DIGIT; max-age, s-maxage, min-fresh need one. */
static void cc_invalid_delta(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 0; cc && i < cc->n; i++) {
            const struct hs_cc_dir *d = &cc->d[i];
            const struct dinfo *k = d->bad_syntax ? NULL : dinfo_of(d->name);
            if (!is_delta_dir(k))
                continue;
            if ((k->arg == A_DELTA && !d->has_arg) || (d->has_arg && !d->is_delta)) {
                report_dir(c, "cache.cc-invalid-delta-seconds", dir, d);
                return;
            }
        }
    }
}

/* RFC 9111 4.2.1: several values of one directive: the first is used or the response is stale. */
static void cc_duplicate(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 1; cc && i < cc->n; i++) {
            if (!is_delta_dir(dinfo_of(cc->d[i].name)))
                continue;
            for (unsigned j = 0; j < i; j++)
                if (name_ieq(cc->d[j].name, cc->d[i].name)) {
                    struct hs_span a = raw_dir(&cc->d[j]), b = raw_dir(&cc->d[i]);
                    hs_chk_reportf(c, "cache.cc-duplicate-directive", "%sCache-Control: %.*s, %.*s",
                                   side(dir), SPANF(a), SPANF(b));
                    return;
                }
        }
    }
}

/* RFC 9111 5.2: names are case-insensitive, but lower case is what every registry entry uses. */
static void cc_not_lowercase(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 0; cc && i < cc->n; i++) {
            const struct hs_cc_dir *d = &cc->d[i];
            if (!dinfo_of(d->name))
                continue;
            for (size_t k = 0; k < d->name.len; k++)
                if (d->name.p[k] >= 'A' && d->name.p[k] <= 'Z') {
                    report_dir(c, "cache.cc-not-lowercase", dir, d);
                    return;
                }
        }
    }
}

/* RFC 9111 1.2.2: caches clamp delta-seconds at 2^31; 32-bit arithmetic overflows. */
static void cc_delta_overflow(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 0; cc && i < cc->n; i++) {
            const struct hs_cc_dir *d = &cc->d[i];
            if (d->is_delta && d->delta >= DELTA_MAX && is_delta_dir(dinfo_of(d->name))) {
                report_dir(c, "cache.cc-delta-overflow", dir, d);
                return;
            }
        }
    }
}

/* ---- CA-02 argument form --------------------------------------------------------------------- */

/* RFC 9111 5.2.1.1-5.2.1.3, 5.2.2.1, 5.2.2.10: a sender MUST NOT generate the quoted form. */
static void cc_quoted_delta(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct hs_cc *cc = side_cc(c, t, dir);
        for (unsigned i = 0; cc && i < cc->n; i++) {
            const struct hs_cc_dir *d = &cc->d[i];
            if (d->quoted && !d->bad_syntax && is_delta_dir(dinfo_of(d->name))) {
                report_dir(c, "cache.cc-quoted-delta-seconds", dir, d);
                return;
            }
        }
    }
}

/* RFC 9111 5.2.2.4, 5.2.2.7: no-cache / private field lists SHOULD NOT use the token form. */
static void cc_field_list_token(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    const struct hs_cc *cc = side_cc(c, t, HS_DIR_S2C);
    for (unsigned i = 0; cc && i < cc->n; i++) {
        const struct hs_cc_dir *d = &cc->d[i];
        if (d->has_arg && !d->quoted && !d->bad_syntax &&
            (HS_SPAN_IEQ(d->name, "no-cache") || HS_SPAN_IEQ(d->name, "private"))) {
            report_dir(c, "cache.cc-field-list-token-form", HS_DIR_S2C, d);
            return;
        }
    }
}

/* ---- CA-03 directive in the wrong message ---------------------------------------------------- */

static void cc_wrong_message(struct hs_chk_ctx *c, const struct hs_txn *t, int dir, const char *id)
{
    const struct hs_cc *cc = side_cc(c, t, dir);
    unsigned need = dir == HS_DIR_C2S ? D_REQ : D_RESP;
    for (unsigned i = 0; cc && i < cc->n; i++) {
        const struct dinfo *k = dinfo_of(cc->d[i].name);
        if (k && !(k->where & need)) {
            report_dir(c, id, dir, &cc->d[i]);
            return;
        }
    }
}

/* RFC 9111 5.2.1: max-stale, min-fresh, only-if-cached are request directives. */
static void cc_request_dir_in_response(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    cc_wrong_message(c, t, HS_DIR_S2C, "cache.cc-request-directive-in-response");
}

/* RFC 9111 5.2.2: public, private, s-maxage, must-revalidate... are response directives. */
static void cc_response_dir_in_request(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    cc_wrong_message(c, t, HS_DIR_C2S, "cache.cc-response-directive-in-request");
}

/* ---- CA-04 contradicting directives ---------------------------------------------------------- */

/* RFC 9111 5.2.2.7, 5.2.2.9 */
static void cc_public_and_private(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!side_cc(c, t, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *pub = CCD(c, HS_DIR_S2C, "public");
    const struct hs_cc_dir *priv = CCD(c, HS_DIR_S2C, "private");
    if (pub && priv) {
        struct hs_span a = raw_dir(pub), b = raw_dir(priv);
        hs_chk_reportf(c, "cache.cc-public-and-private", "Cache-Control: %.*s with %.*s", SPANF(a),
                       SPANF(b));
    }
}

/* RFC 9111 5.2.2.5: no-store neutralises a positive lifetime or public (not max-age=0). */
static void cc_no_store_with_freshness(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!side_cc(c, t, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *ns = CCD(c, HS_DIR_S2C, "no-store");
    if (!ns)
        return;
    const struct hs_cc_dir *d = CCD(c, HS_DIR_S2C, "max-age");
    if (!dpos(d))
        d = CCD(c, HS_DIR_S2C, "s-maxage");
    if (!dpos(d))
        d = CCD(c, HS_DIR_S2C, "public");
    if (!d || (!dpos(d) && !HS_SPAN_IEQ(d->name, "public")))
        return;
    struct hs_span a = raw_dir(ns), b = raw_dir(d);
    hs_chk_reportf(c, "cache.cc-no-store-with-freshness", "Cache-Control: %.*s with %.*s", SPANF(a),
                   SPANF(b));
}

/* ---- CA-05 ineffective directives ---------------------------------------------------------- */

/*
 * RFC 9111 5.2.2.9: public is unnecessary on a response that is already
 * cacheable. Reported only where that matters: a GET/HEAD answered without
 * Authorization, with a heuristically cacheable status and no explicit lifetime,
 * so public is all the response says and caches pick a heuristic lifetime. The
 * idiom "public, max-age=N" is harmless and not reported.
 */
static void public_unnecessary(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!req_ok(t) || !side_cc(c, t, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *pub = CCD(c, HS_DIR_S2C, "public");
    if (!pub || !(METHOD_IS(t, "GET") || METHOD_IS(t, "HEAD")) ||
        FLD(&t->req, "authorization") || CCD(c, HS_DIR_S2C, "private") ||
        CCD(c, HS_DIR_S2C, "no-store"))
        return;
    if (!has_explicit(c, t) && heuristic_status(t->status))
        report_dir(c, "cache.cc-public-unnecessary", HS_DIR_S2C, pub);
}

/* ---- CA-06 legacy controls ------------------------------------------------------------------- */

/* RFC 9111 5.4: Pragma is deprecated; only no-cache ever had a defined meaning (in requests). */
static void pragma_extension(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    const struct hs_txn_msg *ms[2] = {&t->resp, &t->req};
    for (int k = 0; k < 2; k++) {
        if (!head_ok(ms[k]))
            continue;
        for (unsigned i = 0;; i++) {
            const struct hs_txn_field *f = FLD_NTH(ms[k], "pragma", i);
            if (!f)
                break;
            struct hs_list_iter it;
            struct hs_span el;
            hs_list_init(&it, f->value);
            while (hs_list_next(&it, &el))
                if (!HS_SPAN_IEQ(el, "no-cache")) {
                    hs_chk_reportf(c, "cache.pragma-extension", "%sPragma: %.*s",
                                   k ? "request " : "", SPANF(f->value));
                    return;
                }
        }
    }
}

/*
 * RFC 9111 5.4 note: Pragma: no-cache in a response has no specified meaning and
 * does not replace Cache-Control: no-cache. Reported only when nothing else in
 * the response stops reuse and a cache would otherwise store it.
 */
static void pragma_no_cache_response(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!resp_ok(t) || !get_head_or_unknown(t) || !LIST_HAS(&t->resp, "pragma", "no-cache"))
        return;
    if (CC_BARE(c, HS_DIR_S2C, "no-cache") || CCD(c, HS_DIR_S2C, "no-store") ||
        dzero(CCD(c, HS_DIR_S2C, "max-age")))
        return;
    if (!heuristic_status(t->status) && !has_explicit(c, t))
        return;
    hs_chk_report_field(c, "cache.pragma-no-cache-in-response", FLD(&t->resp, "pragma"));
}

/*
 * Internet Explorer's pre-check/post-check extensions: only meaningful as a pair
 * with post-check < pre-check; "post-check=0, pre-check=0" is ignored by IE.
 */
static void cc_ie_pre_post_check(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!side_cc(c, t, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *pre = CCD(c, HS_DIR_S2C, "pre-check");
    const struct hs_cc_dir *post = CCD(c, HS_DIR_S2C, "post-check");
    if (!pre && !post)
        return;
    if (!pre || !post) {
        report_dir(c, "cache.cc-ie-pre-post-check", HS_DIR_S2C, pre ? pre : post);
        return;
    }
    if (pre->is_delta && post->is_delta && post->delta < pre->delta)
        return;
    struct hs_span a = raw_dir(post), b = raw_dir(pre);
    hs_chk_reportf(c, "cache.cc-ie-pre-post-check", "Cache-Control: %.*s, %.*s", SPANF(a),
                   SPANF(b));
}

/* ---- CA-07 Warning --------------------------------------------------------------------------- */

/* RFC 9111 5.5: Warning is obsolete. */
static void warning_obsolete(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    const struct hs_txn_field *f = head_ok(&t->resp) ? FLD(&t->resp, "warning") : NULL;
    if (!f && head_ok(&t->req))
        f = FLD(&t->req, "warning");
    if (f)
        hs_chk_report_field(c, "cache.warning-obsolete", f);
}

/* ---- CA-08 Date presence, max-age vs Expires ------------------------------------------------- */

/* RFC 9110 6.6.1: an origin with a clock MUST send Date in 2xx, 3xx and 4xx (304: CA-18). */
static void missing_date(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->status < 200 || t->status >= 500 || t->status == 304 || !resp_ok(t))
        return;
    if (FLD(&t->resp, "date"))
        return;
    const char *hint = FLD(&t->resp, "last-modified") ? " (but with Last-Modified)"
                       : FLD(&t->resp, "expires")     ? " (but with Expires)"
                                                      : "";
    hs_chk_reportf(c, "cache.missing-date", "%u response without Date%s", t->status, hint);
}

/*
 * RFC 9111 5.3: with max-age, Expires is ignored by HTTP/1.1 caches but still
 * used by older ones. Reported when one says fresh and the other stale.
 */
static void max_age_expires_mismatch(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!resp_ok(t))
        return;
    const struct hs_cc_dir *ma = CCD(c, HS_DIR_S2C, "max-age");
    const struct hs_txn_field *ef = ma && ma->is_delta ? FLD(&t->resp, "expires") : NULL;
    if (!ef || CCD(c, HS_DIR_S2C, "no-store"))
        return;
    struct hs_date e, dt;
    bool exp_fresh = false;
    if (hs_date_parse(ef->value, &e)) {
        int64_t base = FIELD_DATE(&t->resp, "date", &dt, NULL) ? dt.epoch : now_s(c);
        exp_fresh = e.epoch > base;
    }
    if (exp_fresh != (ma->delta > 0)) {
        struct hs_span a = raw_dir(ma);
        hs_chk_reportf(c, "cache.max-age-expires-mismatch", "Cache-Control: %.*s but Expires: %.*s",
                       SPANF(a), SPANF(ef->value));
    }
}

/* ---- CA-09 clock sanity ---------------------------------------------------------------------- */

/*
 * RFC 9110 6.6.1: Date is the best approximation of the generation time.
 * Ahead: Date later than the response's first packet. Behind: earlier than the
 * request's first packet (a sender may stamp Date any time during origination),
 * and only without Age (a stored response keeps its original Date).
 */
static void date_skew(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_date d;
    const struct hs_txn_field *f;
    if (!resp_ok(t) || !t->resp.ts_first || !FIELD_DATE(&t->resp, "date", &d, &f))
        return;
    int64_t resp_s = (int64_t)(t->resp.ts_first / 1000000);
    if (d.epoch - resp_s > DATE_SKEW_S) {
        hs_chk_reportf(c, "cache.date-skew", "Date: %.*s is %lld s ahead of the packet time",
                       SPANF(f->value), (long long)(d.epoch - resp_s));
        return;
    }
    if (FLD(&t->resp, "age"))
        return;
    int64_t ref = (int64_t)((t->req.seen && t->req.ts_first ? t->req.ts_first : t->resp.ts_first) /
                            1000000);
    if (ref - d.epoch > DATE_SKEW_S)
        hs_chk_reportf(c, "cache.date-skew", "Date: %.*s is %lld s behind the packet time, no Age",
                       SPANF(f->value), (long long)(ref - d.epoch));
}

/* RFC 9110 8.8.2.1: an origin with a clock MUST NOT send a Last-Modified later than Date. */
static void lm_after_date(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_date d, lm;
    const struct hs_txn_field *lf;
    if (!resp_ok(t) || !FIELD_DATE(&t->resp, "last-modified", &lm, &lf) ||
        !FIELD_DATE(&t->resp, "date", &d, NULL) || lm.epoch <= d.epoch)
        return;
    hs_chk_reportf(c, "cache.last-modified-after-date", "Last-Modified: %.*s is %lld s after Date",
                   SPANF(lf->value), (long long)(lm.epoch - d.epoch));
}

/* ---- CA-10 Age ------------------------------------------------------------------------------- */

/* RFC 9111 5.1: Age = delta-seconds */
static void age_syntax(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t a;
    const struct hs_txn_field *f;
    if (resp_ok(t) && !age_of(t, &a, &f) && f)
        hs_chk_report_field(c, "cache.age-syntax", f);
}

/* RFC 9111 1.2.2: an Age of 2^31 s (68 years) or more is clamped, and overflows 32-bit caches. */
static void age_overflow(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t a;
    const struct hs_txn_field *f;
    if (resp_ok(t) && age_of(t, &a, &f) && a >= DELTA_MAX)
        hs_chk_report_field(c, "cache.age-overflow", f);
}

/* ---- CA-11 served from cache against the rules ----------------------------------------------- */

/*
 * RFC 9111 3, 3.5, 4: a cache must not store (so cannot serve with an Age) a
 * response with no-store, with private (Age comes from a shared cache), to an
 * unsafe or unknown method, with a status that is not cacheable without
 * explicit freshness, or to an authorized request without public/s-maxage/
 * must-revalidate.
 */
static void age_on_unstorable(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t age;
    if (!resp_ok(t) || !age_judge(t, &age) || age <= age_slack(t))
        return;
    const char *why = NULL;
    char buf[64];
    if (CCD(c, HS_DIR_S2C, "no-store")) {
        why = "Cache-Control: no-store";
    } else if (CC_BARE(c, HS_DIR_S2C, "private")) {
        why = "Cache-Control: private";
    } else if (t->req.seen && !METHOD_IS(t, "GET") && !METHOD_IS(t, "HEAD")) {
        snprintf(buf, sizeof buf, "a response to %.*s",
                 (int)(t->method.len > 32 ? 32 : t->method.len), (const char *)t->method.p);
        why = buf;
    } else if (!heuristic_status(t->status) && t->status != 304 && t->status != 412 &&
               t->status != 416 && /* a cache may generate these from a stored 200 */
               !has_explicit(c, t) && !CCD(c, HS_DIR_S2C, "public")) {
        snprintf(buf, sizeof buf, "a %u without explicit freshness or public", t->status);
        why = buf;
    } else if (req_ok(t) && FLD(&t->req, "authorization") &&
               !CCD(c, HS_DIR_S2C, "public") && !CCD(c, HS_DIR_S2C, "s-maxage") &&
               !CCD(c, HS_DIR_S2C, "must-revalidate")) {
        why = "a response to a request with Authorization";
    }
    if (why)
        hs_chk_reportf(c, "cache.age-on-unstorable-response", "Age: %llu on %s",
                       (unsigned long long)age, why);
}

/* RFC 9111 4, 5.2.2.4: a response with no-cache must not be reused without validation. */
static void age_despite_no_cache(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t age;
    if (resp_ok(t) && CC_BARE(c, HS_DIR_S2C, "no-cache") && age_judge(t, &age) &&
        age > age_slack(t))
        hs_chk_reportf(c, "cache.age-despite-no-cache", "Age: %llu with Cache-Control: no-cache",
                       (unsigned long long)age);
}

/* RFC 9111 5.2.1.4, 5.4: the client asked for validation (no-cache, or Pragma: no-cache alone). */
static void age_despite_request_no_cache(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t age;
    if (!req_ok(t) || !resp_ok(t))
        return;
    const char *how = NULL;
    if (CC_BARE(c, HS_DIR_C2S, "no-cache"))
        how = "request Cache-Control: no-cache";
    else if (!cc_of(c, HS_DIR_C2S)->present && LIST_HAS(&t->req, "pragma", "no-cache"))
        how = "request Pragma: no-cache";
    if (how && age_judge(t, &age) && age > age_slack(t))
        hs_chk_reportf(c, "cache.age-despite-request-no-cache", "Age: %llu for %s",
                       (unsigned long long)age, how);
}

/* RFC 9110 15.5.20, B.3: 421 is specific to the connection, no longer heuristically cacheable. */
static void cacheable_421(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->status != 421 || !resp_ok(t))
        return;
    if (positive_lifetime(c, t) || CCD(c, HS_DIR_S2C, "public")) {
        const struct hs_txn_field *f = FLD(&t->resp, "cache-control");
        hs_chk_report_field(c, "cache.421-cacheable", f ? f : FLD(&t->resp, "expires"));
    }
}

/* ---- CA-12 stale responses ------------------------------------------------------------------- */

static bool revalidate_dir(struct hs_chk_ctx *c, const struct hs_cc_dir **which)
{
    return (*which = CCD(c, HS_DIR_S2C, "must-revalidate")) != NULL ||
           (*which = CCD(c, HS_DIR_S2C, "proxy-revalidate")) != NULL ||
           (*which = CCD(c, HS_DIR_S2C, "s-maxage")) != NULL;
}

/*
 * RFC 9111 5.2.2.2, 5.2.2.8, 5.2.2.10, 4.2.4: once stale, such a response MUST
 * NOT be served without validation, whatever max-stale or stale-* say.
 */
static void stale_despite_must_revalidate(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t age;
    int64_t life;
    const struct hs_cc_dir *rd;
    if (!resp_ok(t) || !revalidate_dir(c, &rd) || !lifetime_of(c, t, true, &life) ||
        !age_judge(t, &age) || (int64_t)age <= life + STALE_SLACK_S)
        return;
    struct hs_span r = raw_dir(rd);
    hs_chk_reportf(c, "cache.stale-despite-must-revalidate",
                   "Age: %llu exceeds the freshness lifetime of %lld s, with %.*s",
                   (unsigned long long)age, (long long)life, SPANF(r));
}

static uint64_t delta_or0(const struct hs_cc_dir *d)
{
    return d && d->is_delta ? d->delta : 0;
}

/*
 * RFC 9111 4.2.4: a stale response may be served only when disconnected or when
 * allowed (max-stale, stale-while-revalidate, stale-if-error). Responses that
 * forbid it are the check above.
 */
static void stale_response(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t age;
    int64_t life;
    const struct hs_cc_dir *rd;
    if (!resp_ok(t) || revalidate_dir(c, &rd) || CC_BARE(c, HS_DIR_S2C, "no-cache") ||
        !lifetime_of(c, t, true, &life) || !age_judge(t, &age))
        return; /* no-cache: cache.age-despite-no-cache */
    uint64_t allow = (uint64_t)life + STALE_SLACK_S;
    allow += delta_or0(CCD(c, HS_DIR_S2C, "stale-while-revalidate"));
    allow += delta_or0(CCD(c, HS_DIR_S2C, "stale-if-error"));
    if (req_ok(t)) {
        const struct hs_cc_dir *ms = CCD(c, HS_DIR_C2S, "max-stale");
        if (ms && !ms->has_arg)
            return; /* any staleness accepted */
        allow += delta_or0(ms);
        allow += delta_or0(CCD(c, HS_DIR_C2S, "stale-if-error"));
    }
    if (age > allow)
        hs_chk_reportf(c, "cache.stale-response",
                       "Age: %llu exceeds the freshness lifetime of %lld s",
                       (unsigned long long)age, (long long)life);
}

/* RFC 9111 5.2.1.1: the client wanted a response no older than max-age. */
static void age_exceeds_request_max_age(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    uint64_t age;
    if (!req_ok(t) || !resp_ok(t))
        return;
    const struct hs_cc_dir *ma = CCD(c, HS_DIR_C2S, "max-age");
    if (!ma || !ma->is_delta || CCD(c, HS_DIR_C2S, "max-stale") || !age_judge(t, &age))
        return;
    if (age > ma->delta + age_slack(t)) {
        struct hs_span r = raw_dir(ma);
        hs_chk_reportf(c, "cache.age-exceeds-request-max-age",
                       "Age: %llu for request Cache-Control: %.*s", (unsigned long long)age,
                       SPANF(r));
    }
}

/* ---- CA-13 heuristic freshness --------------------------------------------------------------- */

/*
 * RFC 9111 4.2.2: without explicit expiration, caches may assign a heuristic
 * lifetime, typically 10% of the time since Last-Modified. Reported (info) when
 * that comes to HEURISTIC_MIN_S or more.
 */
static void heuristic_freshness(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_date lm, d;
    const struct hs_txn_field *lf;
    if (!heuristic_status(t->status) || !resp_ok(t) || !get_head_or_unknown(t) ||
        has_explicit(c, t) || CCD(c, HS_DIR_S2C, "no-store") ||
        CC_BARE(c, HS_DIR_S2C, "no-cache") ||
        !FIELD_DATE(&t->resp, "last-modified", &lm, &lf))
        return;
    int64_t base = FIELD_DATE(&t->resp, "date", &d, NULL) ? d.epoch : now_s(c);
    int64_t h = (base - lm.epoch) / 10;
    if (h < HEURISTIC_MIN_S)
        return;
    long long n = h >= 2 * 86400 ? h / 86400 : h >= 7200 ? h / 3600 : h / 60;
    const char *unit = h >= 2 * 86400 ? "days" : h >= 7200 ? "hours" : "minutes";
    hs_chk_reportf(c, "cache.heuristic-freshness",
                   "no max-age or Expires; 10%% of the time since Last-Modified: %.*s is %lld %s",
                   SPANF(lf->value), n, unit);
}

/* ---- CA-14 revalidation without validator ---------------------------------------------------- */

/* RFC 9111 5.2.2.4, 4.3.1: revalidating without ETag or Last-Modified is a full transfer. */
static void revalidation_without_validator(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if ((t->status != 200 && t->status != 203) || !resp_ok(t) || !get_head_or_unknown(t) ||
        !side_cc(c, t, HS_DIR_S2C) || CCD(c, HS_DIR_S2C, "no-store"))
        return;
    const struct hs_cc_dir *sm = CCD(c, HS_DIR_S2C, "s-maxage");
    if (!CC_BARE(c, HS_DIR_S2C, "no-cache") &&
        !(dzero(CCD(c, HS_DIR_S2C, "max-age")) && !dpos(sm)))
        return;
    if (FLD(&t->resp, "etag") || FLD(&t->resp, "last-modified"))
        return;
    hs_chk_report_field(c, "cache.revalidation-without-validator",
                        FLD(&t->resp, "cache-control"));
}

/* ---- CA-15 storability ----------------------------------------------------------------------- */

/*
 * RFC 9111 3, 3.5; RFC 9110 9.3.3, 9.3.7: a positive lifetime that no cache can
 * use: on a response to a method other than GET/HEAD (POST only with
 * Content-Location), or (shared caches) to an authorized request without
 * public, s-maxage or must-revalidate.
 */
static void not_storable(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    /* a 304 is not stored itself: it updates the stored 200 (RFC 9111 4.3.4) */
    if (t->status == 304 || !req_ok(t) || !resp_ok(t) || CCD(c, HS_DIR_S2C, "no-store") ||
        CCD(c, HS_DIR_S2C, "private") || !positive_lifetime(c, t))
        return;
    /* the field that sets the lifetime: Cache-Control unless only Expires does */
    const struct hs_txn_field *f = FLD(&t->resp, "cache-control");
    if (!dpos(CCD(c, HS_DIR_S2C, "max-age")) && !dpos(CCD(c, HS_DIR_S2C, "s-maxage")))
        f = FLD(&t->resp, "expires");
    if (!f)
        return;
    if (!METHOD_IS(t, "GET") && !METHOD_IS(t, "HEAD")) {
        if (METHOD_IS(t, "POST") && FLD(&t->resp, "content-location"))
            return;
        hs_chk_reportf(c, "cache.not-storable", "%.*s: %.*s on a response to %.*s", SPANF(f->name),
                       SPANF(f->value), (int)(t->method.len > 32 ? 32 : t->method.len),
                       (const char *)t->method.p);
        return;
    }
    if (FLD(&t->req, "authorization") && !CCD(c, HS_DIR_S2C, "public") &&
        !CCD(c, HS_DIR_S2C, "s-maxage") && !CCD(c, HS_DIR_S2C, "must-revalidate"))
        hs_chk_reportf(c, "cache.not-storable",
                       "%.*s: %.*s answering a request with Authorization (not for shared caches)",
                       SPANF(f->name), SPANF(f->value));
}

/* ---- CA-16 Vary hygiene ---------------------------------------------------------------------- */

#define VARY_KEEP 32

struct vary {
    struct hs_span m[VARY_KEEP];
    unsigned n, total;
    const struct hs_txn_field *first;
};

static bool vary_get(const struct hs_txn *t, struct vary *v)
{
    v->n = v->total = 0;
    v->first = NULL;
    if (!resp_ok(t))
        return false;
    for (unsigned i = 0;; i++) {
        const struct hs_txn_field *f = FLD_NTH(&t->resp, "vary", i);
        if (!f)
            break;
        if (!v->first)
            v->first = f;
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el)) {
            v->total++;
            if (v->n < VARY_KEEP)
                v->m[v->n++] = el;
        }
    }
    return v->total > 0;
}

static bool vary_has(const struct vary *v, const char *name, size_t len)
{
    for (unsigned i = 0; i < v->n; i++)
        if (hs_span_ieq(v->m[i], name, len))
            return true;
    return false;
}
#define VARY_HAS(v, lit) vary_has((v), (lit), sizeof(lit) - 1)

/* RFC 9110 12.5.5; RFC 9111 4.1: "*" never matches, so every reuse needs the origin. */
static void vary_star(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct vary v;
    if (vary_get(t, &v) && VARY_HAS(&v, "*"))
        hs_chk_report_field(c, "cache.vary-star", v.first);
}

/* RFC 9110 12.5.5: Host is part of the target URI already (the cache key). */
static void vary_host(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct vary v;
    if (vary_get(t, &v) && VARY_HAS(&v, "host"))
        hs_chk_report_field(c, "cache.vary-host", v.first);
}

/* RFC 9111 4.1: User-Agent has thousands of values: caches keep one copy per browser build. */
static void vary_user_agent(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct vary v;
    if (vary_get(t, &v) && VARY_HAS(&v, "user-agent"))
        hs_chk_report_field(c, "cache.vary-user-agent", v.first);
}

static void vary_duplicate(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct vary v;
    if (!vary_get(t, &v))
        return;
    for (unsigned i = 1; i < v.n; i++)
        for (unsigned j = 0; j < i; j++)
            if (name_ieq(v.m[i], v.m[j])) {
                hs_chk_reportf(c, "cache.vary-duplicate", "Vary: ... %.*s ... %.*s", SPANF(v.m[j]),
                               SPANF(v.m[i]));
                return;
            }
}

static void vary_complex(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct vary v;
    if (vary_get(t, &v) && v.total > VARY_MANY)
        hs_chk_report_field(c, "cache.vary-complex", v.first);
}

/* RFC 7240 2: a response shaped by Prefer varies on it. */
static void preference_applied_without_vary(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!resp_ok(t) || !get_head_or_unknown(t))
        return;
    const struct hs_txn_field *pa = FLD(&t->resp, "preference-applied");
    if (!pa || CCD(c, HS_DIR_S2C, "no-store") || CC_BARE(c, HS_DIR_S2C, "private"))
        return;
    struct vary v;
    vary_get(t, &v);
    if (!VARY_HAS(&v, "prefer") && !VARY_HAS(&v, "*"))
        hs_chk_report_field(c, "cache.preference-applied-without-vary", pa);
}

/* ---- CA-18 304 contents ---------------------------------------------------------------------- */

/* RFC 9110 15.4.5: a 304 MUST carry the Date a 200 would have had. */
static void date_304(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->status == 304 && resp_ok(t) && !FLD(&t->resp, "date"))
        hs_chk_reportf(c, "cache.304-without-date", "304 response without Date");
}

/* RFC 9110 15.4.5: a 304 SHOULD NOT carry other representation metadata (caches copy it). */
static void metadata_304(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->status != 304 || !resp_ok(t))
        return;
    const struct hs_txn_field *f = FLD(&t->resp, "content-type");
    if (!f)
        f = FLD(&t->resp, "content-encoding");
    if (!f)
        f = FLD(&t->resp, "content-language");
    if (f)
        hs_chk_report_field(c, "cache.304-representation-metadata", f);
}

/* ---- CA-19 preconditions --------------------------------------------------------------------- */

/* The response's ETag, when its first ETag field is valid. */
static bool resp_etag(const struct hs_txn *t, struct hs_etag *e, const struct hs_txn_field **fo)
{
    const struct hs_txn_field *f = FLD(&t->resp, "etag");
    if (fo)
        *fo = f;
    return f && hs_etag_parse_value(f->value, e);
}

/*
 * RFC 9110 13.1.2, 13.2.2: If-None-Match false (a listed tag matches the
 * selected representation weakly, or "*" and it exists) on GET/HEAD means 304.
 * A cache answering (Age present) only SHOULD evaluate it (RFC 9111 4.3.2): skipped.
 */
static void inm_ignored(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if ((t->status != 200 && t->status != 203 && t->status != 206) || !req_ok(t) || !resp_ok(t) ||
        !(METHOD_IS(t, "GET") || METHOD_IS(t, "HEAD")) || !FLD(&t->req, "if-none-match") ||
        FLD(&t->resp, "age"))
        return;
    struct hs_etag e;
    const struct hs_txn_field *ef, *inm;
    bool have = resp_etag(t, &e, &ef), star = false, matched = false;
    /* the list may be split over several field lines (RFC 9110 5.3) */
    for (unsigned i = 0; !matched && (inm = FLD_NTH(&t->req, "if-none-match", i)); i++)
        if (!hs_etag_list_match(inm->value, have ? &e : NULL, true, &star, &matched))
            return;
    if (!matched)
        return; /* else inm is the field that matched */
    if (star)
        hs_chk_reportf(c, "cache.if-none-match-ignored", "If-None-Match: * answered %u", t->status);
    else
        hs_chk_reportf(c, "cache.if-none-match-ignored",
                       "If-None-Match: %.*s answered %u with ETag: %.*s", SPANF(inm->value),
                       t->status, SPANF(ef->value));
}

/*
 * RFC 9110 13.1.3: Last-Modified equal to If-Modified-Since (no If-None-Match)
 * SHOULD get a 304. Only the exact match is reported: servers may choose to
 * honour exact timestamps only (13.1.3), so earlier dates are not.
 */
static void ims_ignored(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if ((t->status != 200 && t->status != 206) || !req_ok(t) || !resp_ok(t) ||
        !(METHOD_IS(t, "GET") || METHOD_IS(t, "HEAD")) || FLD(&t->req, "if-none-match") ||
        FLD_COUNT(&t->req, "if-modified-since") != 1)
        return;
    struct hs_date ims, lm;
    const struct hs_txn_field *imf, *lf;
    if (!FIELD_DATE(&t->req, "if-modified-since", &ims, &imf) ||
        !FIELD_DATE(&t->resp, "last-modified", &lm, &lf) || lm.epoch != ims.epoch)
        return;
    hs_chk_reportf(c, "cache.if-modified-since-ignored",
                   "If-Modified-Since: %.*s answered %u with the same Last-Modified",
                   SPANF(imf->value), t->status);
}

static bool method_ignores_preconditions(const struct hs_txn *t)
{
    return METHOD_IS(t, "CONNECT") || METHOD_IS(t, "OPTIONS") || METHOD_IS(t, "TRACE");
}

/* RFC 9110 13.1.3: If-Modified-Since is ignored unless the method is GET or HEAD. */
static void ims_not_get(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!req_ok(t) || METHOD_IS(t, "GET") || METHOD_IS(t, "HEAD") ||
        method_ignores_preconditions(t))
        return;
    const struct hs_txn_field *f = FLD(&t->req, "if-modified-since");
    if (f)
        hs_chk_reportf(c, "cache.if-modified-since-not-get", "%.*s with If-Modified-Since: %.*s",
                       (int)(t->method.len > 32 ? 32 : t->method.len), (const char *)t->method.p,
                       SPANF(f->value));
}

/* Does an If-Match value list a weak entity-tag? (Walks tags like hs_etag_list_match.) */
static bool list_has_weak(struct hs_span v)
{
    size_t i = 0;
    while (i < v.len) {
        if (v.p[i] == ' ' || v.p[i] == '\t' || v.p[i] == ',') {
            i++;
            continue;
        }
        struct hs_etag e;
        size_t n = hs_etag_parse(hs_span_make(v.p + i, v.len - i), &e);
        if (n == 0)
            return false;
        if (e.weak)
            return true;
        i += n;
    }
    return false;
}

/* RFC 9110 13.1.1: If-Match uses the strong comparison: a weak tag never matches. */
static void weak_etag_in_if_match(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!req_ok(t))
        return;
    for (unsigned i = 0;; i++) {
        const struct hs_txn_field *f = FLD_NTH(&t->req, "if-match", i);
        if (!f)
            return;
        if (list_has_weak(f->value)) {
            hs_chk_report_field(c, "cache.weak-etag-in-if-match", f);
            return;
        }
    }
}

struct name {
    const char *s;
    size_t len;
};
#define NM(lit) {lit, sizeof(lit) - 1}

static const struct name precond_names[] = {NM("if-match"), NM("if-none-match"),
                                            NM("if-modified-since"), NM("if-unmodified-since"),
                                            NM("if-range")};

static const struct hs_txn_field *first_precondition(const struct hs_txn *t, size_t from)
{
    for (size_t i = from; i < sizeof precond_names / sizeof precond_names[0]; i++) {
        const struct hs_txn_field *f = fld(&t->req, precond_names[i].s, precond_names[i].len, 0);
        if (f)
            return f;
    }
    return NULL;
}

/* RFC 9110 13.2.1: "there is no point in sending a conditional HEAD". */
static void conditional_head(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!METHOD_IS(t, "HEAD") || !req_ok(t))
        return;
    const struct hs_txn_field *f = FLD(&t->req, "if-none-match");
    if (!f)
        f = FLD(&t->req, "if-modified-since");
    if (f)
        hs_chk_report_field(c, "cache.conditional-head", f);
}

/* RFC 9110 13.2.1: preconditions are ignored on CONNECT, OPTIONS and TRACE. */
static void precondition_method_ignored(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!method_ignores_preconditions(t) || !req_ok(t))
        return;
    const struct hs_txn_field *f = first_precondition(t, 0);
    if (f)
        hs_chk_reportf(c, "cache.precondition-method-ignored", "%.*s with %.*s: %.*s",
                       (int)t->method.len, (const char *)t->method.p, SPANF(f->name),
                       SPANF(f->value));
}

/*
 * RFC 9110 13.1.1, 13.1.4: an origin that evaluates a false If-Match (strong
 * comparison) or If-Unmodified-Since MUST NOT perform the method; for GET/HEAD a
 * 2xx means it did. Caches may ignore both, so responses with Age are skipped.
 */
static void failed_precondition_ignored(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->status < 200 || t->status > 299 || !req_ok(t) || !resp_ok(t) ||
        !(METHOD_IS(t, "GET") || METHOD_IS(t, "HEAD")))
        return;
    const struct hs_txn_field *im = FLD(&t->req, "if-match");
    if ((!im && !FLD(&t->req, "if-unmodified-since")) || FLD(&t->resp, "age"))
        return;
    if (im) {
        struct hs_etag e;
        const struct hs_txn_field *ef;
        bool star, matched;
        if (FLD_COUNT(&t->req, "if-match") == 1 && resp_etag(t, &e, &ef) &&
            hs_etag_list_match(im->value, &e, false, &star, &matched) && !star && !matched)
            hs_chk_reportf(c, "cache.failed-precondition-ignored",
                           "If-Match: %.*s answered %u with ETag: %.*s", SPANF(im->value),
                           t->status, SPANF(ef->value));
        return;
    }
    struct hs_date ius, lm;
    const struct hs_txn_field *iuf;
    if (FLD_COUNT(&t->req, "if-unmodified-since") == 1 &&
        FIELD_DATE(&t->req, "if-unmodified-since", &ius, &iuf) &&
        FIELD_DATE(&t->resp, "last-modified", &lm, NULL) && lm.epoch > ius.epoch)
        hs_chk_reportf(c, "cache.failed-precondition-ignored",
                       "If-Unmodified-Since: %.*s answered %u with a later Last-Modified",
                       SPANF(iuf->value), t->status);
}

/* ---- CA-21 validator syntax ------------------------------------------------------------------ */

/* RFC 9110 8.8.3: ETag = entity-tag, a quoted opaque string, optionally W/. */
static void etag_syntax(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_etag e;
    const struct hs_txn_field *f;
    if (resp_ok(t) && !resp_etag(t, &e, &f) && f)
        hs_chk_report_field(c, "cache.etag-syntax", f);
}

/* RFC 9110 8.8.3 note: recipients might unescape backslashes (the old quoted-string form). */
static void etag_backslash(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_etag e;
    const struct hs_txn_field *f;
    if (resp_ok(t) && resp_etag(t, &e, &f) && e.opaque.len &&
        memchr(e.opaque.p, '\\', e.opaque.len))
        hs_chk_report_field(c, "cache.etag-backslash", f);
}

/* RFC 9110 13.1.1, 13.1.2, 13.1.5: If-Match / If-None-Match / If-Range grammar. */
static void conditional_syntax(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!req_ok(t))
        return;
    for (size_t k = 0; k < 2; k++) {
        for (unsigned i = 0;; i++) {
            const struct hs_txn_field *f =
                fld(&t->req, precond_names[k].s, precond_names[k].len, i);
            bool star, matched;
            if (!f)
                break;
            if (!hs_etag_list_match(f->value, NULL, false, &star, &matched)) {
                hs_chk_report_field(c, "cache.conditional-syntax", f);
                return;
            }
        }
    }
    /* If-Range in the entity-tag form (RFC 9110 13.1.5: "W/" or a DQUOTE first; no
     * HTTP-date starts so); the HTTP-date form is judged with the other dates (FR-20). */
    const struct hs_txn_field *ir = FLD(&t->req, "if-range");
    if (ir) {
        struct hs_etag e;
        struct hs_span v = ir->value;
        bool tag = v.len > 0 && (v.p[0] == '"' || (v.len > 1 && v.p[0] == 'W' && v.p[1] == '/'));
        if (tag && !hs_etag_parse_value(v, &e))
            hs_chk_report_field(c, "cache.conditional-syntax", ir);
    }
}

/* RFC 9110 13.1.5: a client MUST NOT send a weak entity-tag in If-Range. */
static void weak_etag_in_if_range(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_etag e;
    const struct hs_txn_field *f = req_ok(t) ? FLD(&t->req, "if-range") : NULL;
    if (f && hs_etag_parse_value(f->value, &e) && e.weak)
        hs_chk_report_field(c, "cache.weak-etag-in-if-range", f);
}

/* RFC 9110 13.1.5: a client MUST NOT send If-Range without Range. */
static void if_range_without_range(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    const struct hs_txn_field *f = req_ok(t) ? FLD(&t->req, "if-range") : NULL;
    if (f && !FLD(&t->req, "range"))
        hs_chk_report_field(c, "cache.if-range-without-range", f);
}

/* ---- CA-22 immutable ------------------------------------------------------------------------- */

/* RFC 8246 2: immutable only applies during the freshness lifetime. */
static void immutable_without_freshness(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!side_cc(c, t, HS_DIR_S2C) || !CCD(c, HS_DIR_S2C, "immutable") || positive_lifetime(c, t))
        return;
    hs_chk_report_field(c, "cache.immutable-without-freshness",
                        FLD(&t->resp, "cache-control"));
}

/* A close-delimited body cannot be told from a truncated one; immutable pins it. */
static void immutable_close_delimited(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->resp.framing != HS_H1_BODY_CLOSE || !side_cc(c, t, HS_DIR_S2C) ||
        !CCD(c, HS_DIR_S2C, "immutable"))
        return;
    hs_chk_report_field(c, "cache.immutable-close-delimited",
                        FLD(&t->resp, "cache-control"));
}

/* ---- CA-23 invalid Expires ------------------------------------------------------------------- */

/*
 * RFC 9111 5.3: an invalid Expires (e.g. "0") means "already expired".
 * Reported only where it decides freshness (no max-age, s-maxage, no-store, no-cache).
 */
static void expires_invalid(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct hs_date d;
    const struct hs_txn_field *f;
    if (!resp_ok(t) || FIELD_DATE(&t->resp, "expires", &d, &f) || !f)
        return;
    if (CCD(c, HS_DIR_S2C, "max-age") || CCD(c, HS_DIR_S2C, "s-maxage") ||
        CCD(c, HS_DIR_S2C, "no-store") || CC_BARE(c, HS_DIR_S2C, "no-cache"))
        return;
    hs_chk_report_field(c, "cache.expires-invalid", f);
}

/* ---- CA-24 transformations ------------------------------------------------------------------- */

static bool warning_214(const struct hs_txn *t)
{
    for (unsigned i = 0;; i++) {
        const struct hs_txn_field *f = FLD_NTH(&t->resp, "warning", i);
        if (!f)
            return false;
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &el))
            if (el.len >= 4 && memcmp(el.p, "214 ", 4) == 0)
                return true;
    }
}

/* RFC 9110 7.7; RFC 9111 5.2.2.6, 5.2.1.6: a proxy MUST NOT transform no-transform content. */
static void transformed_despite_no_transform(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (!resp_ok(t))
        return;
    bool is203 = t->status == 203;
    if (!is203 && !warning_214(t))
        return;
    const char *how = is203 ? "203 response" : "Warning: 214";
    if (CCD(c, HS_DIR_S2C, "no-transform"))
        hs_chk_reportf(c, "cache.transformed-despite-no-transform",
                       "%s with Cache-Control: no-transform", how);
    else if (req_ok(t) && CCD(c, HS_DIR_C2S, "no-transform"))
        hs_chk_reportf(c, "cache.transformed-despite-no-transform",
                       "%s to request Cache-Control: no-transform", how);
}

/* RFC 9110 15.3.4, 7.6.3: 203 comes from a transforming proxy, and proxies send Via. */
static void no_via_203(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    if (t->status == 203 && resp_ok(t) && !FLD(&t->resp, "via"))
        hs_chk_reportf(c, "cache.203-without-via", "203 response without Via");
}

/* ---- registry -------------------------------------------------------------------------------- */

#define CC_BOTH "applies to requests and responses alike; "

const struct hs_check hs_checks_cache[] = {
    /* CA-01 */
    {"cache.cc-syntax", "CA-01", HS_AREA_CACHE, HS_SEV_ERROR, 'S', "RFC 9111 §5.2",
     "Cache-Control directive does not match the grammar",
     "Each directive is token [ \"=\" ( token / quoted-string ) ]; anything else (spaces around "
     "\"=\", an empty argument, a broken quoted string) is parsed differently by each cache. "
     "Write directives as name or name=value, separated by commas.",
     cc_syntax, NULL},
    {"cache.cc-unexpected-argument", "CA-01", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.1, §5.2.2",
     "Cache-Control directive that takes no argument has one",
     "no-store, no-transform, public, must-revalidate, proxy-revalidate, must-understand, "
     "only-if-cached, immutable and the request no-cache are defined without an argument; a "
     "value is either ignored or makes a cache reject the directive. Drop the \"=...\".",
     cc_unexpected_argument, NULL},
    {"cache.cc-invalid-delta-seconds", "CA-01", HS_AREA_CACHE, HS_SEV_ERROR, 'S',
     "RFC 9111 §1.2.2, §5.2",
     "max-age, s-maxage, min-fresh, max-stale or stale-* without a non-negative integer",
     "These directives take delta-seconds (1*DIGIT). A missing, negative or fractional value is "
     "invalid; caches are encouraged to treat the response as stale (RFC 9111 §4.2.1).",
     cc_invalid_delta, NULL},
    {"cache.cc-duplicate-directive", "CA-01", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9111 §4.2.1",
     "A freshness directive appears more than once",
     "With several max-age (or s-maxage, ...) values a cache either uses the first or treats the "
     "response as stale, so the lifetime is unpredictable. Send each directive once, often a "
     "framework and a proxy both adding Cache-Control.",
     cc_duplicate, NULL},
    {"cache.cc-not-lowercase", "CA-01", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.2",
     "Cache-Control directive name not in lower case",
     "Directive names are case-insensitive, but some caches and CDNs compare them literally. "
     "Lower case is the registered spelling.",
     cc_not_lowercase, NULL},
    {"cache.cc-delta-overflow", "CA-01", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §1.2.2",
     "delta-seconds of 2^31 (68 years) or more",
     "Caches clamp such values to 2147483648 and some overflow 32-bit arithmetic. A year "
     "(31536000) is the usual \"forever\".",
     cc_delta_overflow, NULL},
    /* CA-02 */
    {"cache.cc-quoted-delta-seconds", "CA-02", HS_AREA_CACHE, HS_SEV_ERROR, 'S',
     "RFC 9111 §5.2.1.1, §5.2.2.1, §5.2.2.10",
     "delta-seconds argument sent as a quoted string",
     "max-age, s-maxage, max-stale and min-fresh use the token form: max-age=5, not "
     "max-age=\"5\"; a sender MUST NOT generate the quoted form.",
     cc_quoted_delta, NULL},
    {"cache.cc-field-list-token-form", "CA-02", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.2.4, §5.2.2.7",
     "no-cache or private field list not quoted",
     "The field-name list of no-cache and private uses the quoted-string form "
     "(private=\"Set-Cookie\"); the token form SHOULD NOT be generated and some caches then "
     "apply the directive to the whole response.",
     cc_field_list_token, NULL},
    /* CA-03 */
    {"cache.cc-request-directive-in-response", "CA-03", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.1", "Request-only Cache-Control directive in a response",
     "max-stale, min-fresh and only-if-cached are request directives; in a response they mean "
     "nothing, so whatever they were meant to achieve does not happen.",
     cc_request_dir_in_response, NULL},
    {"cache.cc-response-directive-in-request", "CA-03", HS_AREA_CACHE, HS_SEV_WARNING, 'R',
     "RFC 9111 §5.2.2", "Response-only Cache-Control directive in a request",
     "public, private, s-maxage, must-revalidate, proxy-revalidate, must-understand, immutable and "
     "stale-while-revalidate are response directives; caches ignore them in a request.",
     cc_response_dir_in_request, NULL},
    /* CA-04 */
    {"cache.cc-public-and-private", "CA-04", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.2.7, §5.2.2.9", "Response is marked both public and private",
     "The two directives contradict each other and caches resolve it differently; a shared "
     "cache may store a per-user response. Keep only the one you mean.",
     cc_public_and_private, NULL},
    {"cache.cc-no-store-with-freshness", "CA-04", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 9111 §5.2.2.5", "no-store together with a positive max-age, s-maxage or public",
     "no-store wins, so the lifetime or public has no effect; one of them is probably not what "
     "was meant. (no-store with max-age=0 or must-revalidate is a common belt-and-braces "
     "combination and is not reported.)",
     cc_no_store_with_freshness, NULL},
    /* CA-05 */
    {"cache.cc-public-unnecessary", "CA-05", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9111 §5.2.2.9",
     "public without a lifetime on a response that is cacheable anyway",
     "public only matters for responses to requests with Authorization or with a status that "
     "is not heuristically cacheable; here it changes nothing and sets no lifetime, so caches "
     "guess one. Send max-age (or no-cache) instead.",
     public_unnecessary,
     "\"public, max-age=N\" on an ordinary GET is also unnecessary but a harmless, widely "
     "recommended idiom, so it is not reported. Request directives on methods whose responses "
     "are never reused (POST, PUT...) are not reported either: browsers send max-age=0 or "
     "no-cache on them routinely."},
    /* CA-06 */
    {"cache.pragma-extension", "CA-06", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.4",
     "Pragma with something other than no-cache",
     "Pragma is deprecated and only no-cache ever had a defined meaning; other pragmas are "
     "ignored by caches. Use Cache-Control.",
     pragma_extension,
     "Requests with Cache-Control: no-cache but without Pragma: no-cache are not reported: RFC "
     "9111 dropped the advice to send both for HTTP/1.0 caches."},
    {"cache.pragma-no-cache-in-response", "CA-06", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.4", "Pragma: no-cache used to prevent caching of a response",
     "Pragma: no-cache has no specified meaning in responses, and nothing else here stops "
     "caches from storing and reusing this one. Send Cache-Control: no-cache (or no-store).",
     pragma_no_cache_response, NULL},
    {"cache.cc-ie-pre-post-check", "CA-06", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.2.3",
     "Ineffective Internet Explorer pre-check/post-check",
     "These IE-only extensions work only as a pair with post-check below pre-check; "
     "\"post-check=0, pre-check=0\" (as PHP once sent) is ignored. Remove them.",
     cc_ie_pre_post_check, NULL},
    /* CA-07 */
    {"cache.warning-obsolete", "CA-07", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.5",
     "Obsolete Warning header field",
     "RFC 9111 obsoletes Warning: clients no longer surface it. Its information (staleness, "
     "transformation) is conveyed by Age and the status code.",
     warning_obsolete,
     "Only the presence of Warning is reported; warn-code semantics are obsolete."},
    /* CA-08 */
    {"cache.missing-date", "CA-08", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9110 §6.6.1",
     "2xx-4xx response without Date",
     "An origin server with a clock MUST send Date in 2xx, 3xx and 4xx responses; caches use it "
     "to compute age and Expires-based lifetimes. Last-Modified or Expires without Date "
     "suggests the server has a clock after all.",
     missing_date,
     "A passive observer cannot tell whether the origin has a clock (a clockless origin MUST "
     "NOT send Date); 1xx and 5xx responses, where Date is optional, are not checked."},
    {"cache.max-age-expires-mismatch", "CA-08", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 9111 §5.3, §4.2.1", "max-age and Expires disagree on whether the response is fresh",
     "HTTP/1.1 caches ignore Expires when max-age is present, but older caches use Expires; "
     "when one says fresh and the other stale they behave differently. Make them agree or drop "
     "Expires.",
     max_age_expires_mismatch, NULL},
    /* CA-09 */
    {"cache.date-skew", "CA-09", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9110 §6.6.1",
     "Date differs from the capture time by more than 60 s",
     "Date should be the time the response was generated. Ahead of the packet time means the "
     "server clock runs fast; behind (without Age) means a slow clock or a cache that served a "
     "stored response without the Age it must add. Caches then misjudge age and freshness.",
     date_skew,
     "Judged against packet time with 60 s tolerance: if the capturing host's clock is wrong "
     "every response is reported. A Date behind the packet time is not judged when Age is "
     "present, and Date + Age in the future is not judged: Age is deliberately conservative "
     "(RFC 9111 4.2.3) and may include hop delays and origin clock skew."},
    {"cache.last-modified-after-date", "CA-09", HS_AREA_CACHE, HS_SEV_ERROR, 'S',
     "RFC 9110 §8.8.2.1", "Last-Modified later than Date",
     "An origin server with a clock MUST NOT send a Last-Modified in the future of its own Date; "
     "it must send the Date instead. A future modification time breaks If-Modified-Since "
     "validation.",
     lm_after_date, NULL},
    /* CA-10 */
    {"cache.age-syntax", "CA-10", HS_AREA_CACHE, HS_SEV_ERROR, 'S', "RFC 9111 §5.1",
     "Age is not a non-negative integer",
     "Age = delta-seconds; caches ignore an invalid value (negative, fractional, a list) and "
     "then overestimate freshness.",
     age_syntax,
     "That a response with Age came from a cache is shown with the transaction, not reported."},
    {"cache.age-overflow", "CA-10", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §1.2.2",
     "Age of 2^31 seconds or more",
     "An age of 68 years or more is impossible and is clamped to 2147483648 by caches; the cache "
     "that sent it is likely computing age from a zero or corrupt date.",
     age_overflow, NULL},
    /* CA-11 */
    {"cache.age-on-unstorable-response", "CA-11", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9111 §3, §3.5, §4", "Cache served a response it must not store",
     "The Age shows a cache stored this response, yet it has no-store or private, answers an "
     "unsafe method, has a status not cacheable without explicit freshness, or answers a "
     "request with Authorization without public/s-maxage/must-revalidate.",
     age_on_unstorable,
     "Only Age above 60 s plus the observed response time is taken as proof of storage; a cache "
     "configured by the site owner to override headers (a CDN rule) is indistinguishable."},
    {"cache.age-despite-no-cache", "CA-11", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9111 §4, §5.2.2.4", "Cache reused a no-cache response without validating it",
     "A response with no-cache must be validated with the origin before each reuse, which "
     "resets its age; an Age well above the transfer time means it was served from storage.",
     age_despite_no_cache,
     "A cache that computes apparent age against an origin whose clock is behind can send a "
     "large Age after validation; 60 s plus the observed response time is tolerated."},
    {"cache.age-despite-request-no-cache", "CA-11", HS_AREA_CACHE, HS_SEV_INFO, 'X',
     "RFC 9111 §5.2.1.4, §5.4", "Stored response served although the client asked for validation",
     "The request said no-cache (a browser hard reload) but the Age shows the cache answered "
     "from storage without going to the origin; many CDNs ignore request directives by "
     "default.",
     age_despite_request_no_cache, NULL},
    {"cache.421-cacheable", "CA-11", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9110 §15.5.20, §B.3",
     "421 Misdirected Request marked cacheable",
     "A 421 is specific to the connection it was sent on, not to the resource, which is why it "
     "is no longer heuristically cacheable; a lifetime or public lets caches replay it to "
     "clients on correct connections.",
     cacheable_421, NULL},
    /* CA-12 */
    {"cache.stale-despite-must-revalidate", "CA-12", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9111 §5.2.2.2, §5.2.2.8, §5.2.2.10, §4.2.4",
     "Stale response served despite must-revalidate, proxy-revalidate or s-maxage",
     "Once stale, such a response MUST NOT be reused without validation, whatever max-stale or "
     "stale-* say; the Age here exceeds the freshness lifetime (more than 10 s).",
     stale_despite_must_revalidate,
     "A cache that was disconnected from the origin and answered anyway must send 504 instead; "
     "no exemption applies."},
    {"cache.stale-response", "CA-12", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9111 §4.2.4",
     "Response served stale",
     "Age exceeds the explicit freshness lifetime plus any stale-while-revalidate, "
     "stale-if-error and request max-stale allowance. Caches may do so only when disconnected "
     "from the origin.",
     stale_response,
     "Whether the cache was disconnected from the origin, which permits serving stale, cannot be "
     "seen; heuristic lifetimes are not judged."},
    {"cache.age-exceeds-request-max-age", "CA-12", HS_AREA_CACHE, HS_SEV_INFO, 'X',
     "RFC 9111 §5.2.1.1", "Response older than the request's max-age",
     "The client asked for a response no older than max-age (max-age=0 on a browser reload) and "
     "received a stored one that is older.",
     age_exceeds_request_max_age, NULL},
    /* CA-13 */
    {"cache.heuristic-freshness", "CA-13", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §4.2.2",
     "No explicit lifetime: caches will guess one from Last-Modified",
     "Without max-age or Expires, browsers and proxies typically reuse the response for 10% of "
     "the time since Last-Modified without asking the server. Set Cache-Control explicitly "
     "(max-age, or no-cache to always revalidate).",
     heuristic_freshness,
     "Reported only with a Last-Modified giving at least 60 s (what caches actually use); "
     "whether a cache ignores explicit lifetimes in favour of a heuristic cannot be seen."},
    /* CA-14 */
    {"cache.revalidation-without-validator", "CA-14", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 9111 §5.2.2.4, §4.3.1", "Response must be revalidated but has no ETag or Last-Modified",
     "With no-cache or max-age=0 every reuse needs a conditional request, but without a "
     "validator the server can only answer with the full response. Add an ETag or "
     "Last-Modified, or use no-store.",
     revalidation_without_validator, NULL},
    /* CA-15 */
    {"cache.not-storable", "CA-15", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9111 §3, §3.5",
     "Response has a lifetime that caches cannot use",
     "The response sets a positive lifetime, but answers a method whose responses are not "
     "reused (anything but GET/HEAD, POST only with Content-Location) or, for shared caches, a "
     "request with Authorization without public, s-maxage or must-revalidate.",
     not_storable,
     "The full storability and freshness explanation is a summary shown with the transaction "
     "(TUI detail view); only a lifetime that cannot take effect is reported."},
    /* CA-16 */
    {"cache.vary-star", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §12.5.5; RFC 9111 §4.1",
     "Vary: *", "A Vary containing \"*\" never matches a later request, so caches must go "
     "to the origin every time; list the request fields that matter instead.",
     vary_star, "Whether a proxy (which MUST NOT generate \"*\") added it cannot be seen."},
    {"cache.vary-host", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §12.5.5",
     "Vary: Host", "Host is already part of the cache key (the target URI); varying on it "
     "adds nothing and some caches then refuse to store the response.",
     vary_host, NULL},
    {"cache.vary-user-agent", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §4.1",
     "Vary: User-Agent", "User-Agent has thousands of values, so caches keep one copy per "
     "browser build and the hit rate collapses. Vary on a normalised header (client hints) "
     "instead if possible.",
     vary_user_agent, NULL},
    {"cache.vary-duplicate", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §12.5.5",
     "Same field listed twice in Vary", "Duplicates are harmless but usually mean two "
     "layers add Vary independently.",
     vary_duplicate, NULL},
    {"cache.vary-complex", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §4.1",
     "Vary lists more than five fields", "Each selecting field multiplies the variants a "
     "cache must keep and lowers the hit rate.",
     vary_complex, NULL},
    {"cache.preference-applied-without-vary", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 7240 §2", "Preference-Applied without Vary: Prefer",
     "The response was shaped by the request's Prefer field; without Vary: Prefer a cache can "
     "give it to clients with other preferences.",
     preference_applied_without_vary, NULL},
    /* CA-18 */
    {"cache.304-without-date", "CA-18", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9110 §15.4.5",
     "304 Not Modified without Date",
     "A 304 MUST carry the fields a 200 would have, Date included; caches use it to refresh the "
     "stored response's age.",
     date_304, "A clockless origin sends no Date in any response; that cannot be seen."},
    {"cache.304-representation-metadata", "CA-18", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9110 §15.4.5; RFC 9111 §4.3.4",
     "304 Not Modified carries Content-Type, Content-Encoding or Content-Language",
     "Caches copy a 304's fields into the stored response, so representation metadata here can "
     "overwrite the real one (a text/html 304 for an image). A sender SHOULD NOT generate it.",
     metadata_304, NULL},
    /* CA-19 */
    {"cache.if-none-match-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_ERROR, 'X',
     "RFC 9110 §13.1.2, §13.2.2", "Full response although If-None-Match matched",
     "The ETag of the response matches a tag in If-None-Match (weak comparison), so the "
     "condition was false and a GET/HEAD MUST be answered 304: the body was sent for nothing.",
     inm_ignored,
     "Responses with Age (a cache answering, which only SHOULD evaluate conditions) are not "
     "judged."},
    {"cache.if-modified-since-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9110 §13.1.3", "Full response although Last-Modified equals If-Modified-Since",
     "The representation has not changed since the date the client sent, so the server SHOULD "
     "answer 304 Not Modified instead of resending it.",
     ims_ignored,
     "Only an exact match is judged: servers may choose to honour exact timestamps only, so a "
     "200 for an If-Modified-Since later than Last-Modified is not reported."},
    {"cache.if-modified-since-not-get", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'R',
     "RFC 9110 §13.1.3", "If-Modified-Since on a method other than GET or HEAD",
     "Recipients MUST ignore If-Modified-Since on other methods, so the request is not "
     "conditional; If-Unmodified-Since or If-Match protect state-changing requests.",
     ims_not_get, NULL},
    {"cache.weak-etag-in-if-match", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'R', "RFC 9110 §13.1.1",
     "If-Match lists a weak entity-tag",
     "If-Match uses the strong comparison, which a weak tag never passes: the request will "
     "always fail with 412.",
     weak_etag_in_if_match, NULL},
    {"cache.conditional-head", "CA-19", HS_AREA_CACHE, HS_SEV_INFO, 'R', "RFC 9110 §13.2.1",
     "Conditional HEAD request",
     "A 200 to HEAD is about the size of a 304, so making HEAD conditional gains nothing.",
     conditional_head, NULL},
    {"cache.precondition-method-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_INFO, 'R',
     "RFC 9110 §13.2.1", "Precondition on CONNECT, OPTIONS or TRACE",
     "These methods do not select a representation, so servers MUST ignore If-* fields on them.",
     precondition_method_ignored, NULL},
    {"cache.failed-precondition-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9110 §13.1.1, §13.1.4, §13.2.2", "2xx although If-Match or If-Unmodified-Since failed",
     "The response's ETag does not strongly match If-Match (or its Last-Modified is after "
     "If-Unmodified-Since), so the origin MUST NOT have performed the request; a 412 was due.",
     failed_precondition_ignored,
     "Caches may ignore these preconditions, so responses with Age are not judged; a server "
     "without ETags cannot be judged on If-Match."},
    /* CA-21 */
    {"cache.etag-syntax", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'S', "RFC 9110 §8.8.3",
     "ETag is not a valid entity-tag",
     "An entity-tag is a double-quoted opaque string, optionally prefixed by W/ (e.g. "
     "ETag: \"abc\"). Unquoted or malformed tags are compared inconsistently or dropped by "
     "caches.",
     etag_syntax, NULL},
    {"cache.etag-backslash", "CA-21", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §8.8.3",
     "ETag contains a backslash",
     "Entity-tags were once quoted-strings, so some recipients unescape backslashes and then no "
     "longer match the tag; servers ought to avoid them.",
     etag_backslash, NULL},
    {"cache.conditional-syntax", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'R',
     "RFC 9110 §13.1.1, §13.1.2, §13.1.5", "If-Match, If-None-Match or If-Range is malformed",
     "If-Match and If-None-Match are \"*\" or a list of quoted entity-tags (\"*\" alone); "
     "If-Range is one entity-tag or one HTTP-date. Servers ignore or misread anything else.",
     conditional_syntax,
     "An If-Range that is not in the entity-tag form is judged as an HTTP-date by "
     "framing.request-bad-date (FR-20)."},
    {"cache.weak-etag-in-if-range", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'R', "RFC 9110 §13.1.5",
     "If-Range with a weak entity-tag",
     "A client MUST NOT send a weak tag in If-Range: the strong comparison never matches it, so "
     "the whole representation is always resent.",
     weak_etag_in_if_range, NULL},
    {"cache.if-range-without-range", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'R', "RFC 9110 §13.1.5",
     "If-Range without Range",
     "A client MUST NOT send If-Range without Range, and servers MUST ignore it.",
     if_range_without_range, NULL},
    /* CA-22 */
    {"cache.immutable-without-freshness", "CA-22", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 8246 §2", "immutable without a positive explicit lifetime",
     "immutable only suppresses revalidation while the response is fresh; without max-age (or "
     "Expires) it has no effect. Send e.g. max-age=31536000, immutable.",
     immutable_without_freshness,
     "immutable over cleartext is not reported: clients ignore it outside https, but captures "
     "are often taken behind a TLS terminator where the client saw https."},
    {"cache.immutable-close-delimited", "CA-22", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 8246 §2",
     "immutable on a response whose length is not known",
     "The body ends when the connection closes, so a truncated copy looks complete; marked "
     "immutable, it would be reused without revalidation for its whole lifetime. Send "
     "Content-Length or chunked.",
     immutable_close_delimited, NULL},
    /* CA-23 */
    {"cache.expires-invalid", "CA-23", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.3",
     "Expires is not a valid HTTP-date",
     "Recipients treat an invalid Expires (\"0\", \"-1\") as already expired, which is "
     "probably the intent; Cache-Control: no-cache or max-age=0 says it validly.",
     expires_invalid,
     "Only reported where Expires decides freshness (no max-age, s-maxage, no-store or no-cache); "
     "whether an origin without Date has a clock cannot be seen (see cache.missing-date)."},
    /* CA-24 */
    {"cache.transformed-despite-no-transform", "CA-24", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9110 §7.7; RFC 9111 §5.2.2.6, §5.2.1.6", "Content transformed despite no-transform",
     "A 203 (or Warning 214) says a proxy transformed the content, but the response or request "
     "carries no-transform, which a proxy MUST honour (response) or is asked to (request).",
     transformed_despite_no_transform,
     "Transformations that are not announced (no 203, no Warning 214) cannot be detected from "
     "one exchange."},
    {"cache.203-without-via", "CA-24", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §15.3.4, §7.6.3",
     "203 Non-Authoritative Information without Via",
     "203 means a transforming proxy changed a 200, and a proxy must add Via; without it the "
     "203 probably comes straight from the origin, which should send 200.",
     no_via_203, NULL},
};
const size_t hs_n_checks_cache = sizeof hs_checks_cache / sizeof hs_checks_cache[0];
