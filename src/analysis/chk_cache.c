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
 *
 * Cost: one function, cache_run(), serves the whole area. It parses each
 * side's Cache-Control once into a struct that answers "first directive of
 * this kind" in O(1) and records, in the same pass, which per-directive checks
 * (CA-01 .. CA-03) have a hit; a lone Cache-Control value seen before comes
 * from the engine's memo instead (cc_parse_memo). Fields come from the
 * engine's field index (each name classified once per message), and dates are
 * parsed at most once per transaction (and through the memo). Each check then
 * starts with presence bits, the status code or the method. Findings come out
 * in registry order (hs_chk_sort).
 */
#define DATE_SKEW_S 60
#define AGE_SLACK_S 60
#define STALE_SLACK_S 10
#define VARY_MANY 5               /* more Vary members than this: "complex" */
#define DELTA_MAX 2147483648ull   /* RFC 9111 1.2.2: 2^31 */
#define HEURISTIC_MIN_S 60        /* heuristic lifetimes below this are not worth a note */

#define SPANF(s) (int)(s).len, (const char *)(s).p
#define ABIT(x) ((uint64_t)1 << (x))
#define FB(f) HS_FID_BIT(HS_FID_##f)

/* ---- Cache-Control, parsed once per side ------------------------------------------------- */

/* Directive kinds: the known directives of RFC 9111 5.2, RFC 5861 and RFC 8246 (dirs[]), then
 * Internet Explorer's pre-check and post-check (looked up, but not known directives). */
enum dkind {
    K_MAX_AGE, K_MAX_STALE, K_MIN_FRESH, K_NO_CACHE, K_NO_STORE, K_NO_TRANSFORM,
    K_ONLY_IF_CACHED, K_MUST_REVALIDATE, K_MUST_UNDERSTAND, K_PRIVATE, K_PROXY_REVALIDATE,
    K_PUBLIC, K_S_MAXAGE, K_IMMUTABLE, K_STALE_WHILE_REVALIDATE, K_STALE_IF_ERROR,
    K_KNOWN,                      /* kinds below this one are known directives */
    K_PRE_CHECK = K_KNOWN, K_POST_CHECK,
    K_N,
    K_OTHER = 255
};
#define KB(k) ((uint32_t)1 << (k))

/* Checks on single directives (CA-01 .. CA-03): bit numbers of struct ccs.hits. */
enum {
    H_SYNTAX, H_UNEXPECTED_ARG, H_INVALID_DELTA, H_DUPLICATE, H_NOT_LOWERCASE, H_DELTA_OVERFLOW,
    H_QUOTED_DELTA, H_FIELD_LIST_TOKEN, H_WRONG_MESSAGE, H_N
};

/* One side's Cache-Control: the directives as hs_cc_parse() gives them, indexed by kind. */
struct ccs {
    bool present;                /* at least one Cache-Control field */
    unsigned n;                  /* directives kept (HS_CC_MAX at most) */
    uint32_t has, has_bare;      /* KB() of the kinds present / present without argument */
    uint32_t hits;               /* 1 << H_* of the single-directive checks with a hit */
    uint8_t first[K_N];          /* index of the first directive of a kind (where has) */
    uint8_t hit[H_N];            /* the first directive of each hit */
    uint8_t kind[HS_CC_MAX];
    struct hs_cc_dir d[HS_CC_MAX];
};

/* ---- what every check gets ------------------------------------------------------------------ */

/* A field's first value parsed as an HTTP-date, at most once per run. */
struct dslot {
    int8_t state; /* 0 not parsed yet, 1 valid, -1 absent or invalid */
    int64_t epoch;
};

enum { DT_DATE, DT_LAST_MODIFIED, DT_EXPIRES, DT_IMS, DT_IUS, DT_N };

#define VARY_KEEP 32

struct vary {
    struct hs_span m[VARY_KEEP];
    unsigned n, total;
    const struct hs_txn_field *first;
};

struct cx {
    struct hs_chk_ctx *c;
    const struct hs_txn *t;
    const struct hs_chk_fields *q, *r; /* field index of the request, the response */
    struct dslot dt[DT_N];
    bool vary_done;
    struct vary vary;                  /* vary_get(): members where vary.total > 0 */
    bool age_ok;                       /* age_f holds delta-seconds: age (else unset) */
    uint64_t age;
    const struct hs_txn_field *age_f;  /* the response's first Age, or NULL */
    struct ccs cc[2];                  /* [HS_DIR_C2S], [HS_DIR_S2C] */
};

/* First request / response field of a kind, or NULL. */
#define FQ(f) hs_chk_first(&x->t->req, x->q, HS_FID_##f)
#define FR(f) hs_chk_first(&x->t->resp, x->r, HS_FID_##f)
#define HASQ(f) ((x->q->has & FB(f)) != 0)
#define HASR(f) ((x->r->has & FB(f)) != 0)

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

/* Does some field of kind f list tok (the whole element, case-insensitive)? */
static bool list_has(const struct hs_txn_msg *m, const struct hs_chk_fields *fx, enum hs_fid f,
                     const char *tok, size_t toklen)
{
    const struct hs_txn_field *fl;
    for (uint32_t i = 0; (fl = hs_chk_next(m, fx, f, &i)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, fl->value);
        while (hs_list_next(&it, &el))
            if (hs_span_ieq(el, tok, toklen))
                return true;
    }
    return false;
}
#define LIST_HAS(m, fx, f, tok) list_has((m), (fx), HS_FID_##f, (tok), sizeof(tok) - 1)

