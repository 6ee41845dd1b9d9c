/* engine.c: check registry, selection (--checks, --skip-checks, --min-severity) and running. */
#include "check.h"

#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../util/hs_mem.h"
#include "hdr.h"

/* ---- registry ------------------------------------------------------------------------ */

static const struct {
    const struct hs_check *v;
    const size_t *n;
} tables[] = {
    {hs_checks_status, &hs_n_checks_status},
    {hs_checks_cache, &hs_n_checks_cache},
    {hs_checks_redirect, &hs_n_checks_redirect},
    {hs_checks_framing, &hs_n_checks_framing},
};

size_t hs_chk_count(void)
{
    size_t n = 0;
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        n += *tables[i].n;
    return n;
}

const struct hs_check *hs_chk_get(size_t i)
{
    for (size_t k = 0; k < sizeof tables / sizeof tables[0]; k++) {
        if (i < *tables[k].n)
            return &tables[k].v[i];
        i -= *tables[k].n;
    }
    return NULL;
}

long hs_chk_find(const char *id)
{
    size_t n = hs_chk_count();
    for (size_t i = 0; i < n; i++)
        if (strcmp(hs_chk_get(i)->id, id) == 0)
            return (long)i;
    return -1;
}

const char *hs_sev_name(enum hs_sev s)
{
    switch (s) {
    case HS_SEV_INFO: return "info";
    case HS_SEV_WARNING: return "warning";
    case HS_SEV_ERROR: return "error";
    }
    return "?";
}

bool hs_sev_parse(const char *s, enum hs_sev *out)
{
    for (int v = HS_SEV_INFO; v <= HS_SEV_ERROR; v++)
        if (strcmp(s, hs_sev_name((enum hs_sev)v)) == 0) {
            *out = (enum hs_sev)v;
            return true;
        }
    return false;
}

const char *hs_area_name(enum hs_area a)
{
    static const char *const n[] = {"status", "cache", "redirect", "framing"};
    return (unsigned)a < HS_AREA_N ? n[a] : "?";
}

/* ---- engine ------------------------------------------------------------------------------- */

#define EVIDENCE_MAX 256

struct hs_chk_ctx {
    struct hs_chk_engine *e;
    const struct hs_txn *t;
    struct hs_cc cc[2];
    bool cc_done[2];
    struct hs_chk_fields fx[2]; /* field index of the request and the response */
    bool fx_done[2];
};

#define ID_SLOTS 1024 /* power of two, > 2x the number of checks */

struct hs_chk_engine {
    size_t n;
    int16_t ids[ID_SLOTS];    /* id hash -> check index + 1 (0 = empty) */
    bool *enabled;            /* owned, per check */
    hs_chk_fn *run;           /* owned: the functions of the enabled checks, in order */
    size_t nrun;
    uint64_t *counts;         /* owned, per check */
    struct hs_finding *v;     /* owned: findings of the current run */
    size_t nv, cap;
    struct hs_arena ev;       /* evidence of the current run */
    struct hs_chk_ctx ctx;
};

static size_t id_hash(const char *id)
{
    size_t h = 5381;
    for (; *id; id++)
        h = h * 33 + (unsigned char)*id;
    return h & (ID_SLOTS - 1);
}

/* Index of check id, through the engine's hash (reports happen often on busy links). */
static long engine_find(const struct hs_chk_engine *e, const char *id)
{
    for (size_t h = id_hash(id); e->ids[h]; h = (h + 1) & (ID_SLOTS - 1))
        if (strcmp(hs_chk_get((size_t)e->ids[h] - 1)->id, id) == 0)
            return e->ids[h] - 1;
    return -1;
}

/* Apply a comma-separated list of ids/globs; false if an item matches nothing. */
static bool apply(struct hs_chk_engine *e, const char *list, bool on, struct hs_err *err)
{
    char item[128];
    const char *p = list;
    while (*p) {
        size_t len = strcspn(p, ",");
        if (len == 0 || len >= sizeof item) {
            if (len) {
                hs_err_set(err, HS_ERR_ARG, "check pattern too long");
                return false;
            }
            p++;
            continue;
        }
        memcpy(item, p, len);
        item[len] = 0;
        bool any = false;
        for (size_t i = 0; i < e->n; i++) {
            const struct hs_check *c = hs_chk_get(i);
            if (fnmatch(item, c->id, 0) == 0 || strcmp(item, c->catalog) == 0) {
                e->enabled[i] = on;
                any = true;
            }
        }
        if (!any) {
            hs_err_set(err, HS_ERR_ARG, "no check matches '%s' (httpsift --list-checks)", item);
            return false;
        }
        p += len;
        if (*p == ',')
            p++;
    }
    return true;
}

