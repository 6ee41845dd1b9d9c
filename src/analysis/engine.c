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

/* A memorised verdict on a field value (hs_chk_memo_get): the value, then the verdict. */
struct memo_slot {
    uint16_t len; /* of the value; 0: empty */
    uint8_t tag;
    uint8_t vlen; /* of the verdict */
    uint8_t bytes[HS_CHK_MEMO_MAX];
};

#define MEMO_SLOTS 512 /* power of two */
#define RUN_DATES 4     /* dates remembered per run (hs_chk_date) */

struct hs_chk_ctx {
    struct hs_chk_engine *e;
    const struct hs_txn *t;
    struct memo_slot memo[MEMO_SLOTS]; /* kept across runs: values repeat (User-Agent, Accept) */
    struct hs_chk_fields fx[2]; /* field index of the request and the response, built per run */
    struct run_date {           /* dates parsed in this run, by field value (hs_chk_date) */
        const uint8_t *p;       /* borrowed, lifetime of the run */
        size_t len;
        struct hs_date d;
    } dates[RUN_DATES + 1];     /* the last one: a scratch slot once the others are taken */
    unsigned ndates;
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

const uint64_t *hs_chk_counts(const struct hs_chk_engine *e)
{
    return e->counts;
}

static void begin_run(struct hs_chk_engine *e, const struct hs_txn *t)
{
    e->nv = 0;
    hs_arena_reset(&e->ev);
    e->ctx.t = t;
    e->ctx.ndates = 0;
}

static void build_fields(struct hs_chk_fields *x, const struct hs_txn_msg *m);

void hs_chk_run_txn(struct hs_chk_engine *e, const struct hs_txn *t, struct hs_findings *out)
{
    begin_run(e, t);
    if (e->nrun) { /* every area reads the field index: build it once */
        build_fields(&e->ctx.fx[HS_DIR_C2S], &t->req);
        build_fields(&e->ctx.fx[HS_DIR_S2C], &t->resp);
    }
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

/* ---- field index ----------------------------------------------------------------------- */

enum hs_fid hs_chk_fid(struct hs_span name)
{
    return hs_fid_of(name.p, name.len);
}

bool hs_chk_ieq(struct hs_span s, const char *lit, size_t n)
{
    if (s.len != n)
        return false;
    if (n > 25) {
        size_t i = 0;
        for (; i + 8 < n; i += 8)
            if (hs_fid_diff8(hs_ld64(s.p + i), hs_ld64(lit + i)))
                return false;
        return hs_fid_diff8(hs_ld64(s.p + n - 8), hs_ld64(lit + n - 8)) == 0;
    }
    return n == 0 || hs_fid_ieq(s.p, lit, n);
}

bool hs_chk_list_has(const struct hs_txn_msg *m, const struct hs_chk_fields *x, enum hs_fid f,
                     const char *tok, size_t tlen)
{
    const struct hs_txn_field *fl;
    for (uint32_t k = 0; (fl = hs_chk_next(m, x, f, &k)) != NULL;)
        if (hs_list_has_token(fl->value, tok, tlen))
            return true;
    return false;
}

/* Index the fields of m by kind (the parser classified each name) into x. */
static void build_fields(struct hs_chk_fields *x, const struct hs_txn_msg *m)
{
    uint64_t has = 0, dup = 0;
    const uint32_t n = m->nfields;
    for (uint32_t i = 0; i < n; i++) {
        const unsigned f = m->fields[i].fid;
        if (f == HS_FID_OTHER)
            continue;
        uint64_t bit = HS_FID_BIT(f);
        if (!(has & bit))
            x->first[f] = i;
        dup |= has & bit;
        has |= bit;
        x->last[f] = i;
    }
    x->has = has;
    x->dup = dup;
}

const struct hs_chk_fields *hs_chk_fields(struct hs_chk_ctx *c, int dir)
{
    return &c->fx[dir];
}

/* ---- memo of verdicts on field values ----------------------------------------------------- */

/* The slot of (tag, v): from the length, the tag and three octets. */
static inline size_t memo_index(unsigned tag, struct hs_span v)
{
    uint32_t h = (uint32_t)v.len * 0x9e3779b1u;
    h ^= tag * 0x85ebca6bu + v.p[0] * 0xc2b2ae35u + v.p[v.len / 2] * 0x27d4eb2fu +
         v.p[v.len - 1] * 0x165667b1u;
    h ^= h >> 15;
    return (h * 0x2c1b3c6du >> 23) & (MEMO_SLOTS - 1);
}

const void *hs_chk_memo_get(const struct hs_chk_ctx *c, unsigned tag, struct hs_span v, size_t n)
{
    if (v.len == 0 || v.len + n > HS_CHK_MEMO_MAX)
        return NULL;
    const struct memo_slot *s = &c->memo[memo_index(tag, v)];
    if (s->len != v.len || s->tag != tag || s->vlen != n)
        return NULL;
    const uint8_t *b = s->bytes;
    if (v.len >= 8 && v.len <= 32) { /* overlapping words, no call */
        uint64_t d =
            (hs_ld64(b) ^ hs_ld64(v.p)) | (hs_ld64(b + v.len - 8) ^ hs_ld64(v.p + v.len - 8));
        if (v.len > 16)
            d |= hs_ld64(b + 8) ^ hs_ld64(v.p + 8);
        if (v.len > 24)
            d |= hs_ld64(b + 16) ^ hs_ld64(v.p + 16);
        if (d)
            return NULL;
    } else if (memcmp(b, v.p, v.len) != 0) {
        return NULL;
    }
    return b + v.len;
}

void hs_chk_memo_put(struct hs_chk_ctx *c, unsigned tag, struct hs_span v, const void *verdict,
                     size_t n)
{
    if (v.len == 0 || v.len + n > HS_CHK_MEMO_MAX)
        return;
    struct memo_slot *s = &c->memo[memo_index(tag, v)];
    memcpy(s->bytes, v.p, v.len);
    memcpy(s->bytes + v.len, verdict, n);
    s->len = (uint16_t)v.len;
    s->tag = (uint8_t)tag;
    s->vlen = (uint8_t)n;
}

/* ---- dates ------------------------------------------------------------------------------------ */

const struct hs_date *hs_chk_date(struct hs_chk_ctx *c, struct hs_span v)
{
    for (unsigned i = 0; i < c->ndates; i++)
        if (c->dates[i].p == v.p && c->dates[i].len == v.len)
            return &c->dates[i].d;
    struct run_date *r = &c->dates[c->ndates < RUN_DATES ? c->ndates++ : RUN_DATES];
    r->p = v.p;
    r->len = v.len;
    hs_date_parse(v, &r->d);
    return &r->d;
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