/* GET or HEAD; also true when the request was not seen (nothing says otherwise). */
static bool get_head_or_unknown(const struct hs_txn *t)
{
    return !t->req.seen || HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD");
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

/* ---- HTTP-date ------------------------------------------------------------------------------- */

/*
 * hs_chk_date() through the engine's memo (a Date repeats for a second, a
 * Last-Modified for as long as the resource does not change): the epoch.
 */
static bool date_memo(struct hs_chk_ctx *c, struct hs_span v, int64_t *epoch)
{
    const unsigned tag = HS_CHK_MEMO_TAG(HS_AREA_CACHE, 2);
    struct {
        int64_t epoch;
        uint8_t ok;
    } vd;
    const void *kept = hs_chk_memo_get(c, tag, v, sizeof vd);
    if (kept) {
        memcpy(&vd, kept, sizeof vd);
    } else {
        const struct hs_date *d = hs_chk_date(c, v);
        memset(&vd, 0, sizeof vd);
        vd.ok = d->form != HS_DATE_INVALID;
        vd.epoch = d->epoch;
        hs_chk_memo_put(c, tag, v, &vd, sizeof vd);
    }
    *epoch = vd.epoch;
    return vd.ok;
}

/* The first field of a kind parsed as an HTTP-date (once per run); *fo: that field or NULL. */
static bool field_date(struct cx *x, int slot, int64_t *epoch, const struct hs_txn_field **fo)
{
    static const struct {
        bool req;
        enum hs_fid f;
    } of[DT_N] = {{false, HS_FID_DATE}, {false, HS_FID_LAST_MODIFIED}, {false, HS_FID_EXPIRES},
                  {true, HS_FID_IF_MODIFIED_SINCE}, {true, HS_FID_IF_UNMODIFIED_SINCE}};
    const struct hs_txn_field *f = of[slot].req ? hs_chk_first(&x->t->req, x->q, of[slot].f)
                                                : hs_chk_first(&x->t->resp, x->r, of[slot].f);
    if (fo)
        *fo = f;
    struct dslot *d = &x->dt[slot];
    if (d->state == 0)
        d->state = f && date_memo(x->c, f->value, &d->epoch) ? 1 : -1;
    *epoch = d->epoch;
    return d->state > 0;
}

/* ---- Age, clocks ---------------------------------------------------------------------------- */

/* The response's first Age, parsed once per run (x->age_f, age_ok, age). */
static void age_parse(struct cx *x)
{
    x->age_f = FR(AGE);
    x->age_ok = x->age_f && hs_delta_seconds(x->age_f->value, false, &x->age);
}

/* An Age to judge storage and staleness by: valid and below 2^31 (cache.age-overflow). */
static bool age_judge(const struct cx *x, uint64_t *age)
{
    if (!x->age_ok)
        return false;
    *age = x->age;
    return x->age < DELTA_MAX;
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

/* ---- Cache-Control parsing (RFC 9111 5.2), as hs_cc_parse() ---------------------------------- */

enum { D_REQ = 1, D_RESP = 2 };

enum darg {
    A_NONE,       /* no argument */
    A_DELTA,      /* delta-seconds, required, token form */
    A_DELTA_OPT,  /* delta-seconds, optional (max-stale) */
    A_FIELDS_OPT  /* response: optional quoted field-name list; request: none */
};

/* The known directives (RFC 9111 5.2, RFC 5861, RFC 8246), by enum dkind. */
static const struct {
    uint8_t where;
    uint8_t arg; /* enum darg */
} dirs[K_KNOWN] = {
    [K_MAX_AGE] = {D_REQ | D_RESP, A_DELTA},                /* 5.2.1.1, 5.2.2.1 */
    [K_MAX_STALE] = {D_REQ, A_DELTA_OPT},                   /* 5.2.1.2 */
    [K_MIN_FRESH] = {D_REQ, A_DELTA},                       /* 5.2.1.3 */
    [K_NO_CACHE] = {D_REQ | D_RESP, A_FIELDS_OPT},          /* 5.2.1.4, 5.2.2.4 */
    [K_NO_STORE] = {D_REQ | D_RESP, A_NONE},                /* 5.2.1.5, 5.2.2.5 */
    [K_NO_TRANSFORM] = {D_REQ | D_RESP, A_NONE},            /* 5.2.1.6, 5.2.2.6 */
    [K_ONLY_IF_CACHED] = {D_REQ, A_NONE},                   /* 5.2.1.7 */
    [K_MUST_REVALIDATE] = {D_RESP, A_NONE},                 /* 5.2.2.2 */
    [K_MUST_UNDERSTAND] = {D_RESP, A_NONE},                 /* 5.2.2.3 */
    [K_PRIVATE] = {D_RESP, A_FIELDS_OPT},                   /* 5.2.2.7 */
    [K_PROXY_REVALIDATE] = {D_RESP, A_NONE},                /* 5.2.2.8 */
    [K_PUBLIC] = {D_RESP, A_NONE},                          /* 5.2.2.9 */
    [K_S_MAXAGE] = {D_RESP, A_DELTA},                       /* 5.2.2.10 */
    [K_IMMUTABLE] = {D_RESP, A_NONE},                       /* RFC 8246 2 */
    [K_STALE_WHILE_REVALIDATE] = {D_RESP, A_DELTA},         /* RFC 5861 3 */
    [K_STALE_IF_ERROR] = {D_REQ | D_RESP, A_DELTA},         /* RFC 5861 4 */
};

/* Directives whose argument is delta-seconds. */
#define DELTA_KINDS                                                                             \
    (KB(K_MAX_AGE) | KB(K_MAX_STALE) | KB(K_MIN_FRESH) | KB(K_S_MAXAGE) |                       \
     KB(K_STALE_WHILE_REVALIDATE) | KB(K_STALE_IF_ERROR))

/* The kind of a directive name (case-insensitive), or K_OTHER. */
static uint8_t dkind_of(struct hs_span n)
{
#define IS(lit, k)                                                                              \
    if (HS_CHK_IEQ(n, lit))                                                                      \
        return k;
    switch (n.len) {
    case 6: IS("public", K_PUBLIC) break;
    case 7: IS("max-age", K_MAX_AGE) IS("private", K_PRIVATE) break;
    case 8: IS("no-cache", K_NO_CACHE) IS("no-store", K_NO_STORE) IS("s-maxage", K_S_MAXAGE) break;
    case 9:
        IS("max-stale", K_MAX_STALE) IS("min-fresh", K_MIN_FRESH) IS("immutable", K_IMMUTABLE)
        IS("pre-check", K_PRE_CHECK) break;
    case 10: IS("post-check", K_POST_CHECK) break;
    case 12: IS("no-transform", K_NO_TRANSFORM) break;
    case 14: IS("only-if-cached", K_ONLY_IF_CACHED) IS("stale-if-error", K_STALE_IF_ERROR) break;
    case 15:
        IS("must-revalidate", K_MUST_REVALIDATE) IS("must-understand", K_MUST_UNDERSTAND) break;
    case 16: IS("proxy-revalidate", K_PROXY_REVALIDATE) break;
    case 22: IS("stale-while-revalidate", K_STALE_WHILE_REVALIDATE) break;
    default: break;
    }
#undef IS
    return K_OTHER;
}

/* The kind of a directive name written exactly as registered (lower case), or K_OTHER. */
static uint8_t dkind_exact(const uint8_t *p, size_t n)
{
#define IS(lit, k)                                                                              \
    if (memcmp(p, lit, sizeof(lit) - 1) == 0)                                                   \
        return k;
    switch (n) {
    case 6: IS("public", K_PUBLIC) break;
    case 7: IS("max-age", K_MAX_AGE) IS("private", K_PRIVATE) break;
    case 8: IS("no-cache", K_NO_CACHE) IS("no-store", K_NO_STORE) IS("s-maxage", K_S_MAXAGE) break;
    case 9:
        IS("max-stale", K_MAX_STALE) IS("min-fresh", K_MIN_FRESH) IS("immutable", K_IMMUTABLE)
        IS("pre-check", K_PRE_CHECK) break;
    case 10: IS("post-check", K_POST_CHECK) break;
    case 12: IS("no-transform", K_NO_TRANSFORM) break;
    case 14: IS("only-if-cached", K_ONLY_IF_CACHED) IS("stale-if-error", K_STALE_IF_ERROR) break;
    case 15:
        IS("must-revalidate", K_MUST_REVALIDATE) IS("must-understand", K_MUST_UNDERSTAND) break;
    case 16: IS("proxy-revalidate", K_PROXY_REVALIDATE) break;
    case 22: IS("stale-while-revalidate", K_STALE_WHILE_REVALIDATE) break;
    default: break;
    }
#undef IS
    return K_OTHER;
}

/*
 * cache-directive = token [ "=" ( token / quoted-string ) ] into d, and its
 * kind: hs_cc_directive(), but a name written as registered is known at once
 * (a token, nothing to trim, no upper case: *lower is set), and so is a plain
 * number as its argument, the usual directives.
 */
static void cc_directive(struct hs_span e, struct hs_cc_dir *d, uint8_t *kind, bool *lower)
{
    const uint8_t *eqp = memchr(e.p, '=', e.len);
    const size_t eq = eqp ? (size_t)(eqp - e.p) : e.len;
    const uint8_t k = dkind_exact(e.p, eq);
    *lower = k != K_OTHER;
    if (k != K_OTHER) {
        size_t i = eq + 1, ndig = 0;
        uint64_t v = 0;
        while (i < e.len && e.p[i] >= '0' && e.p[i] <= '9') {
            v = v * 10 + (uint64_t)(e.p[i] - '0');
            if (v > DELTA_MAX)
                v = DELTA_MAX;
            i++;
            ndig++;
        }
        if (eq == e.len || (ndig && i == e.len)) { /* no argument, or 1*DIGIT (delta-seconds) */
            d->name = hs_span_make(e.p, eq);
            d->arg = ndig ? hs_span_make(e.p + eq + 1, ndig) : hs_span_make(NULL, 0);
            d->has_arg = d->is_delta = ndig > 0;
            d->delta = v;
            d->quoted = d->bad_syntax = false;
            *kind = k;
            return;
        }
    }
    hs_cc_directive(e, d);
    *kind = k != K_OTHER ? k : dkind_of(d->name);
}

/*
 * Which single-directive checks the i-th directive d (of kind k) of side dir
 * fails; lower: its name is known to hold no upper case.
 */
static uint32_t dir_hits(const struct ccs *cc, unsigned i, const struct hs_cc_dir *d, uint8_t k,
                         int dir, bool lower)
{
    uint32_t h = d->bad_syntax ? 1u << H_SYNTAX : 0;
    if (k >= K_KNOWN) /* not a known directive: only the grammar applies */
        return h;
    bool delta = (DELTA_KINDS & KB(k)) != 0;
    if (d->has_arg && !d->bad_syntax &&
        (dirs[k].arg == A_NONE || (dir == HS_DIR_C2S && k == K_NO_CACHE)))
        h |= 1u << H_UNEXPECTED_ARG;
    if (delta && !d->bad_syntax &&
        ((dirs[k].arg == A_DELTA && !d->has_arg) || (d->has_arg && !d->is_delta)))
        h |= 1u << H_INVALID_DELTA;
    if (delta && i > 0 && (cc->has & KB(k)))
        h |= 1u << H_DUPLICATE;
    for (size_t j = 0; !lower && j < d->name.len; j++)
        if (d->name.p[j] >= 'A' && d->name.p[j] <= 'Z') {
            h |= 1u << H_NOT_LOWERCASE;
            break;
        }
    if (delta && d->is_delta && d->delta >= DELTA_MAX)
        h |= 1u << H_DELTA_OVERFLOW;
    if (delta && d->quoted && !d->bad_syntax)
        h |= 1u << H_QUOTED_DELTA;
    if (d->has_arg && !d->quoted && !d->bad_syntax && (k == K_NO_CACHE || k == K_PRIVATE))
        h |= 1u << H_FIELD_LIST_TOKEN;
    if (!(dirs[k].where & (dir == HS_DIR_C2S ? D_REQ : D_RESP)))
        h |= 1u << H_WRONG_MESSAGE;
    return h;
}

/* Add element e of a Cache-Control field to cc (the first HS_CC_MAX are kept). */
static void cc_add(struct ccs *cc, struct hs_span e, int dir)
{
    if (cc->n >= HS_CC_MAX)
        return;
    unsigned i = cc->n++;
    struct hs_cc_dir *d = &cc->d[i];
    uint8_t k;
    bool lower;
    cc_directive(e, d, &k, &lower);
    cc->kind[i] = k;
    uint32_t h = dir_hits(cc, i, d, k, dir, lower) & ~cc->hits;
    if (h) {
        cc->hits |= h;
        for (unsigned b = 0; b < H_N; b++)
            if (h & (1u << b))
                cc->hit[b] = (uint8_t)i;
    }
    if (k == K_OTHER)
        return;
    if (!(cc->has & KB(k))) {
        cc->has |= KB(k);
        cc->first[k] = (uint8_t)i;
    }
    if (!d->has_arg)
        cc->has_bare |= KB(k);
}

/* Parse every Cache-Control field of m in order, as hs_cc_parse() does (the #list of each). */
static void cc_parse(struct ccs *cc, const struct hs_txn_msg *m, const struct hs_chk_fields *fx,
                     int dir)
{
    cc->present = false;
    cc->n = 0;
    cc->has = cc->has_bare = cc->hits = 0;
    if (!(fx->has & FB(CACHE_CONTROL)))
        return;
    cc->present = true;
    const struct hs_txn_field *f;
    for (uint32_t k = 0; (f = hs_chk_next(m, fx, HS_FID_CACHE_CONTROL, &k)) != NULL;) {
        struct hs_list_iter it;
        struct hs_span e;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &e))
            cc_add(cc, e, dir);
    }
}

/*
 * A Cache-Control of one field as the engine's memo keeps it (spans as offsets
 * into the value): most responses repeat one of a few values, and copying
 * this back costs a fraction of parsing.
 */
#define CCM_DIRS 8
enum { CCM_HAS_ARG = 1, CCM_QUOTED = 2, CCM_BAD = 4, CCM_DELTA = 8, CCM_NO_ARG = 16 };
struct ccm {
    uint32_t has, has_bare, hits;
    uint32_t delta[CCM_DIRS];
    uint8_t n;
    uint8_t first[K_N], hit[H_N];
    uint8_t kind[CCM_DIRS];
    uint8_t name_off[CCM_DIRS], name_len[CCM_DIRS], arg_off[CCM_DIRS], arg_len[CCM_DIRS];
    uint8_t flags[CCM_DIRS];
};

/* cc_parse() of the only Cache-Control field of m, v, through the engine's memo. */
static void cc_parse_memo(struct hs_chk_ctx *c, struct ccs *cc, const struct hs_txn_msg *m,
                          const struct hs_chk_fields *fx, int dir, struct hs_span v)
{
    const unsigned tag = HS_CHK_MEMO_TAG(HS_AREA_CACHE, dir);
    struct ccm mm;
    const void *kept = hs_chk_memo_get(c, tag, v, sizeof mm);
    if (kept) {
        memcpy(&mm, kept, sizeof mm);
        cc->present = true;
        cc->n = mm.n;
        cc->has = mm.has;
        cc->has_bare = mm.has_bare;
        cc->hits = mm.hits;
        memcpy(cc->first, mm.first, sizeof cc->first);
        memcpy(cc->hit, mm.hit, sizeof cc->hit);
        for (unsigned i = 0; i < mm.n; i++) {
            struct hs_cc_dir *d = &cc->d[i];
            cc->kind[i] = mm.kind[i];
            d->name = hs_span_make(v.p + mm.name_off[i], mm.name_len[i]);
            d->arg = (mm.flags[i] & CCM_NO_ARG) ? hs_span_make(NULL, 0)
                                                : hs_span_make(v.p + mm.arg_off[i], mm.arg_len[i]);
            d->has_arg = (mm.flags[i] & CCM_HAS_ARG) != 0;
            d->quoted = (mm.flags[i] & CCM_QUOTED) != 0;
            d->bad_syntax = (mm.flags[i] & CCM_BAD) != 0;
            d->is_delta = (mm.flags[i] & CCM_DELTA) != 0;
            d->delta = mm.delta[i];
        }
        return;
    }
    cc_parse(cc, m, fx, dir);
    if (cc->n > CCM_DIRS || v.len + sizeof mm > HS_CHK_MEMO_MAX)
        return;
    memset(&mm, 0, sizeof mm);
    mm.n = (uint8_t)cc->n;
    mm.has = cc->has;
    mm.has_bare = cc->has_bare;
    mm.hits = cc->hits;
    for (unsigned k = 0; k < K_N; k++)
        mm.first[k] = (cc->has & KB(k)) ? cc->first[k] : 0;
    for (unsigned h = 0; h < H_N; h++)
        mm.hit[h] = (cc->hits & (1u << h)) ? cc->hit[h] : 0;
    for (unsigned i = 0; i < cc->n; i++) {
        const struct hs_cc_dir *d = &cc->d[i];
        mm.kind[i] = cc->kind[i];
        mm.name_off[i] = (uint8_t)(d->name.p - v.p);
        mm.name_len[i] = (uint8_t)d->name.len;
        if (d->arg.p) {
            mm.arg_off[i] = (uint8_t)(d->arg.p - v.p);
            mm.arg_len[i] = (uint8_t)d->arg.len;
        }
        mm.flags[i] = (uint8_t)((d->has_arg ? CCM_HAS_ARG : 0) | (d->quoted ? CCM_QUOTED : 0) |
                                (d->bad_syntax ? CCM_BAD : 0) | (d->is_delta ? CCM_DELTA : 0) |
                                (d->arg.p ? 0 : CCM_NO_ARG));
        mm.delta[i] = (uint32_t)d->delta; /* at most 2^31 */
    }
    hs_chk_memo_put(c, tag, v, &mm, sizeof mm);
}