enum hs_rc hs_chk_engine_new(const struct hs_chk_config *cfg, struct hs_chk_engine **out,
                             struct hs_err *err)
{
    struct hs_chk_engine *e = hs_calloc(1, sizeof *e);
    if (!e)
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    e->n = hs_chk_count();
    e->enabled = hs_calloc(e->n ? e->n : 1, sizeof *e->enabled);
    e->counts = hs_calloc(e->n ? e->n : 1, sizeof *e->counts);
    hs_arena_init(&e->ev);
    if (!e->enabled || !e->counts) {
        hs_chk_engine_free(e);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < e->n && i < ID_SLOTS / 2; i++) {
        const char *id = hs_chk_get(i)->id;
        size_t h = id_hash(id);
        while (e->ids[h])
            h = (h + 1) & (ID_SLOTS - 1);
        e->ids[h] = (int16_t)(i + 1);
    }
    for (size_t i = 0; i < e->n; i++)
        e->enabled[i] = !cfg->enable;
    if ((cfg->enable && !apply(e, cfg->enable, true, err)) ||
        (cfg->disable && !apply(e, cfg->disable, false, err))) {
        hs_chk_engine_free(e);
        return HS_ERR_ARG;
    }
    for (size_t i = 0; i < e->n; i++)
        if (hs_chk_get(i)->sev < cfg->min_sev)
            e->enabled[i] = false;
    /* The functions to call per transaction; a function serving several ids runs once. */
    e->run = hs_calloc(e->n ? e->n : 1, sizeof *e->run);
    if (!e->run) {
        hs_chk_engine_free(e);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < e->n; i++) {
        hs_chk_fn fn = hs_chk_get(i)->fn;
        bool dup = false;
        for (size_t k = 0; k < e->nrun && !dup; k++)
            dup = e->run[k] == fn;
        if (e->enabled[i] && fn && !dup)
            e->run[e->nrun++] = fn;
    }
    e->ctx.e = e;
    *out = e;
    return HS_OK;
}

void hs_chk_engine_free(struct hs_chk_engine *e)
{
    if (!e)
        return;
    hs_free(e->enabled);
    hs_free(e->run);
    hs_free(e->counts);
    hs_free(e->v);
    hs_arena_fini(&e->ev);
    hs_free(e);
}

bool hs_chk_enabled(const struct hs_chk_engine *e, size_t check)
{
    return check < e->n && e->enabled[check];
}

const uint64_t *hs_chk_counts(const struct hs_chk_engine *e)
{
    return e->counts;
}

static void begin_run(struct hs_chk_engine *e, const struct hs_txn *t)
{
    e->nv = 0;
    hs_arena_reset(&e->ev);
    e->ctx.t = t;
    e->ctx.cc_done[0] = e->ctx.cc_done[1] = false;
    e->ctx.fx_done[0] = e->ctx.fx_done[1] = false;
}

void hs_chk_run_txn(struct hs_chk_engine *e, const struct hs_txn *t, struct hs_findings *out)
{
    begin_run(e, t);
    /* fields not kept (memory budget): nothing can be judged fairly */
    for (size_t i = 0; i < e->nrun && !t->fields_dropped; i++)
        e->run[i](&e->ctx, t);
    out->v = e->v;
    out->n = e->nv;
}

/* Record check i with evidence (copied, cut at EVIDENCE_MAX bytes). */
static void add(struct hs_chk_engine *e, size_t i, const uint8_t *ev, size_t evlen)
{
    if (!e->enabled[i])
        return;
    /* one finding per check and transaction: the first evidence is kept */
    for (size_t k = 0; k < e->nv; k++)
        if (e->v[k].check == i)
            return;
    if (e->nv == e->cap) {
        size_t ncap = e->cap ? e->cap * 2 : 16;
        struct hs_finding *nv = hs_realloc(e->v, ncap * sizeof *nv);
        if (!nv)
            return;
        e->v = nv;
        e->cap = ncap;
    }
    if (evlen > EVIDENCE_MAX)
        evlen = EVIDENCE_MAX;
    uint8_t *copy = hs_arena_dup(&e->ev, ev, evlen);
    e->v[e->nv].check = (uint32_t)i;
    e->v[e->nv].evidence = hs_span_make(copy, copy ? evlen : 0);
    e->nv++;
    e->counts[i]++;
}

