/* check.h: the analysis engine: a registry of RFC checks run on transactions and stream events. */
#ifndef HS_ANALYSIS_CHECK_H
#define HS_ANALYSIS_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../txn/txn.h"
#include "../util/hs_arena.h"
#include "../util/hs_rc.h"
#include "../util/hs_span.h"
#include "hdr.h"

enum hs_sev {
    HS_SEV_INFO = 0, /* worth knowing */
    HS_SEV_WARNING,  /* a SHOULD is broken, or a likely bug */
    HS_SEV_ERROR     /* a MUST or MUST NOT is broken */
};

enum hs_area {
    HS_AREA_STATUS = 0, /* (a) status-code misuse, CHECKS.md SC-xx */
    HS_AREA_CACHE,      /* (b) caching, validators, conditional requests, CA-xx */
    HS_AREA_REDIRECT,   /* (c) redirects, RD-xx */
    HS_AREA_FRAMING,    /* (d) framing and conformance, FR-xx */
    HS_AREA_N
};

const char *hs_sev_name(enum hs_sev s);
bool hs_sev_parse(const char *s, enum hs_sev *out);
const char *hs_area_name(enum hs_area a);

struct hs_chk_ctx;

/* A check function: looks at t and calls hs_chk_report() for each problem. */
typedef void (*hs_chk_fn)(struct hs_chk_ctx *c, const struct hs_txn *t);

/*
 * One check. The registry is data: --list-checks, httpsift-checks(7) and the
 * findings all come from these entries. Scope: 'R' request, 'S' response, 'X'
 * exchange, 'C' connection / byte stream (CHECKS.md).
 */
struct hs_check {
    const char *id;       /* stable, dotted: "status.401-without-www-authenticate" */
    const char *catalog;  /* CHECKS.md row: "SC-13" */
    enum hs_area area;
    enum hs_sev sev;
    char scope;
    const char *rfc;      /* "RFC 9110 §15.5.2" */
    const char *title;    /* one line */
    const char *explain;  /* why it matters and how to fix it: a few sentences */
    hs_chk_fn fn;         /* NULL: raised by the engine itself (stream events) */
    const char *limits;   /* what a passive observer cannot judge of this row, or NULL */
};

/* Each area file defines its table; registry.c joins them in this order. */
extern const struct hs_check hs_checks_status[];
extern const size_t hs_n_checks_status;
extern const struct hs_check hs_checks_cache[];
extern const size_t hs_n_checks_cache;
extern const struct hs_check hs_checks_redirect[];
extern const size_t hs_n_checks_redirect;
extern const struct hs_check hs_checks_framing[];
extern const size_t hs_n_checks_framing;

/* Every check, in registry order (index = check number). */
size_t hs_chk_count(void);
const struct hs_check *hs_chk_get(size_t i);
/* Index of the check with this id, or -1. */
long hs_chk_find(const char *id);

/* ---- running --------------------------------------------------------------------- */

struct hs_finding {
    uint32_t check;          /* index into the registry */
    struct hs_span evidence; /* escaped on output; valid until the next run */
};

/* The findings of one transaction or stream event. */
struct hs_findings {
    struct hs_finding *v; /* owned by the engine */
    size_t n;
};

struct hs_chk_config {
    const char *enable;      /* --checks: comma-separated ids or globs; NULL = all */
    const char *disable;     /* --skip-checks: comma-separated ids or globs */
    enum hs_sev min_sev;     /* --min-severity */
};

struct hs_chk_engine;

/* Build an engine; HS_ERR_ARG with err when a glob matches no check. */
enum hs_rc hs_chk_engine_new(const struct hs_chk_config *cfg, struct hs_chk_engine **out,
                             struct hs_err *err);
void hs_chk_engine_free(struct hs_chk_engine *e);

/* Run every enabled check on t; *out is valid until the next run. */
void hs_chk_run_txn(struct hs_chk_engine *e, const struct hs_txn *t, struct hs_findings *out);
/* Findings for stray bytes on a connection (SC-10, FR-03). */
void hs_chk_run_stray(struct hs_chk_engine *e, const struct hs_txn_stray *s,
                      struct hs_findings *out);

/* Counts per check over the whole run (for the summary). */
const uint64_t *hs_chk_counts(const struct hs_chk_engine *e);

/* ---- for check functions ----------------------------------------------------------- */

/*
 * Report a finding of check `id` (must be a registered id; found through the
 * engine's hash of ids) with evidence: the offending value, copied.
 */