/* The first directive of kind k on side dir, or NULL. */
static const struct hs_cc_dir *ccd(const struct cx *x, int dir, unsigned k)
{
    const struct ccs *cc = &x->cc[dir];
    return (cc->has & KB(k)) ? &cc->d[cc->first[k]] : NULL;
}
#define CCD(x, dir, k) ccd((x), (dir), (k))
/* present without an argument (e.g. unqualified no-cache / private) */
#define CC_BARE(x, dir, k) ((x)->cc[dir].has_bare & KB(k))

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
static const struct ccs *side_cc(const struct cx *x, int dir)
{
    const struct hs_txn_msg *m = dir == HS_DIR_C2S ? &x->t->req : &x->t->resp;
    if (!head_ok(m) || (dir == HS_DIR_S2C && x->t->status < 200))
        return NULL;
    return x->cc[dir].present ? &x->cc[dir] : NULL;
}

/*
 * Explicit freshness lifetime (RFC 9111 4.2.1), for a shared cache when shared.
 * False when there is none, or when the deciding directive is invalid (then
 * nothing is judged from it). An invalid Expires means "already expired" (5.3).
 */
static bool lifetime_of(struct cx *x, bool shared, int64_t *life)
{
    const struct hs_cc_dir *d;
    if (shared && (d = CCD(x, HS_DIR_S2C, K_S_MAXAGE)) != NULL) {
        *life = (int64_t)d->delta;
        return d->is_delta;
    }
    if ((d = CCD(x, HS_DIR_S2C, K_MAX_AGE)) != NULL) {
        *life = (int64_t)d->delta;
        return d->is_delta;
    }
    if (!HASR(EXPIRES))
        return false;
    int64_t e, dt;
    *life = 0;
    if (field_date(x, DT_EXPIRES, &e, NULL)) {
        int64_t base = field_date(x, DT_DATE, &dt, NULL) ? dt : now_s(x->c);
        *life = e > base ? e - base : 0;
    }
    return true;
}

/* Any explicit expiration (valid or not): max-age, s-maxage or Expires. */
static bool has_explicit(const struct cx *x)
{
    return (x->cc[HS_DIR_S2C].has & (KB(K_MAX_AGE) | KB(K_S_MAXAGE))) || HASR(EXPIRES);
}

/* A positive explicit lifetime for some cache. */
static bool positive_lifetime(struct cx *x)
{
    int64_t life;
    return dpos(CCD(x, HS_DIR_S2C, K_S_MAXAGE)) || (lifetime_of(x, false, &life) && life > 0);
}

/* ---- CA-01 .. CA-03: single directives ------------------------------------------------------- */

/*
 * One check on single directives: the first directive with a hit, the response
 * first (as each check used to scan the response, then the request).
 * RFC 9111 5.2 (grammar), 5.2.1, 5.2.2, RFC 8246 2 (arguments), 1.2.2
 * (delta-seconds), 4.2.1 (duplicates).
 */
static void dir_check(struct cx *x, unsigned h, const char *id)
{
    for (int dir = HS_DIR_S2C; dir >= HS_DIR_C2S; dir--) {
        const struct ccs *cc = side_cc(x, dir);
        if (!cc || !(cc->hits & (1u << h)))
            continue;
        const struct hs_cc_dir *d = &cc->d[cc->hit[h]];
        if (h == H_DUPLICATE) {
            struct hs_span a = raw_dir(&cc->d[cc->first[cc->kind[cc->hit[h]]]]), b = raw_dir(d);
            hs_chk_reportf(x->c, id, "%sCache-Control: %.*s, %.*s", side(dir), SPANF(a),
                           SPANF(b));
        } else {
            report_dir(x->c, id, dir, d);
        }
        return;
    }
}

static void single_directives(struct cx *x)
{
    if (!((x->cc[0].hits | x->cc[1].hits)))
        return;
    dir_check(x, H_SYNTAX, "cache.cc-syntax");
    dir_check(x, H_UNEXPECTED_ARG, "cache.cc-unexpected-argument");
    dir_check(x, H_INVALID_DELTA, "cache.cc-invalid-delta-seconds");
    dir_check(x, H_DUPLICATE, "cache.cc-duplicate-directive");
    dir_check(x, H_NOT_LOWERCASE, "cache.cc-not-lowercase");
    dir_check(x, H_DELTA_OVERFLOW, "cache.cc-delta-overflow");
    dir_check(x, H_QUOTED_DELTA, "cache.cc-quoted-delta-seconds");
    /* RFC 9111 5.2.2.4, 5.2.2.7: no-cache / private field lists SHOULD NOT use the token form */
    const struct ccs *rs = side_cc(x, HS_DIR_S2C);
    if (rs && (rs->hits & (1u << H_FIELD_LIST_TOKEN)))
        report_dir(x->c, "cache.cc-field-list-token-form", HS_DIR_S2C,
                   &rs->d[rs->hit[H_FIELD_LIST_TOKEN]]);
    /* RFC 9111 5.2.1: max-stale, min-fresh, only-if-cached are request directives */
    if (rs && (rs->hits & (1u << H_WRONG_MESSAGE)))
        report_dir(x->c, "cache.cc-request-directive-in-response", HS_DIR_S2C,
                   &rs->d[rs->hit[H_WRONG_MESSAGE]]);
    /* RFC 9111 5.2.2: public, private, s-maxage, must-revalidate... are response directives */
    const struct ccs *rq = side_cc(x, HS_DIR_C2S);
    if (rq && (rq->hits & (1u << H_WRONG_MESSAGE)))
        report_dir(x->c, "cache.cc-response-directive-in-request", HS_DIR_C2S,
                   &rq->d[rq->hit[H_WRONG_MESSAGE]]);
}

/* ---- CA-04 contradicting directives ---------------------------------------------------------- */