static long lookup_or_die(const char *id)
{
    long i = hs_chk_find(id);
    /* an unregistered id is a programming error in a check file */
    if (i < 0)
        fprintf(stderr, "httpsift: internal: unknown check id '%s'\n", id);
    return i;
}

void hs_chk_report(struct hs_chk_ctx *c, const char *id, const uint8_t *ev, size_t evlen)
{
    long i = engine_find(c->e, id);
    if (i < 0)
        i = lookup_or_die(id);
    if (i >= 0)
        add(c->e, (size_t)i, ev ? ev : (const uint8_t *)"", ev ? evlen : 0);
}

void hs_chk_reportf(struct hs_chk_ctx *c, const char *id, const char *fmt, ...)
{
    char buf[EVIDENCE_MAX + 1];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    hs_chk_report(c, id, (const uint8_t *)buf, (size_t)n < sizeof buf ? (size_t)n : EVIDENCE_MAX);
}

void hs_chk_report_field(struct hs_chk_ctx *c, const char *id, const struct hs_txn_field *f)
{
    uint8_t buf[EVIDENCE_MAX];
    size_t n = 0;
    if (f) {
        size_t a = f->name.len < EVIDENCE_MAX - 2 ? f->name.len : EVIDENCE_MAX - 2;
        memcpy(buf, f->name.p, a);
        n = a;
        buf[n++] = ':';
        buf[n++] = ' ';
        size_t b = f->value.len < EVIDENCE_MAX - n ? f->value.len : EVIDENCE_MAX - n;
        memcpy(buf + n, f->value.p, b);
        n += b;
    }
    hs_chk_report(c, id, buf, n);
}

uint64_t hs_chk_now_us(const struct hs_chk_ctx *c)
{
    const struct hs_txn *t = c->t;
    if (!t)
        return 0;
    return t->resp.seen ? t->resp.ts_first : t->req.ts_first;
}

void hs_chk_run_stray(struct hs_chk_engine *e, const struct hs_txn_stray *s,
                      struct hs_findings *out)
{
    begin_run(e, NULL);
    /* Bytes after a response that must not have content (SC-10), or more than it declared. */
    if (s->dir == HS_DIR_S2C && s->prev_known &&
        (s->prev_head || s->prev_status == 204 || s->prev_status == 304 ||
         (s->prev_status >= 100 && s->prev_status < 200))) {
        hs_chk_reportf(&e->ctx, "status.content-not-allowed",
                       "%llu bytes after a %u response%s", (unsigned long long)s->bytes,
                       s->prev_status, s->prev_head ? " to HEAD" : "");
    } else {
        hs_chk_reportf(&e->ctx, "framing.stray-bytes", "%llu %s bytes between messages",
                       (unsigned long long)s->bytes, s->dir == HS_DIR_C2S ? "client" : "server");
    }
    out->v = e->v;
    out->n = e->nv;
}

/* ---- header access ---------------------------------------------------------------------- */

static bool name_is(struct hs_span n, const char *name)
{
    return hs_span_ieq(n, name, strlen(name));
}

const struct hs_txn_field *hs_chk_field(const struct hs_txn_msg *m, const char *name)
{
    return hs_chk_field_nth(m, name, 0);
}

const struct hs_txn_field *hs_chk_field_nth(const struct hs_txn_msg *m, const char *name,
                                            unsigned i)
{
    size_t len = strlen(name);
    if (!(m->name_mask & hs_txn_name_bit((const uint8_t *)name, len)))
        return NULL;
    for (uint32_t k = 0; k < m->nfields; k++)
        if (name_is(m->fields[k].name, name) && i-- == 0)
            return &m->fields[k];
    return NULL;
}

unsigned hs_chk_field_count(const struct hs_txn_msg *m, const char *name)
{
    unsigned n = 0;
    if (!(m->name_mask & hs_txn_name_bit((const uint8_t *)name, strlen(name))))
        return 0;
    for (uint32_t k = 0; k < m->nfields; k++)
        n += name_is(m->fields[k].name, name);
    return n;
}