void hs_chk_report(struct hs_chk_ctx *c, const char *id, const uint8_t *ev, size_t evlen);
void hs_chk_reportf(struct hs_chk_ctx *c, const char *id, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Evidence "Name: value" from a field. */
void hs_chk_report_field(struct hs_chk_ctx *c, const char *id, const struct hs_txn_field *f);

/* Packet time of the response (or request), for date checks: never the wall clock. */
uint64_t hs_chk_now_us(const struct hs_chk_ctx *c);

/* ---- field index: every header field classified once per message ------------------------- */

/*
 * The fields of one message by kind. Names compare as hs_span_ieq() does
 * (ASCII case folding only). first[] and last[] are valid where has is set.
 */
struct hs_chk_fields {
    uint64_t has;                /* HS_FID_BIT() of every kind present */
    uint64_t dup;                /* ... of every kind present more than once */
    uint32_t first[HS_FID_N];    /* index of the first field of the kind */
    uint32_t last[HS_FID_N];     /* index of the last field of the kind */
};

/* The kind of a field called name (HS_FID_OTHER when none); also for list elements. */
enum hs_fid hs_chk_fid(struct hs_span name);
/*
 * s equals lit (n octets: lower-case letters, digits, "-") ignoring ASCII
 * case, as hs_span_ieq(): a few word compares instead of a loop.
 */
bool hs_chk_ieq(struct hs_span s, const char *lit, size_t n);
#define HS_CHK_IEQ(s, lit) hs_chk_ieq((s), (lit), sizeof(lit) - 1)
/* The field index of the request (HS_DIR_C2S) or response (HS_DIR_S2C), built once per run. */
const struct hs_chk_fields *hs_chk_fields(struct hs_chk_ctx *c, int dir);

/*
 * Does a list-valued field of kind f in m (every line of it; x is m's index)
 * have an element whose first token is tok (tlen octets), case-insensitive?
 * Parameters after ";" are ignored, as hs_list_has_token() does.
 */
bool hs_chk_list_has(const struct hs_txn_msg *m, const struct hs_chk_fields *x, enum hs_fid f,
                     const char *tok, size_t tlen);
#define HS_CHK_LIST_HAS(m, x, f, lit) hs_chk_list_has((m), (x), (f), (lit), sizeof(lit) - 1)

/* Is the request method exactly m (methods are case-sensitive, RFC 9110 §9.1)? */
static inline bool hs_chk_method_is(const struct hs_txn *t, const char *m, size_t len)
{
    return t->req.seen && hs_span_eq(t->method, m, len);
}
#define HS_CHK_METHOD_IS(t, lit) hs_chk_method_is((t), (lit), sizeof(lit) - 1)

/* The kind of m->fields[i], as the parser classified its name. */
static inline enum hs_fid hs_chk_fid_at(const struct hs_txn_msg *m, uint32_t i)
{
    return (enum hs_fid)m->fields[i].fid;
}

/* The first field of kind f in m (x is m's index), or NULL. */
static inline const struct hs_txn_field *hs_chk_first(const struct hs_txn_msg *m,
                                                      const struct hs_chk_fields *x, enum hs_fid f)
{
    return (x->has & HS_FID_BIT(f)) ? &m->fields[x->first[f]] : NULL;
}

/*
 * The next field of kind f at index *pos or later, or NULL; *pos moves past it.
 * Walks every field of a kind in one pass: for (uint32_t pos = 0; (f = hs_chk_next(...));).
 */
static inline const struct hs_txn_field *hs_chk_next(const struct hs_txn_msg *m,
                                                     const struct hs_chk_fields *x, enum hs_fid f,
                                                     uint32_t *pos)
{
    uint32_t i = *pos;
    if (!(x->has & HS_FID_BIT(f)) || i > x->last[f]) {
        *pos = m->nfields;
        return NULL;
    }
    if (i < x->first[f])
        i = x->first[f];
    for (; i <= x->last[f]; i++)
        if (hs_chk_fid_at(m, i) == f) {
            *pos = i + 1;
            return &m->fields[i];
        }
    *pos = m->nfields;
    return NULL;
}

/*
 * A memo of verdicts on field values, kept by the engine across runs (a few
 * hundred slots, the newest wins): values such as User-Agent, Accept or
 * Cache-Control repeat from one transaction to the next, and judging them
 * again costs more than a compare. tag says what the verdict is about:
 * HS_CHK_MEMO_TAG(area, k), k < 64 numbered by the area. A verdict is n
 * octets, copied; value and verdict together fit in HS_CHK_MEMO_MAX octets or
 * nothing is kept. A verdict must depend on (tag, value) alone, so a memo can
 * only save time, never change a finding.
 */
#define HS_CHK_MEMO_MAX 255
#define HS_CHK_MEMO_TAG(area, k) ((unsigned)(area) * 64u + (unsigned)(k))
/*
 * The verdict (n octets, not aligned: copy it out) on (tag, v) if it is
 * memorised, else NULL; valid until the next hs_chk_memo_put().
 */
const void *hs_chk_memo_get(const struct hs_chk_ctx *c, unsigned tag, struct hs_span v, size_t n);
void hs_chk_memo_put(struct hs_chk_ctx *c, unsigned tag, struct hs_span v, const void *verdict,
                     size_t n);

/*
 * hs_date_parse() of v (form HS_DATE_INVALID when it is not a date), kept for
 * the rest of the run by the span itself (a field value): the cache and
 * framing areas judge the same Date or Last-Modified field, and the second
 * gets the parse of the first. Valid until the next run or hs_chk_date().
 */
const struct hs_date *hs_chk_date(struct hs_chk_ctx *c, struct hs_span v);

/*
 * Findings come out in registry order. A check function that serves a whole
 * area may report in any order: it takes hs_chk_mark() first and calls
 * hs_chk_sort() at the end, which puts what was reported since the mark in
 * registry order (stable, so the first evidence of a check stays first).
 */
size_t hs_chk_mark(const struct hs_chk_ctx *c);
void hs_chk_sort(struct hs_chk_ctx *c, size_t mark);

#endif