/* RFC 9111 5.2.2.7, 5.2.2.9 */
static void cc_public_and_private(struct cx *x)
{
    if (!side_cc(x, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *pub = CCD(x, HS_DIR_S2C, K_PUBLIC);
    const struct hs_cc_dir *priv = CCD(x, HS_DIR_S2C, K_PRIVATE);
    if (pub && priv) {
        struct hs_span a = raw_dir(pub), b = raw_dir(priv);
        hs_chk_reportf(x->c, "cache.cc-public-and-private", "Cache-Control: %.*s with %.*s",
                       SPANF(a), SPANF(b));
    }
}

/* RFC 9111 5.2.2.5: no-store neutralises a positive lifetime or public (not max-age=0). */
static void cc_no_store_with_freshness(struct cx *x)
{
    if (!side_cc(x, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *ns = CCD(x, HS_DIR_S2C, K_NO_STORE);
    if (!ns)
        return;
    const struct hs_cc_dir *d = CCD(x, HS_DIR_S2C, K_MAX_AGE);
    if (!dpos(d))
        d = CCD(x, HS_DIR_S2C, K_S_MAXAGE);
    if (!dpos(d))
        d = CCD(x, HS_DIR_S2C, K_PUBLIC);
    if (!d) /* a positive max-age or s-maxage, else public */
        return;
    struct hs_span a = raw_dir(ns), b = raw_dir(d);
    hs_chk_reportf(x->c, "cache.cc-no-store-with-freshness", "Cache-Control: %.*s with %.*s",
                   SPANF(a), SPANF(b));
}

/* ---- CA-05 ineffective directives ---------------------------------------------------------- */

/*
 * RFC 9111 5.2.2.9: public is unnecessary on a response that is already
 * cacheable. Reported only where that matters: a GET/HEAD answered without
 * Authorization, with a heuristically cacheable status and no explicit lifetime,
 * so public is all the response says and caches pick a heuristic lifetime. The
 * idiom "public, max-age=N" is harmless and not reported.
 */
static void public_unnecessary(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!req_ok(t) || !side_cc(x, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *pub = CCD(x, HS_DIR_S2C, K_PUBLIC);
    if (!pub || !(HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD")) ||
        HASQ(AUTHORIZATION) || CCD(x, HS_DIR_S2C, K_PRIVATE) || CCD(x, HS_DIR_S2C, K_NO_STORE))
        return;
    if (!has_explicit(x) && heuristic_status(t->status))
        report_dir(x->c, "cache.cc-public-unnecessary", HS_DIR_S2C, pub);
}

/* ---- CA-06 legacy controls ------------------------------------------------------------------- */

/* RFC 9111 5.4: Pragma is deprecated; only no-cache ever had a defined meaning (in requests). */
static void pragma_extension(struct cx *x)
{
    const struct hs_txn_msg *ms[2] = {&x->t->resp, &x->t->req};
    const struct hs_chk_fields *xs[2] = {x->r, x->q};
    for (int k = 0; k < 2; k++) {
        if (!head_ok(ms[k]))
            continue;
        for (uint32_t i = 0;;) {
            const struct hs_txn_field *f = hs_chk_next(ms[k], xs[k], HS_FID_PRAGMA, &i);
            if (!f)
                break;
            struct hs_list_iter it;
            struct hs_span el;
            hs_list_init(&it, f->value);
            while (hs_list_next(&it, &el))
                if (!HS_SPAN_IEQ(el, "no-cache")) {
                    hs_chk_reportf(x->c, "cache.pragma-extension", "%sPragma: %.*s",
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
static void pragma_no_cache_response(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!resp_ok(t) || !get_head_or_unknown(t) || !LIST_HAS(&t->resp, x->r, PRAGMA, "no-cache"))
        return;
    if (CC_BARE(x, HS_DIR_S2C, K_NO_CACHE) || CCD(x, HS_DIR_S2C, K_NO_STORE) ||
        dzero(CCD(x, HS_DIR_S2C, K_MAX_AGE)))
        return;
    if (!heuristic_status(t->status) && !has_explicit(x))
        return;
    hs_chk_report_field(x->c, "cache.pragma-no-cache-in-response", FR(PRAGMA));
}

/*
 * Internet Explorer's pre-check/post-check extensions: only meaningful as a pair
 * with post-check < pre-check; "post-check=0, pre-check=0" is ignored by IE.
 */
static void cc_ie_pre_post_check(struct cx *x)
{
    if (!side_cc(x, HS_DIR_S2C))
        return;
    const struct hs_cc_dir *pre = CCD(x, HS_DIR_S2C, K_PRE_CHECK);
    const struct hs_cc_dir *post = CCD(x, HS_DIR_S2C, K_POST_CHECK);
    if (!pre && !post)
        return;
    if (!pre || !post) {
        report_dir(x->c, "cache.cc-ie-pre-post-check", HS_DIR_S2C, pre ? pre : post);
        return;
    }
    if (pre->is_delta && post->is_delta && post->delta < pre->delta)
        return;
    struct hs_span a = raw_dir(post), b = raw_dir(pre);
    hs_chk_reportf(x->c, "cache.cc-ie-pre-post-check", "Cache-Control: %.*s, %.*s", SPANF(a),
                   SPANF(b));
}

/* ---- CA-07 Warning --------------------------------------------------------------------------- */

/* RFC 9111 5.5: Warning is obsolete. */
static void warning_obsolete(struct cx *x)
{
    const struct hs_txn_field *f = head_ok(&x->t->resp) ? FR(WARNING) : NULL;
    if (!f && head_ok(&x->t->req))
        f = FQ(WARNING);
    if (f)
        hs_chk_report_field(x->c, "cache.warning-obsolete", f);
}

/* ---- CA-08 Date presence, max-age vs Expires ------------------------------------------------- */

/* RFC 9110 6.6.1: an origin with a clock MUST send Date in 2xx, 3xx and 4xx (304: CA-18). */
static void missing_date(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (t->status < 200 || t->status >= 500 || t->status == 304 || !resp_ok(t))
        return;
    if (HASR(DATE))
        return;
    const char *hint = HASR(LAST_MODIFIED) ? " (but with Last-Modified)"
                       : HASR(EXPIRES)     ? " (but with Expires)"
                                           : "";
    hs_chk_reportf(x->c, "cache.missing-date", "%u response without Date%s", t->status, hint);
}

/*
 * RFC 9111 5.3: with max-age, Expires is ignored by HTTP/1.1 caches but still
 * used by older ones. Reported when one says fresh and the other stale.
 */
static void max_age_expires_mismatch(struct cx *x)
{
    if (!resp_ok(x->t))
        return;
    const struct hs_cc_dir *ma = CCD(x, HS_DIR_S2C, K_MAX_AGE);
    const struct hs_txn_field *ef = ma && ma->is_delta ? FR(EXPIRES) : NULL;
    if (!ef || CCD(x, HS_DIR_S2C, K_NO_STORE))
        return;
    int64_t e, dt;
    bool exp_fresh = false;
    if (field_date(x, DT_EXPIRES, &e, NULL)) {
        int64_t base = field_date(x, DT_DATE, &dt, NULL) ? dt : now_s(x->c);
        exp_fresh = e > base;
    }
    if (exp_fresh != (ma->delta > 0)) {
        struct hs_span a = raw_dir(ma);
        hs_chk_reportf(x->c, "cache.max-age-expires-mismatch",
                       "Cache-Control: %.*s but Expires: %.*s", SPANF(a), SPANF(ef->value));
    }
}

/* ---- CA-09 clock sanity ---------------------------------------------------------------------- */

/*
 * RFC 9110 6.6.1: Date is the best approximation of the generation time.
 * Ahead: Date later than the response's first packet. Behind: earlier than the
 * request's first packet (a sender may stamp Date any time during origination),
 * and only without Age (a stored response keeps its original Date).
 */
static void date_skew(struct cx *x)
{
    const struct hs_txn *t = x->t;
    int64_t d;
    const struct hs_txn_field *f;
    if (!resp_ok(t) || !t->resp.ts_first || !field_date(x, DT_DATE, &d, &f))
        return;
    int64_t resp_s = (int64_t)(t->resp.ts_first / 1000000);
    if (d - resp_s > DATE_SKEW_S) {
        hs_chk_reportf(x->c, "cache.date-skew", "Date: %.*s is %lld s ahead of the packet time",
                       SPANF(f->value), (long long)(d - resp_s));
        return;
    }
    if (HASR(AGE))
        return;
    int64_t ref = (int64_t)((t->req.seen && t->req.ts_first ? t->req.ts_first : t->resp.ts_first) /
                            1000000);
    if (ref - d > DATE_SKEW_S)
        hs_chk_reportf(x->c, "cache.date-skew",
                       "Date: %.*s is %lld s behind the packet time, no Age", SPANF(f->value),
                       (long long)(ref - d));
}

/* RFC 9110 8.8.2.1: an origin with a clock MUST NOT send a Last-Modified later than Date. */
static void lm_after_date(struct cx *x)
{
    int64_t d, lm;
    const struct hs_txn_field *lf;
    if (!resp_ok(x->t) || !field_date(x, DT_LAST_MODIFIED, &lm, &lf) ||
        !field_date(x, DT_DATE, &d, NULL) || lm <= d)
        return;
    hs_chk_reportf(x->c, "cache.last-modified-after-date",
                   "Last-Modified: %.*s is %lld s after Date", SPANF(lf->value),
                   (long long)(lm - d));
}

/* ---- CA-10 Age ------------------------------------------------------------------------------- */

/* RFC 9111 5.1: Age = delta-seconds */
static void age_syntax(struct cx *x)
{
    if (resp_ok(x->t) && !x->age_ok && x->age_f)
        hs_chk_report_field(x->c, "cache.age-syntax", x->age_f);
}

/* RFC 9111 1.2.2: an Age of 2^31 s (68 years) or more is clamped, and overflows 32-bit caches. */
static void age_overflow(struct cx *x)
{
    if (resp_ok(x->t) && x->age_ok && x->age >= DELTA_MAX)
        hs_chk_report_field(x->c, "cache.age-overflow", x->age_f);
}

/* ---- CA-11 served from cache against the rules ----------------------------------------------- */

/*
 * RFC 9111 3, 3.5, 4: a cache must not store (so cannot serve with an Age) a
 * response with no-store, with private (Age comes from a shared cache), to an
 * unsafe or unknown method, with a status that is not cacheable without
 * explicit freshness, or to an authorized request without public/s-maxage/
 * must-revalidate.
 */
static void age_on_unstorable(struct cx *x)
{
    const struct hs_txn *t = x->t;
    uint64_t age;
    if (!resp_ok(t) || !age_judge(x, &age) || age <= age_slack(t))
        return;
    const char *why = NULL;
    char buf[64];
    if (CCD(x, HS_DIR_S2C, K_NO_STORE)) {
        why = "Cache-Control: no-store";
    } else if (CC_BARE(x, HS_DIR_S2C, K_PRIVATE)) {
        why = "Cache-Control: private";
    } else if (t->req.seen && !HS_CHK_METHOD_IS(t, "GET") && !HS_CHK_METHOD_IS(t, "HEAD")) {
        snprintf(buf, sizeof buf, "a response to %.*s",
                 (int)(t->method.len > 32 ? 32 : t->method.len), (const char *)t->method.p);
        why = buf;
    } else if (!heuristic_status(t->status) && t->status != 304 && t->status != 412 &&
               t->status != 416 && /* a cache may generate these from a stored 200 */
               !has_explicit(x) && !CCD(x, HS_DIR_S2C, K_PUBLIC)) {
        snprintf(buf, sizeof buf, "a %u without explicit freshness or public", t->status);
        why = buf;
    } else if (req_ok(t) && HASQ(AUTHORIZATION) && !CCD(x, HS_DIR_S2C, K_PUBLIC) &&
               !CCD(x, HS_DIR_S2C, K_S_MAXAGE) && !CCD(x, HS_DIR_S2C, K_MUST_REVALIDATE)) {
        why = "a response to a request with Authorization";
    }
    if (why)
        hs_chk_reportf(x->c, "cache.age-on-unstorable-response", "Age: %llu on %s",
                       (unsigned long long)age, why);
}

/* RFC 9111 4, 5.2.2.4: a response with no-cache must not be reused without validation. */
static void age_despite_no_cache(struct cx *x)
{
    uint64_t age;
    if (resp_ok(x->t) && CC_BARE(x, HS_DIR_S2C, K_NO_CACHE) && age_judge(x, &age) &&
        age > age_slack(x->t))
        hs_chk_reportf(x->c, "cache.age-despite-no-cache", "Age: %llu with Cache-Control: no-cache",
                       (unsigned long long)age);
}

/* RFC 9111 5.2.1.4, 5.4: the client asked for validation (no-cache, or Pragma: no-cache alone). */
static void age_despite_request_no_cache(struct cx *x)
{
    const struct hs_txn *t = x->t;
    uint64_t age;
    if (!req_ok(t) || !resp_ok(t))
        return;
    const char *how = NULL;
    if (CC_BARE(x, HS_DIR_C2S, K_NO_CACHE))
        how = "request Cache-Control: no-cache";
    else if (!x->cc[HS_DIR_C2S].present && LIST_HAS(&t->req, x->q, PRAGMA, "no-cache"))
        how = "request Pragma: no-cache";
    if (how && age_judge(x, &age) && age > age_slack(t))
        hs_chk_reportf(x->c, "cache.age-despite-request-no-cache", "Age: %llu for %s",
                       (unsigned long long)age, how);
}

/* RFC 9110 15.5.20, B.3: 421 is specific to the connection, no longer heuristically cacheable. */
static void cacheable_421(struct cx *x)
{
    if (x->t->status != 421 || !resp_ok(x->t))
        return;
    if (positive_lifetime(x) || CCD(x, HS_DIR_S2C, K_PUBLIC)) {
        const struct hs_txn_field *f = FR(CACHE_CONTROL);
        hs_chk_report_field(x->c, "cache.421-cacheable", f ? f : FR(EXPIRES));
    }
}

/* ---- CA-12 stale responses ------------------------------------------------------------------- */

static bool revalidate_dir(const struct cx *x, const struct hs_cc_dir **which)
{
    return (*which = CCD(x, HS_DIR_S2C, K_MUST_REVALIDATE)) != NULL ||
           (*which = CCD(x, HS_DIR_S2C, K_PROXY_REVALIDATE)) != NULL ||
           (*which = CCD(x, HS_DIR_S2C, K_S_MAXAGE)) != NULL;
}

/*
 * RFC 9111 5.2.2.2, 5.2.2.8, 5.2.2.10, 4.2.4: once stale, such a response MUST
 * NOT be served without validation, whatever max-stale or stale-* say.
 */
static void stale_despite_must_revalidate(struct cx *x)
{
    uint64_t age;
    int64_t life;
    const struct hs_cc_dir *rd;
    if (!resp_ok(x->t) || !revalidate_dir(x, &rd) || !lifetime_of(x, true, &life) ||
        !age_judge(x, &age) || (int64_t)age <= life + STALE_SLACK_S)
        return;
    struct hs_span r = raw_dir(rd);
    hs_chk_reportf(x->c, "cache.stale-despite-must-revalidate",
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
static void stale_response(struct cx *x)
{
    uint64_t age;
    int64_t life;
    const struct hs_cc_dir *rd;
    if (!resp_ok(x->t) || revalidate_dir(x, &rd) || CC_BARE(x, HS_DIR_S2C, K_NO_CACHE) ||
        !lifetime_of(x, true, &life) || !age_judge(x, &age))
        return; /* no-cache: cache.age-despite-no-cache */
    uint64_t allow = (uint64_t)life + STALE_SLACK_S;
    allow += delta_or0(CCD(x, HS_DIR_S2C, K_STALE_WHILE_REVALIDATE));
    allow += delta_or0(CCD(x, HS_DIR_S2C, K_STALE_IF_ERROR));
    if (req_ok(x->t)) {
        const struct hs_cc_dir *ms = CCD(x, HS_DIR_C2S, K_MAX_STALE);
        if (ms && !ms->has_arg)
            return; /* any staleness accepted */
        allow += delta_or0(ms);
        allow += delta_or0(CCD(x, HS_DIR_C2S, K_STALE_IF_ERROR));
    }
    if (age > allow)
        hs_chk_reportf(x->c, "cache.stale-response",
                       "Age: %llu exceeds the freshness lifetime of %lld s",
                       (unsigned long long)age, (long long)life);
}

/* RFC 9111 5.2.1.1: the client wanted a response no older than max-age. */
static void age_exceeds_request_max_age(struct cx *x)
{
    uint64_t age;
    if (!req_ok(x->t) || !resp_ok(x->t))
        return;
    const struct hs_cc_dir *ma = CCD(x, HS_DIR_C2S, K_MAX_AGE);
    if (!ma || !ma->is_delta || CCD(x, HS_DIR_C2S, K_MAX_STALE) || !age_judge(x, &age))
        return;
    if (age > ma->delta + age_slack(x->t)) {
        struct hs_span r = raw_dir(ma);
        hs_chk_reportf(x->c, "cache.age-exceeds-request-max-age",
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
static void heuristic_freshness(struct cx *x)
{
    const struct hs_txn *t = x->t;
    int64_t lm, d;
    const struct hs_txn_field *lf;
    if (!heuristic_status(t->status) || !resp_ok(t) || !get_head_or_unknown(t) ||
        has_explicit(x) || CCD(x, HS_DIR_S2C, K_NO_STORE) || CC_BARE(x, HS_DIR_S2C, K_NO_CACHE) ||
        !field_date(x, DT_LAST_MODIFIED, &lm, &lf))
        return;
    int64_t base = field_date(x, DT_DATE, &d, NULL) ? d : now_s(x->c);
    int64_t h = (base - lm) / 10;
    if (h < HEURISTIC_MIN_S)
        return;
    long long n = h >= 2 * 86400 ? h / 86400 : h >= 7200 ? h / 3600 : h / 60;
    const char *unit = h >= 2 * 86400 ? "days" : h >= 7200 ? "hours" : "minutes";
    hs_chk_reportf(x->c, "cache.heuristic-freshness",
                   "no max-age or Expires; 10%% of the time since Last-Modified: %.*s is %lld %s",
                   SPANF(lf->value), n, unit);
}

/* ---- CA-14 revalidation without validator ---------------------------------------------------- */

/* RFC 9111 5.2.2.4, 4.3.1: revalidating without ETag or Last-Modified is a full transfer. */
static void revalidation_without_validator(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if ((t->status != 200 && t->status != 203) || !resp_ok(t) || !get_head_or_unknown(t) ||
        !side_cc(x, HS_DIR_S2C) || CCD(x, HS_DIR_S2C, K_NO_STORE))
        return;
    const struct hs_cc_dir *sm = CCD(x, HS_DIR_S2C, K_S_MAXAGE);
    if (!CC_BARE(x, HS_DIR_S2C, K_NO_CACHE) &&
        !(dzero(CCD(x, HS_DIR_S2C, K_MAX_AGE)) && !dpos(sm)))
        return;
    if (HASR(ETAG) || HASR(LAST_MODIFIED))
        return;
    hs_chk_report_field(x->c, "cache.revalidation-without-validator", FR(CACHE_CONTROL));
}

/* ---- CA-15 storability ----------------------------------------------------------------------- */

/*
 * RFC 9111 3, 3.5; RFC 9110 9.3.3, 9.3.7: a positive lifetime that no cache can
 * use: on a response to a method other than GET/HEAD (POST only with
 * Content-Location), or (shared caches) to an authorized request without
 * public, s-maxage or must-revalidate.
 */
static void not_storable(struct cx *x)
{
    const struct hs_txn *t = x->t;
    /* a 304 is not stored itself: it updates the stored 200 (RFC 9111 4.3.4) */
    if (t->status == 304 || !req_ok(t) || !resp_ok(t) || CCD(x, HS_DIR_S2C, K_NO_STORE) ||
        CCD(x, HS_DIR_S2C, K_PRIVATE) || !positive_lifetime(x))
        return;
    /* the field that sets the lifetime: Cache-Control unless only Expires does */
    const struct hs_txn_field *f = FR(CACHE_CONTROL);
    if (!dpos(CCD(x, HS_DIR_S2C, K_MAX_AGE)) && !dpos(CCD(x, HS_DIR_S2C, K_S_MAXAGE)))
        f = FR(EXPIRES);
    if (!f)
        return;
    if (!HS_CHK_METHOD_IS(t, "GET") && !HS_CHK_METHOD_IS(t, "HEAD")) {
        if (HS_CHK_METHOD_IS(t, "POST") && HASR(CONTENT_LOCATION))
            return;
        hs_chk_reportf(x->c, "cache.not-storable", "%.*s: %.*s on a response to %.*s",
                       SPANF(f->name), SPANF(f->value),
                       (int)(t->method.len > 32 ? 32 : t->method.len), (const char *)t->method.p);
        return;
    }
    if (HASQ(AUTHORIZATION) && !CCD(x, HS_DIR_S2C, K_PUBLIC) && !CCD(x, HS_DIR_S2C, K_S_MAXAGE) &&
        !CCD(x, HS_DIR_S2C, K_MUST_REVALIDATE))
        hs_chk_reportf(x->c, "cache.not-storable",
                       "%.*s: %.*s answering a request with Authorization (not for shared caches)",
                       SPANF(f->name), SPANF(f->value));
}

/* ---- CA-16 Vary hygiene ---------------------------------------------------------------------- */

/* The members of the response's Vary fields (once per run); false without any. */
static const struct vary *vary_get(struct cx *x)
{
    if (!x->vary_done) {
        struct vary *v = &x->vary;
        x->vary_done = true;
        v->n = v->total = 0;
        v->first = NULL;
        if (!resp_ok(x->t))
            return NULL;
        for (uint32_t i = 0;;) {
            const struct hs_txn_field *f = hs_chk_next(&x->t->resp, x->r, HS_FID_VARY, &i);
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
    }
    return x->vary.total > 0 ? &x->vary : NULL;
}

static bool vary_has(const struct vary *v, const char *name, size_t len)
{
    for (unsigned i = 0; i < v->n; i++)
        if (hs_span_ieq(v->m[i], name, len))
            return true;
    return false;
}
#define VARY_HAS(v, lit) vary_has((v), (lit), sizeof(lit) - 1)

/*
 * RFC 9110 12.5.5; RFC 9111 4.1: "*" never matches, so every reuse needs the
 * origin. Host is part of the target URI already (the cache key). User-Agent
 * has thousands of values: caches keep one copy per browser build.
 */
static void vary_checks(struct cx *x)
{
    const struct vary *v = vary_get(x);
    if (!v)
        return;
    if (VARY_HAS(v, "*"))
        hs_chk_report_field(x->c, "cache.vary-star", v->first);
    if (VARY_HAS(v, "host"))
        hs_chk_report_field(x->c, "cache.vary-host", v->first);
    if (VARY_HAS(v, "user-agent"))
        hs_chk_report_field(x->c, "cache.vary-user-agent", v->first);
    for (unsigned i = 1; i < v->n; i++)
        for (unsigned j = 0; j < i; j++)
            if (hs_span_ieq(v->m[i], (const char *)v->m[j].p, v->m[j].len)) {
                hs_chk_reportf(x->c, "cache.vary-duplicate", "Vary: ... %.*s ... %.*s",
                               SPANF(v->m[j]), SPANF(v->m[i]));
                i = v->n;
                break;
            }
    if (v->total > VARY_MANY)
        hs_chk_report_field(x->c, "cache.vary-complex", v->first);
}

/* RFC 7240 2: a response shaped by Prefer varies on it. */
static void preference_applied_without_vary(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!resp_ok(t) || !get_head_or_unknown(t))
        return;
    const struct hs_txn_field *pa = FR(PREFERENCE_APPLIED);
    if (!pa || CCD(x, HS_DIR_S2C, K_NO_STORE) || CC_BARE(x, HS_DIR_S2C, K_PRIVATE))
        return;
    const struct vary *v = vary_get(x);
    if (!v)
        v = &x->vary; /* no members: n is 0 */
    if (!VARY_HAS(v, "prefer") && !VARY_HAS(v, "*"))
        hs_chk_report_field(x->c, "cache.preference-applied-without-vary", pa);
}

/* ---- CA-18 304 contents ---------------------------------------------------------------------- */

/*
 * RFC 9110 15.4.5: a 304 MUST carry the Date a 200 would have had, and SHOULD
 * NOT carry other representation metadata (caches copy it).
 */
static void checks_304(struct cx *x)
{
    if (!resp_ok(x->t))
        return;
    if (!HASR(DATE))
        hs_chk_reportf(x->c, "cache.304-without-date", "304 response without Date");
    const struct hs_txn_field *f = FR(CONTENT_TYPE);
    if (!f)
        f = FR(CONTENT_ENCODING);
    if (!f)
        f = FR(CONTENT_LANGUAGE);
    if (f)
        hs_chk_report_field(x->c, "cache.304-representation-metadata", f);
}

/* ---- CA-19 preconditions --------------------------------------------------------------------- */

/* The response's ETag, when its first ETag field is valid. */
static bool resp_etag(const struct cx *x, struct hs_etag *e, const struct hs_txn_field **fo)
{
    const struct hs_txn_field *f = FR(ETAG);
    if (fo)
        *fo = f;
    return f && hs_etag_parse_value(f->value, e);
}

/*
 * RFC 9110 13.1.2, 13.2.2: If-None-Match false (a listed tag matches the
 * selected representation weakly, or "*" and it exists) on GET/HEAD means 304.
 * A cache answering (Age present) only SHOULD evaluate it (RFC 9111 4.3.2): skipped.
 */
static void inm_ignored(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if ((t->status != 200 && t->status != 203 && t->status != 206) || !req_ok(t) || !resp_ok(t) ||
        !(HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD")) || !HASQ(IF_NONE_MATCH) ||
        HASR(AGE))
        return;
    struct hs_etag e;
    const struct hs_txn_field *ef, *inm = NULL;
    bool have = resp_etag(x, &e, &ef), star = false, matched = false;
    /* the list may be split over several field lines (RFC 9110 5.3) */
    for (uint32_t i = 0;
         !matched && (inm = hs_chk_next(&t->req, x->q, HS_FID_IF_NONE_MATCH, &i)) != NULL;)
        if (!hs_etag_list_match(inm->value, have ? &e : NULL, true, &star, &matched))
            return;
    if (!matched)
        return; /* else inm is the field that matched */
    if (star)
        hs_chk_reportf(x->c, "cache.if-none-match-ignored", "If-None-Match: * answered %u",
                       t->status);
    else
        hs_chk_reportf(x->c, "cache.if-none-match-ignored",
                       "If-None-Match: %.*s answered %u with ETag: %.*s", SPANF(inm->value),
                       t->status, SPANF(ef->value));
}

/*
 * RFC 9110 13.1.3: Last-Modified equal to If-Modified-Since (no If-None-Match)
 * SHOULD get a 304. Only the exact match is reported: servers may choose to
 * honour exact timestamps only (13.1.3), so earlier dates are not.
 */
static void ims_ignored(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if ((t->status != 200 && t->status != 206) || !req_ok(t) || !resp_ok(t) ||
        !(HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD")) || HASQ(IF_NONE_MATCH) ||
        !HASQ(IF_MODIFIED_SINCE) || (x->q->dup & FB(IF_MODIFIED_SINCE)))
        return;
    int64_t ims, lm;
    const struct hs_txn_field *imf, *lf;
    if (!field_date(x, DT_IMS, &ims, &imf) || !field_date(x, DT_LAST_MODIFIED, &lm, &lf) ||
        lm != ims)
        return;
    hs_chk_reportf(x->c, "cache.if-modified-since-ignored",
                   "If-Modified-Since: %.*s answered %u with the same Last-Modified",
                   SPANF(imf->value), t->status);
}

static bool method_ignores_preconditions(const struct hs_txn *t)
{
    return HS_CHK_METHOD_IS(t, "CONNECT") || HS_CHK_METHOD_IS(t, "OPTIONS") ||
           HS_CHK_METHOD_IS(t, "TRACE");
}

/* RFC 9110 13.1.3: If-Modified-Since is ignored unless the method is GET or HEAD. */
static void ims_not_get(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!req_ok(t) || HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD") ||
        method_ignores_preconditions(t))
        return;
    const struct hs_txn_field *f = FQ(IF_MODIFIED_SINCE);
    if (f)
        hs_chk_reportf(x->c, "cache.if-modified-since-not-get",
                       "%.*s with If-Modified-Since: %.*s",
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
static void weak_etag_in_if_match(struct cx *x)
{
    if (!req_ok(x->t))
        return;
    for (uint32_t i = 0;;) {
        const struct hs_txn_field *f = hs_chk_next(&x->t->req, x->q, HS_FID_IF_MATCH, &i);
        if (!f)
            return;
        if (list_has_weak(f->value)) {
            hs_chk_report_field(x->c, "cache.weak-etag-in-if-match", f);
            return;
        }
    }
}

/* The preconditions, in the order they are looked for. */
static const enum hs_fid precond_fids[] = {HS_FID_IF_MATCH, HS_FID_IF_NONE_MATCH,
                                           HS_FID_IF_MODIFIED_SINCE, HS_FID_IF_UNMODIFIED_SINCE,
                                           HS_FID_IF_RANGE};
#define PRECONDITIONS                                                                           \
    (FB(IF_MATCH) | FB(IF_NONE_MATCH) | FB(IF_MODIFIED_SINCE) | FB(IF_UNMODIFIED_SINCE) |       \
     FB(IF_RANGE))

/* RFC 9110 13.2.1: "there is no point in sending a conditional HEAD". */
static void conditional_head(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!HS_CHK_METHOD_IS(t, "HEAD") || !req_ok(t))
        return;
    const struct hs_txn_field *f = FQ(IF_NONE_MATCH);
    if (!f)
        f = FQ(IF_MODIFIED_SINCE);
    if (f)
        hs_chk_report_field(x->c, "cache.conditional-head", f);
}

/* RFC 9110 13.2.1: preconditions are ignored on CONNECT, OPTIONS and TRACE. */
static void precondition_method_ignored(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!method_ignores_preconditions(t) || !req_ok(t))
        return;
    for (size_t i = 0; i < sizeof precond_fids / sizeof precond_fids[0]; i++) {
        const struct hs_txn_field *f = hs_chk_first(&t->req, x->q, precond_fids[i]);
        if (f) {
            hs_chk_reportf(x->c, "cache.precondition-method-ignored", "%.*s with %.*s: %.*s",
                           (int)t->method.len, (const char *)t->method.p, SPANF(f->name),
                           SPANF(f->value));
            return;
        }
    }
}

/*
 * RFC 9110 13.1.1, 13.1.4: an origin that evaluates a false If-Match (strong
 * comparison) or If-Unmodified-Since MUST NOT perform the method; for GET/HEAD a
 * 2xx means it did. Caches may ignore both, so responses with Age are skipped.
 */
static void failed_precondition_ignored(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (t->status < 200 || t->status > 299 || !req_ok(t) || !resp_ok(t) ||
        !(HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD")))
        return;
    const struct hs_txn_field *im = FQ(IF_MATCH);
    if ((!im && !HASQ(IF_UNMODIFIED_SINCE)) || HASR(AGE))
        return;
    if (im) {
        struct hs_etag e;
        const struct hs_txn_field *ef;
        bool star, matched;
        if (!(x->q->dup & FB(IF_MATCH)) && resp_etag(x, &e, &ef) &&
            hs_etag_list_match(im->value, &e, false, &star, &matched) && !star && !matched)
            hs_chk_reportf(x->c, "cache.failed-precondition-ignored",
                           "If-Match: %.*s answered %u with ETag: %.*s", SPANF(im->value),
                           t->status, SPANF(ef->value));
        return;
    }
    int64_t ius, lm;
    const struct hs_txn_field *iuf;
    if (!(x->q->dup & FB(IF_UNMODIFIED_SINCE)) && field_date(x, DT_IUS, &ius, &iuf) &&
        field_date(x, DT_LAST_MODIFIED, &lm, NULL) && lm > ius)
        hs_chk_reportf(x->c, "cache.failed-precondition-ignored",
                       "If-Unmodified-Since: %.*s answered %u with a later Last-Modified",
                       SPANF(iuf->value), t->status);
}

/* ---- CA-21 validator syntax ------------------------------------------------------------------ */

/*
 * RFC 9110 8.8.3: ETag = entity-tag, a quoted opaque string, optionally W/.
 * RFC 9110 8.8.3 note: recipients might unescape backslashes (the old
 * quoted-string form).
 */
static void etag_checks(struct cx *x)
{
    struct hs_etag e;
    const struct hs_txn_field *f;
    if (!resp_ok(x->t))
        return;
    if (!resp_etag(x, &e, &f)) {
        if (f)
            hs_chk_report_field(x->c, "cache.etag-syntax", f);
    } else if (e.opaque.len && memchr(e.opaque.p, '\\', e.opaque.len)) {
        hs_chk_report_field(x->c, "cache.etag-backslash", f);
    }
}

/* RFC 9110 13.1.1, 13.1.2, 13.1.5: If-Match / If-None-Match / If-Range grammar. */
static void conditional_syntax(struct cx *x)
{
    const struct hs_txn *t = x->t;
    if (!req_ok(t))
        return;
    for (size_t k = 0; k < 2; k++) {
        for (uint32_t i = 0;;) {
            const struct hs_txn_field *f = hs_chk_next(&t->req, x->q, precond_fids[k], &i);
            bool star, matched;
            if (!f)
                break;
            if (!hs_etag_list_match(f->value, NULL, false, &star, &matched)) {
                hs_chk_report_field(x->c, "cache.conditional-syntax", f);
                return;
            }
        }
    }
    /* If-Range in the entity-tag form (RFC 9110 13.1.5: "W/" or a DQUOTE first; no
     * HTTP-date starts so); the HTTP-date form is judged with the other dates (FR-20). */
    const struct hs_txn_field *ir = FQ(IF_RANGE);
    if (ir) {
        struct hs_etag e;
        struct hs_span v = ir->value;
        bool tag = v.len > 0 && (v.p[0] == '"' || (v.len > 1 && v.p[0] == 'W' && v.p[1] == '/'));
        if (tag && !hs_etag_parse_value(v, &e))
            hs_chk_report_field(x->c, "cache.conditional-syntax", ir);
    }
}

/*
 * RFC 9110 13.1.5: a client MUST NOT send a weak entity-tag in If-Range, nor
 * If-Range without Range.
 */
static void if_range_checks(struct cx *x)
{
    struct hs_etag e;
    const struct hs_txn_field *f = req_ok(x->t) ? FQ(IF_RANGE) : NULL;
    if (!f)
        return;
    if (hs_etag_parse_value(f->value, &e) && e.weak)
        hs_chk_report_field(x->c, "cache.weak-etag-in-if-range", f);
    if (!HASQ(RANGE))
        hs_chk_report_field(x->c, "cache.if-range-without-range", f);
}

/* ---- CA-22 immutable ------------------------------------------------------------------------- */

/*
 * RFC 8246 2: immutable only applies during the freshness lifetime. A
 * close-delimited body cannot be told from a truncated one; immutable pins it.
 */
static void immutable_checks(struct cx *x)
{
    if (!side_cc(x, HS_DIR_S2C) || !CCD(x, HS_DIR_S2C, K_IMMUTABLE))
        return;
    if (!positive_lifetime(x))
        hs_chk_report_field(x->c, "cache.immutable-without-freshness", FR(CACHE_CONTROL));
    if (x->t->resp.framing == HS_H1_BODY_CLOSE)
        hs_chk_report_field(x->c, "cache.immutable-close-delimited", FR(CACHE_CONTROL));
}

/* ---- CA-23 invalid Expires ------------------------------------------------------------------- */

/*
 * RFC 9111 5.3: an invalid Expires (e.g. "0") means "already expired".
 * Reported only where it decides freshness (no max-age, s-maxage, no-store, no-cache).
 */
static void expires_invalid(struct cx *x)
{
    int64_t d;
    const struct hs_txn_field *f;
    if (!resp_ok(x->t) || field_date(x, DT_EXPIRES, &d, &f) || !f)
        return;
    if (CCD(x, HS_DIR_S2C, K_MAX_AGE) || CCD(x, HS_DIR_S2C, K_S_MAXAGE) ||
        CCD(x, HS_DIR_S2C, K_NO_STORE) || CC_BARE(x, HS_DIR_S2C, K_NO_CACHE))
        return;
    hs_chk_report_field(x->c, "cache.expires-invalid", f);
}

/* ---- CA-24 transformations ------------------------------------------------------------------- */

static bool warning_214(const struct cx *x)
{
    for (uint32_t i = 0;;) {
        const struct hs_txn_field *f = hs_chk_next(&x->t->resp, x->r, HS_FID_WARNING, &i);
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
static void transformed_despite_no_transform(struct cx *x)
{
    if (!resp_ok(x->t))
        return;
    bool is203 = x->t->status == 203;
    if (!is203 && !warning_214(x))
        return;
    const char *how = is203 ? "203 response" : "Warning: 214";
    if (CCD(x, HS_DIR_S2C, K_NO_TRANSFORM))
        hs_chk_reportf(x->c, "cache.transformed-despite-no-transform",
                       "%s with Cache-Control: no-transform", how);
    else if (req_ok(x->t) && CCD(x, HS_DIR_C2S, K_NO_TRANSFORM))
        hs_chk_reportf(x->c, "cache.transformed-despite-no-transform",
                       "%s to request Cache-Control: no-transform", how);
}

/* ---- running the area ------------------------------------------------------------------------ */

/*
 * Every check of the area, for one transaction: each group is guarded by what
 * its checks need at the least (a field, a directive, a status code, Age).
 */
static void cache_run(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    struct cx x;
    x.c = c;
    x.t = t;
    x.q = hs_chk_fields(c, HS_DIR_C2S);
    x.r = hs_chk_fields(c, HS_DIR_S2C);
    memset(x.dt, 0, sizeof x.dt);
    x.vary_done = false;
    x.age_ok = false;
    x.age_f = NULL;
    for (int dir = HS_DIR_C2S; dir <= HS_DIR_S2C; dir++) {
        const struct hs_txn_msg *m = dir == HS_DIR_C2S ? &t->req : &t->resp;
        const struct hs_chk_fields *fx = dir == HS_DIR_C2S ? x.q : x.r;
        /* one Cache-Control field (the usual case): through the memo */
        if ((fx->has & FB(CACHE_CONTROL)) && !(fx->dup & FB(CACHE_CONTROL)) &&
            m->fields[fx->first[HS_FID_CACHE_CONTROL]].value.len > 0)
            cc_parse_memo(c, &x.cc[dir], m, fx, dir,
                          m->fields[fx->first[HS_FID_CACHE_CONTROL]].value);
        else
            cc_parse(&x.cc[dir], m, fx, dir);
    }
    const uint64_t qh = x.q->has, rh = x.r->has;
    const uint32_t rc = x.cc[HS_DIR_S2C].has, qc = x.cc[HS_DIR_C2S].has;
    const uint16_t s = t->status;
    const size_t mark = hs_chk_mark(c);

    /* CA-01 .. CA-05: Cache-Control itself */
    single_directives(&x);
    if ((rc & (KB(K_PUBLIC) | KB(K_PRIVATE))) == (KB(K_PUBLIC) | KB(K_PRIVATE)))
        cc_public_and_private(&x);
    if (rc & KB(K_NO_STORE))
        cc_no_store_with_freshness(&x);
    if (rc & KB(K_PUBLIC))
        public_unnecessary(&x);
    /* CA-06, CA-07: Pragma, pre-check/post-check, Warning */
    if ((qh | rh) & FB(PRAGMA)) {
        pragma_extension(&x);
        if (rh & FB(PRAGMA))
            pragma_no_cache_response(&x);
    }
    if (rc & (KB(K_PRE_CHECK) | KB(K_POST_CHECK)))
        cc_ie_pre_post_check(&x);
    if ((qh | rh) & FB(WARNING))
        warning_obsolete(&x);
    /* CA-08, CA-09: Date, Expires, clocks (final responses only) */
    if (s >= 200) {
        missing_date(&x);
        if ((rc & KB(K_MAX_AGE)) && (rh & FB(EXPIRES)))
            max_age_expires_mismatch(&x);
        if (rh & FB(DATE)) {
            date_skew(&x);
            if (rh & FB(LAST_MODIFIED))
                lm_after_date(&x);
        }
    }
    /* CA-10 .. CA-12: Age */
    if ((rh & FB(AGE)) && s >= 200) {
        age_parse(&x);
        age_syntax(&x);
        age_overflow(&x);
        age_on_unstorable(&x);
        if (rc & KB(K_NO_CACHE))
            age_despite_no_cache(&x);
        age_despite_request_no_cache(&x);
        stale_despite_must_revalidate(&x);
        stale_response(&x);
        if (qc & KB(K_MAX_AGE))
            age_exceeds_request_max_age(&x);
    }
    if (s == 421)
        cacheable_421(&x);
    /* CA-13 .. CA-15: freshness and storability */
    if (rh & FB(LAST_MODIFIED))
        heuristic_freshness(&x);
    if ((s == 200 || s == 203) && (rc & (KB(K_NO_CACHE) | KB(K_MAX_AGE))))
        revalidation_without_validator(&x);
    if ((rc & (KB(K_MAX_AGE) | KB(K_S_MAXAGE))) || (rh & FB(EXPIRES)))
        not_storable(&x);
    /* CA-16: Vary */
    if (rh & FB(VARY))
        vary_checks(&x);
    if (rh & FB(PREFERENCE_APPLIED))
        preference_applied_without_vary(&x);
    /* CA-18 .. CA-21: 304, preconditions, validators */
    if (s == 304)
        checks_304(&x);
    if (qh & PRECONDITIONS) {
        if (qh & FB(IF_NONE_MATCH))
            inm_ignored(&x);
        if (qh & FB(IF_MODIFIED_SINCE)) {
            ims_ignored(&x);
            ims_not_get(&x);
        }
        if (qh & FB(IF_MATCH))
            weak_etag_in_if_match(&x);
        conditional_head(&x);
        precondition_method_ignored(&x);
        failed_precondition_ignored(&x);
        conditional_syntax(&x);
        if (qh & FB(IF_RANGE))
            if_range_checks(&x);
    }
    if (rh & FB(ETAG))
        etag_checks(&x);
    /* CA-22 .. CA-24 */
    if (rc & KB(K_IMMUTABLE))
        immutable_checks(&x);
    if (rh & FB(EXPIRES))
        expires_invalid(&x);
    if (s == 203 || (rh & FB(WARNING)))
        transformed_despite_no_transform(&x);
    if (s == 203 && resp_ok(t) && !(rh & FB(VIA))) /* RFC 9110 15.3.4, 7.6.3 */
        hs_chk_reportf(c, "cache.203-without-via", "203 response without Via");
    hs_chk_sort(c, mark);
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
     cache_run, NULL},
    {"cache.cc-unexpected-argument", "CA-01", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.1, §5.2.2",
     "Cache-Control directive that takes no argument has one",
     "no-store, no-transform, public, must-revalidate, proxy-revalidate, must-understand, "
     "only-if-cached, immutable and the request no-cache are defined without an argument; a "
     "value is either ignored or makes a cache reject the directive. Drop the \"=...\".",
     cache_run, NULL},
    {"cache.cc-invalid-delta-seconds", "CA-01", HS_AREA_CACHE, HS_SEV_ERROR, 'S',
     "RFC 9111 §1.2.2, §5.2",
     "max-age, s-maxage, min-fresh, max-stale or stale-* without a non-negative integer",
     "These directives take delta-seconds (1*DIGIT). A missing, negative or fractional value is "
     "invalid; caches are encouraged to treat the response as stale (RFC 9111 §4.2.1).",
     cache_run, NULL},
    {"cache.cc-duplicate-directive", "CA-01", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9111 §4.2.1",
     "A freshness directive appears more than once",
     "With several max-age (or s-maxage, ...) values a cache either uses the first or treats the "
     "response as stale, so the lifetime is unpredictable. Send each directive once, often a "
     "framework and a proxy both adding Cache-Control.",
     cache_run, NULL},
    {"cache.cc-not-lowercase", "CA-01", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.2",
     "Cache-Control directive name not in lower case",
     "Directive names are case-insensitive, but some caches and CDNs compare them literally. "
     "Lower case is the registered spelling.",
     cache_run, NULL},
    {"cache.cc-delta-overflow", "CA-01", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §1.2.2",
     "delta-seconds of 2^31 (68 years) or more",
     "Caches clamp such values to 2147483648 and some overflow 32-bit arithmetic. A year "
     "(31536000) is the usual \"forever\".",
     cache_run, NULL},
    /* CA-02 */
    {"cache.cc-quoted-delta-seconds", "CA-02", HS_AREA_CACHE, HS_SEV_ERROR, 'S',
     "RFC 9111 §5.2.1.1, §5.2.2.1, §5.2.2.10",
     "delta-seconds argument sent as a quoted string",
     "max-age, s-maxage, max-stale and min-fresh use the token form: max-age=5, not "
     "max-age=\"5\"; a sender MUST NOT generate the quoted form.",
     cache_run, NULL},
    {"cache.cc-field-list-token-form", "CA-02", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.2.4, §5.2.2.7",
     "no-cache or private field list not quoted",
     "The field-name list of no-cache and private uses the quoted-string form "
     "(private=\"Set-Cookie\"); the token form SHOULD NOT be generated and some caches then "
     "apply the directive to the whole response.",
     cache_run, NULL},
    /* CA-03 */
    {"cache.cc-request-directive-in-response", "CA-03", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.1", "Request-only Cache-Control directive in a response",
     "max-stale, min-fresh and only-if-cached are request directives; in a response they mean "
     "nothing, so whatever they were meant to achieve does not happen.",
     cache_run, NULL},
    {"cache.cc-response-directive-in-request", "CA-03", HS_AREA_CACHE, HS_SEV_WARNING, 'R',
     "RFC 9111 §5.2.2", "Response-only Cache-Control directive in a request",
     "public, private, s-maxage, must-revalidate, proxy-revalidate, must-understand, immutable and "
     "stale-while-revalidate are response directives; caches ignore them in a request.",
     cache_run, NULL},
    /* CA-04 */
    {"cache.cc-public-and-private", "CA-04", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.2.2.7, §5.2.2.9", "Response is marked both public and private",
     "The two directives contradict each other and caches resolve it differently; a shared "
     "cache may store a per-user response. Keep only the one you mean.",
     cache_run, NULL},
    {"cache.cc-no-store-with-freshness", "CA-04", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 9111 §5.2.2.5", "no-store together with a positive max-age, s-maxage or public",
     "no-store wins, so the lifetime or public has no effect; one of them is probably not what "
     "was meant. (no-store with max-age=0 or must-revalidate is a common belt-and-braces "
     "combination and is not reported.)",
     cache_run, NULL},
    /* CA-05 */
    {"cache.cc-public-unnecessary", "CA-05", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9111 §5.2.2.9",
     "public without a lifetime on a response that is cacheable anyway",
     "public only matters for responses to requests with Authorization or with a status that "
     "is not heuristically cacheable; here it changes nothing and sets no lifetime, so caches "
     "guess one. Send max-age (or no-cache) instead.",
     cache_run,
     "\"public, max-age=N\" on an ordinary GET is also unnecessary but a harmless, widely "
     "recommended idiom, so it is not reported. Request directives on methods whose responses "
     "are never reused (POST, PUT...) are not reported either: browsers send max-age=0 or "
     "no-cache on them routinely."},
    /* CA-06 */
    {"cache.pragma-extension", "CA-06", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.4",
     "Pragma with something other than no-cache",
     "Pragma is deprecated and only no-cache ever had a defined meaning; other pragmas are "
     "ignored by caches. Use Cache-Control.",
     cache_run,
     "Requests with Cache-Control: no-cache but without Pragma: no-cache are not reported: RFC "
     "9111 dropped the advice to send both for HTTP/1.0 caches."},
    {"cache.pragma-no-cache-in-response", "CA-06", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9111 §5.4", "Pragma: no-cache used to prevent caching of a response",
     "Pragma: no-cache has no specified meaning in responses, and nothing else here stops "
     "caches from storing and reusing this one. Send Cache-Control: no-cache (or no-store).",
     cache_run, NULL},
    {"cache.cc-ie-pre-post-check", "CA-06", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.2.3",
     "Ineffective Internet Explorer pre-check/post-check",
     "These IE-only extensions work only as a pair with post-check below pre-check; "
     "\"post-check=0, pre-check=0\" (as PHP once sent) is ignored. Remove them.",
     cache_run, NULL},
    /* CA-07 */
    {"cache.warning-obsolete", "CA-07", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.5",
     "Obsolete Warning header field",
     "RFC 9111 obsoletes Warning: clients no longer surface it. Its information (staleness, "
     "transformation) is conveyed by Age and the status code.",
     cache_run,
     "Only the presence of Warning is reported; warn-code semantics are obsolete."},
    /* CA-08 */
    {"cache.missing-date", "CA-08", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9110 §6.6.1",
     "2xx-4xx response without Date",
     "An origin server with a clock MUST send Date in 2xx, 3xx and 4xx responses; caches use it "
     "to compute age and Expires-based lifetimes. Last-Modified or Expires without Date "
     "suggests the server has a clock after all.",
     cache_run,
     "A passive observer cannot tell whether the origin has a clock (a clockless origin MUST "
     "NOT send Date); 1xx and 5xx responses, where Date is optional, are not checked."},
    {"cache.max-age-expires-mismatch", "CA-08", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 9111 §5.3, §4.2.1", "max-age and Expires disagree on whether the response is fresh",
     "HTTP/1.1 caches ignore Expires when max-age is present, but older caches use Expires; "
     "when one says fresh and the other stale they behave differently. Make them agree or drop "
     "Expires.",
     cache_run, NULL},
    /* CA-09 */
    {"cache.date-skew", "CA-09", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9110 §6.6.1",
     "Date differs from the capture time by more than 60 s",
     "Date should be the time the response was generated. Ahead of the packet time means the "
     "server clock runs fast; behind (without Age) means a slow clock or a cache that served a "
     "stored response without the Age it must add. Caches then misjudge age and freshness.",
     cache_run,
     "Judged against packet time with 60 s tolerance: if the capturing host's clock is wrong "
     "every response is reported. A Date behind the packet time is not judged when Age is "
     "present, and Date + Age in the future is not judged: Age is deliberately conservative "
     "(RFC 9111 4.2.3) and may include hop delays and origin clock skew."},
    {"cache.last-modified-after-date", "CA-09", HS_AREA_CACHE, HS_SEV_ERROR, 'S',
     "RFC 9110 §8.8.2.1", "Last-Modified later than Date",
     "An origin server with a clock MUST NOT send a Last-Modified in the future of its own Date; "
     "it must send the Date instead. A future modification time breaks If-Modified-Since "
     "validation.",
     cache_run, NULL},
    /* CA-10 */
    {"cache.age-syntax", "CA-10", HS_AREA_CACHE, HS_SEV_ERROR, 'S', "RFC 9111 §5.1",
     "Age is not a non-negative integer",
     "Age = delta-seconds; caches ignore an invalid value (negative, fractional, a list) and "
     "then overestimate freshness.",
     cache_run,
     "That a response with Age came from a cache is shown with the transaction, not reported."},
    {"cache.age-overflow", "CA-10", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §1.2.2",
     "Age of 2^31 seconds or more",
     "An age of 68 years or more is impossible and is clamped to 2147483648 by caches; the cache "
     "that sent it is likely computing age from a zero or corrupt date.",
     cache_run, NULL},
    /* CA-11 */
    {"cache.age-on-unstorable-response", "CA-11", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9111 §3, §3.5, §4", "Cache served a response it must not store",
     "The Age shows a cache stored this response, yet it has no-store or private, answers an "
     "unsafe method, has a status not cacheable without explicit freshness, or answers a "
     "request with Authorization without public/s-maxage/must-revalidate.",
     cache_run,
     "Only Age above 60 s plus the observed response time is taken as proof of storage; a cache "
     "configured by the site owner to override headers (a CDN rule) is indistinguishable."},
    {"cache.age-despite-no-cache", "CA-11", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9111 §4, §5.2.2.4", "Cache reused a no-cache response without validating it",
     "A response with no-cache must be validated with the origin before each reuse, which "
     "resets its age; an Age well above the transfer time means it was served from storage.",
     cache_run,
     "A cache that computes apparent age against an origin whose clock is behind can send a "
     "large Age after validation; 60 s plus the observed response time is tolerated."},
    {"cache.age-despite-request-no-cache", "CA-11", HS_AREA_CACHE, HS_SEV_INFO, 'X',
     "RFC 9111 §5.2.1.4, §5.4", "Stored response served although the client asked for validation",
     "The request said no-cache (a browser hard reload) but the Age shows the cache answered "
     "from storage without going to the origin; many CDNs ignore request directives by "
     "default.",
     cache_run, NULL},
    {"cache.421-cacheable", "CA-11", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9110 §15.5.20, §B.3",
     "421 Misdirected Request marked cacheable",
     "A 421 is specific to the connection it was sent on, not to the resource, which is why it "
     "is no longer heuristically cacheable; a lifetime or public lets caches replay it to "
     "clients on correct connections.",
     cache_run, NULL},
    /* CA-12 */
    {"cache.stale-despite-must-revalidate", "CA-12", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9111 §5.2.2.2, §5.2.2.8, §5.2.2.10, §4.2.4",
     "Stale response served despite must-revalidate, proxy-revalidate or s-maxage",
     "Once stale, such a response MUST NOT be reused without validation, whatever max-stale or "
     "stale-* say; the Age here exceeds the freshness lifetime (more than 10 s).",
     cache_run,
     "A cache that was disconnected from the origin and answered anyway must send 504 instead; "
     "no exemption applies."},
    {"cache.stale-response", "CA-12", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9111 §4.2.4",
     "Response served stale",
     "Age exceeds the explicit freshness lifetime plus any stale-while-revalidate, "
     "stale-if-error and request max-stale allowance. Caches may do so only when disconnected "
     "from the origin.",
     cache_run,
     "Whether the cache was disconnected from the origin, which permits serving stale, cannot be "
     "seen; heuristic lifetimes are not judged."},
    {"cache.age-exceeds-request-max-age", "CA-12", HS_AREA_CACHE, HS_SEV_INFO, 'X',
     "RFC 9111 §5.2.1.1", "Response older than the request's max-age",
     "The client asked for a response no older than max-age (max-age=0 on a browser reload) and "
     "received a stored one that is older.",
     cache_run, NULL},
    /* CA-13 */
    {"cache.heuristic-freshness", "CA-13", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §4.2.2",
     "No explicit lifetime: caches will guess one from Last-Modified",
     "Without max-age or Expires, browsers and proxies typically reuse the response for 10% of "
     "the time since Last-Modified without asking the server. Set Cache-Control explicitly "
     "(max-age, or no-cache to always revalidate).",
     cache_run,
     "Reported only with a Last-Modified giving at least 60 s (what caches actually use); "
     "whether a cache ignores explicit lifetimes in favour of a heuristic cannot be seen."},
    /* CA-14 */
    {"cache.revalidation-without-validator", "CA-14", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 9111 §5.2.2.4, §4.3.1", "Response must be revalidated but has no ETag or Last-Modified",
     "With no-cache or max-age=0 every reuse needs a conditional request, but without a "
     "validator the server can only answer with the full response. Add an ETag or "
     "Last-Modified, or use no-store.",
     cache_run, NULL},
    /* CA-15 */
    {"cache.not-storable", "CA-15", HS_AREA_CACHE, HS_SEV_INFO, 'X', "RFC 9111 §3, §3.5",
     "Response has a lifetime that caches cannot use",
     "The response sets a positive lifetime, but answers a method whose responses are not "
     "reused (anything but GET/HEAD, POST only with Content-Location) or, for shared caches, a "
     "request with Authorization without public, s-maxage or must-revalidate.",
     cache_run,
     "The full storability and freshness explanation is a summary shown with the transaction "
     "(TUI detail view); only a lifetime that cannot take effect is reported."},
    /* CA-16 */
    {"cache.vary-star", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §12.5.5; RFC 9111 §4.1",
     "Vary: *", "A Vary containing \"*\" never matches a later request, so caches must go "
     "to the origin every time; list the request fields that matter instead.",
     cache_run, "Whether a proxy (which MUST NOT generate \"*\") added it cannot be seen."},
    {"cache.vary-host", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §12.5.5",
     "Vary: Host", "Host is already part of the cache key (the target URI); varying on it "
     "adds nothing and some caches then refuse to store the response.",
     cache_run, NULL},
    {"cache.vary-user-agent", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §4.1",
     "Vary: User-Agent", "User-Agent has thousands of values, so caches keep one copy per "
     "browser build and the hit rate collapses. Vary on a normalised header (client hints) "
     "instead if possible.",
     cache_run, NULL},
    {"cache.vary-duplicate", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §12.5.5",
     "Same field listed twice in Vary", "Duplicates are harmless but usually mean two "
     "layers add Vary independently.",
     cache_run, NULL},
    {"cache.vary-complex", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §4.1",
     "Vary lists more than five fields", "Each selecting field multiplies the variants a "
     "cache must keep and lowers the hit rate.",
     cache_run, NULL},
    {"cache.preference-applied-without-vary", "CA-16", HS_AREA_CACHE, HS_SEV_INFO, 'S',
     "RFC 7240 §2", "Preference-Applied without Vary: Prefer",
     "The response was shaped by the request's Prefer field; without Vary: Prefer a cache can "
     "give it to clients with other preferences.",
     cache_run, NULL},
    /* CA-18 */
    {"cache.304-without-date", "CA-18", HS_AREA_CACHE, HS_SEV_WARNING, 'S', "RFC 9110 §15.4.5",
     "304 Not Modified without Date",
     "A 304 MUST carry the fields a 200 would have, Date included; caches use it to refresh the "
     "stored response's age.",
     cache_run, "A clockless origin sends no Date in any response; that cannot be seen."},
    {"cache.304-representation-metadata", "CA-18", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 9110 §15.4.5; RFC 9111 §4.3.4",
     "304 Not Modified carries Content-Type, Content-Encoding or Content-Language",
     "Caches copy a 304's fields into the stored response, so representation metadata here can "
     "overwrite the real one (a text/html 304 for an image). A sender SHOULD NOT generate it.",
     cache_run, NULL},
    /* CA-19 */
    {"cache.if-none-match-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_ERROR, 'X',
     "RFC 9110 §13.1.2, §13.2.2", "Full response although If-None-Match matched",
     "The ETag of the response matches a tag in If-None-Match (weak comparison), so the "
     "condition was false and a GET/HEAD MUST be answered 304: the body was sent for nothing.",
     cache_run,
     "Responses with Age (a cache answering, which only SHOULD evaluate conditions) are not "
     "judged."},
    {"cache.if-modified-since-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9110 §13.1.3", "Full response although Last-Modified equals If-Modified-Since",
     "The representation has not changed since the date the client sent, so the server SHOULD "
     "answer 304 Not Modified instead of resending it.",
     cache_run,
     "Only an exact match is judged: servers may choose to honour exact timestamps only, so a "
     "200 for an If-Modified-Since later than Last-Modified is not reported."},
    {"cache.if-modified-since-not-get", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'R',
     "RFC 9110 §13.1.3", "If-Modified-Since on a method other than GET or HEAD",
     "Recipients MUST ignore If-Modified-Since on other methods, so the request is not "
     "conditional; If-Unmodified-Since or If-Match protect state-changing requests.",
     cache_run, NULL},
    {"cache.weak-etag-in-if-match", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'R', "RFC 9110 §13.1.1",
     "If-Match lists a weak entity-tag",
     "If-Match uses the strong comparison, which a weak tag never passes: the request will "
     "always fail with 412.",
     cache_run, NULL},
    {"cache.conditional-head", "CA-19", HS_AREA_CACHE, HS_SEV_INFO, 'R', "RFC 9110 §13.2.1",
     "Conditional HEAD request",
     "A 200 to HEAD is about the size of a 304, so making HEAD conditional gains nothing.",
     cache_run, NULL},
    {"cache.precondition-method-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_INFO, 'R',
     "RFC 9110 §13.2.1", "Precondition on CONNECT, OPTIONS or TRACE",
     "These methods do not select a representation, so servers MUST ignore If-* fields on them.",
     cache_run, NULL},
    {"cache.failed-precondition-ignored", "CA-19", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9110 §13.1.1, §13.1.4, §13.2.2", "2xx although If-Match or If-Unmodified-Since failed",
     "The response's ETag does not strongly match If-Match (or its Last-Modified is after "
     "If-Unmodified-Since), so the origin MUST NOT have performed the request; a 412 was due.",
     cache_run,
     "Caches may ignore these preconditions, so responses with Age are not judged; a server "
     "without ETags cannot be judged on If-Match."},
    /* CA-21 */
    {"cache.etag-syntax", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'S', "RFC 9110 §8.8.3",
     "ETag is not a valid entity-tag",
     "An entity-tag is a double-quoted opaque string, optionally prefixed by W/ (e.g. "
     "ETag: \"abc\"). Unquoted or malformed tags are compared inconsistently or dropped by "
     "caches.",
     cache_run, NULL},
    {"cache.etag-backslash", "CA-21", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §8.8.3",
     "ETag contains a backslash",
     "Entity-tags were once quoted-strings, so some recipients unescape backslashes and then no "
     "longer match the tag; servers ought to avoid them.",
     cache_run, NULL},
    {"cache.conditional-syntax", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'R',
     "RFC 9110 §13.1.1, §13.1.2, §13.1.5", "If-Match, If-None-Match or If-Range is malformed",
     "If-Match and If-None-Match are \"*\" or a list of quoted entity-tags (\"*\" alone); "
     "If-Range is one entity-tag or one HTTP-date. Servers ignore or misread anything else.",
     cache_run,
     "An If-Range that is not in the entity-tag form is judged as an HTTP-date by "
     "framing.request-bad-date (FR-20)."},
    {"cache.weak-etag-in-if-range", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'R', "RFC 9110 §13.1.5",
     "If-Range with a weak entity-tag",
     "A client MUST NOT send a weak tag in If-Range: the strong comparison never matches it, so "
     "the whole representation is always resent.",
     cache_run, NULL},
    {"cache.if-range-without-range", "CA-21", HS_AREA_CACHE, HS_SEV_ERROR, 'R', "RFC 9110 §13.1.5",
     "If-Range without Range",
     "A client MUST NOT send If-Range without Range, and servers MUST ignore it.",
     cache_run, NULL},
    /* CA-22 */
    {"cache.immutable-without-freshness", "CA-22", HS_AREA_CACHE, HS_SEV_WARNING, 'S',
     "RFC 8246 §2", "immutable without a positive explicit lifetime",
     "immutable only suppresses revalidation while the response is fresh; without max-age (or "
     "Expires) it has no effect. Send e.g. max-age=31536000, immutable.",
     cache_run,
     "immutable over cleartext is not reported: clients ignore it outside https, but captures "
     "are often taken behind a TLS terminator where the client saw https."},
    {"cache.immutable-close-delimited", "CA-22", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 8246 §2",
     "immutable on a response whose length is not known",
     "The body ends when the connection closes, so a truncated copy looks complete; marked "
     "immutable, it would be reused without revalidation for its whole lifetime. Send "
     "Content-Length or chunked.",
     cache_run, NULL},
    /* CA-23 */
    {"cache.expires-invalid", "CA-23", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9111 §5.3",
     "Expires is not a valid HTTP-date",
     "Recipients treat an invalid Expires (\"0\", \"-1\") as already expired, which is "
     "probably the intent; Cache-Control: no-cache or max-age=0 says it validly.",
     cache_run,
     "Only reported where Expires decides freshness (no max-age, s-maxage, no-store or no-cache); "
     "whether an origin without Date has a clock cannot be seen (see cache.missing-date)."},
    /* CA-24 */
    {"cache.transformed-despite-no-transform", "CA-24", HS_AREA_CACHE, HS_SEV_WARNING, 'X',
     "RFC 9110 §7.7; RFC 9111 §5.2.2.6, §5.2.1.6", "Content transformed despite no-transform",
     "A 203 (or Warning 214) says a proxy transformed the content, but the response or request "
     "carries no-transform, which a proxy MUST honour (response) or is asked to (request).",
     cache_run,
     "Transformations that are not announced (no 203, no Warning 214) cannot be detected from "
     "one exchange."},
    {"cache.203-without-via", "CA-24", HS_AREA_CACHE, HS_SEV_INFO, 'S', "RFC 9110 §15.3.4, §7.6.3",
     "203 Non-Authoritative Information without Via",
     "203 means a transforming proxy changed a 200, and a proxy must add Via; without it the "
     "203 probably comes straight from the origin, which should send 200.",
     cache_run, NULL},
};
const size_t hs_n_checks_cache = sizeof hs_checks_cache / sizeof hs_checks_cache[0];