bool hs_chk_list_has(const struct hs_txn_msg *m, const char *name, const char *tok)
{
    size_t tlen = strlen(tok);
    if (!(m->name_mask & hs_txn_name_bit((const uint8_t *)name, strlen(name))))
        return false;
    for (uint32_t k = 0; k < m->nfields; k++) {
        if (!name_is(m->fields[k].name, name))
            continue;
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, m->fields[k].value);
        while (hs_list_next(&it, &el)) {
            /* compare the element's first token (parameters after ';' ignored) */
            size_t l = 0;
            while (l < el.len && el.p[l] != ';' && el.p[l] != ' ' && el.p[l] != '\t' &&
                   el.p[l] != '=')
                l++;
            if (hs_span_ieq(hs_span_make(el.p, l), tok, tlen))
                return true;
        }
    }
    return false;
}

const struct hs_cc *hs_chk_cc(struct hs_chk_ctx *c, int dir)
{
    if (!c->cc_done[dir]) {
        const struct hs_txn_msg *m = dir == HS_DIR_C2S ? &c->t->req : &c->t->resp;
        if (m->name_mask & hs_txn_name_bit((const uint8_t *)"cache-control", 13)) {
            hs_cc_parse(m, &c->cc[dir]);
        } else { /* no Cache-Control field: nothing to parse */
            c->cc[dir].n = c->cc[dir].dropped = 0;
            c->cc[dir].present = false;
        }
        c->cc_done[dir] = true;
    }
    return &c->cc[dir];
}

/* ---- field index ----------------------------------------------------------------------- */

/* Lower-case names of enum hs_fid, with their lengths. */
static const struct {
    const char *s;
    uint8_t n;
} fid_names[HS_FID_N] = {
#define F(x) {x, sizeof(x) - 1}
    F("accept"), F("accept-charset"), F("accept-encoding"), F("accept-language"),
    F("accept-ranges"), F("age"), F("allow"), F("alt-svc"), F("authentication-info"),
    F("authorization"), F("cache-control"), F("connection"), F("content-encoding"),
    F("content-language"), F("content-length"), F("content-location"), F("content-range"),
    F("content-type"), F("cookie"), F("date"), F("etag"), F("expect"), F("expires"),
    F("forwarded"), F("from"), F("host"), F("if-match"), F("if-modified-since"),
    F("if-none-match"), F("if-range"), F("if-unmodified-since"), F("last-modified"), F("link"),
    F("location"), F("max-forwards"), F("pragma"), F("preference-applied"),
    F("proxy-authenticate"), F("proxy-authentication-info"), F("proxy-authorization"),
    F("range"), F("referer"), F("retry-after"), F("server"), F("set-cookie"), F("te"),
    F("trailer"), F("transfer-encoding"), F("upgrade"), F("user-agent"), F("vary"), F("via"),
    F("warning"), F("www-authenticate"), F("x-forwarded-proto"),
#undef F
};

/*
 * fid + 1 by fid_hash() (0: no known name): collision-free over fid_names
 * (constants found by search). A new name needs a free slot or new constants;
 * hs_chk_fid() always compares the whole name, so a wrong slot only loses the name.
 */
static const uint8_t fid_slot[256] = {
    [0] = 39, [9] = 11, [10] = 9, [13] = 54, [22] = 53, [24] = 12, [30] = 16, [37] = 30,
    [40] = 5, [41] = 42, [42] = 1, [45] = 43, [46] = 28, [48] = 31, [50] = 2, [56] = 44,
    [57] = 25, [64] = 27, [68] = 7, [69] = 29, [73] = 47, [81] = 32, [98] = 23, [106] = 22,
    [110] = 50, [111] = 36, [120] = 55, [135] = 33, [146] = 8, [150] = 37, [152] = 26,
    [159] = 38, [160] = 6, [165] = 51, [166] = 34, [172] = 4, [178] = 41, [190] = 3, [195] = 19,
    [199] = 45, [201] = 18, [202] = 17, [204] = 52, [205] = 14, [207] = 46, [209] = 20,
    [223] = 13, [228] = 49, [230] = 15, [231] = 35, [237] = 24, [240] = 48, [241] = 40,
    [243] = 21, [251] = 10,
};

/* Length, first and last octet (ASCII case folded). */
static unsigned fid_hash(const uint8_t *p, size_t n)
{
    return (unsigned)(n + (p[0] | 0x20u) * 16u + (p[n - 1] | 0x20u) * 9u) & 255u;
}

/*
 * Eight octets of a name equal to eight of a lower-case literal (letters,
 * digits, "-") as hs_span_ieq() has it: they may differ only in bit 0x20, and
 * only where the literal holds a letter (bit 0x40 set, which "-" and digits lack).
 */
static bool ieq8(uint64_t a, uint64_t lit)
{
    return ((a ^ lit) & ~((lit >> 1) & 0x2020202020202020ULL)) == 0;
}

static bool ieq4(uint32_t a, uint32_t lit)
{
    return ((a ^ lit) & ~((lit >> 1) & 0x20202020u)) == 0;
}

/* p[0..n) equals the lower-case literal lit of length n, ignoring ASCII case. */
static bool name_ieq(const uint8_t *p, const char *lit, size_t n)
{
    uint64_t a, b;
    if (n >= 8) { /* whole words, then the last eight octets (overlapping) */
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&a, p + i, 8);
            memcpy(&b, lit + i, 8);
            if (!ieq8(a, b))
                return false;
        }
        memcpy(&a, p + n - 8, 8);
        memcpy(&b, lit + n - 8, 8);
        return ieq8(a, b);
    }
    if (n >= 4) {
        uint32_t x, y, u, v;
        memcpy(&x, p, 4);
        memcpy(&y, lit, 4);
        memcpy(&u, p + n - 4, 4);
        memcpy(&v, lit + n - 4, 4);
        return ieq4(x, y) && ieq4(u, v);
    }
    for (size_t i = 0; i < n; i++)
        if (hs_lower(p[i]) != (uint8_t)lit[i])
            return false;
    return true;
}

enum hs_fid hs_chk_fid(struct hs_span name)
{
    if (name.len < 2 || name.len > 25)
        return HS_FID_OTHER;
    unsigned k = fid_slot[fid_hash(name.p, name.len)];
    if (!k || fid_names[k - 1].n != name.len || !name_ieq(name.p, fid_names[k - 1].s, name.len))
        return HS_FID_OTHER;
    return (enum hs_fid)(k - 1);
}

const struct hs_chk_fields *hs_chk_fields(struct hs_chk_ctx *c, int dir)
{
    struct hs_chk_fields *x = &c->fx[dir];
    if (c->fx_done[dir])
        return x;
    c->fx_done[dir] = true;
    const struct hs_txn_msg *m = dir == HS_DIR_C2S ? &c->t->req : &c->t->resp;
    uint64_t has = 0, dup = 0;
    for (uint32_t i = 0; i < m->nfields; i++) {
        enum hs_fid f = hs_chk_fid(m->fields[i].name);
        if (i < HS_CHK_FID_KEEP)
            x->fid[i] = (uint8_t)f;
        if (f == HS_FID_OTHER)
            continue;
        uint64_t bit = HS_FID_BIT(f);
        if (has & bit) {
            dup |= bit;
            x->count[f]++;
        } else {
            has |= bit;
            x->first[f] = i;
            x->count[f] = 1;
        }
    }
    x->has = has;
    x->dup = dup;
    return x;
}

const struct hs_txn_field *hs_chk_next(const struct hs_txn_msg *m, const struct hs_chk_fields *x,
                                       enum hs_fid f, uint32_t *pos)
{
    if (!(x->has & HS_FID_BIT(f))) {
        *pos = m->nfields;
        return NULL;
    }
    for (uint32_t i = *pos > x->first[f] ? *pos : x->first[f]; i < m->nfields; i++)
        if (hs_chk_fid_at(x, m, i) == f) {
            *pos = i + 1;
            return &m->fields[i];
        }
    *pos = m->nfields;
    return NULL;
}

/* ---- finding order ----------------------------------------------------------------------- */

size_t hs_chk_mark(const struct hs_chk_ctx *c)
{
    return c->e->nv;
}

void hs_chk_sort(struct hs_chk_ctx *c, size_t mark)
{
    struct hs_finding *v = c->e->v;
    for (size_t i = mark + 1; i < c->e->nv; i++) { /* insertion sort: few findings, stable */
        struct hs_finding f = v[i];
        size_t k = i;
        for (; k > mark && v[k - 1].check > f.check; k--)
            v[k] = v[k - 1];
        v[k] = f;
    }
}
