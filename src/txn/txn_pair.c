/* txn_pair.c: owns a connection's two parsers and pairs responses with requests in order. */
#include "txn.h"

#include <assert.h>
#include <string.h>

#include "../util/hs_mem.h"

#define SCRATCH_BYTES 65536

struct hs_txn_mgr {
    struct hs_txn_limits lim;
    struct hs_txn_cb cb;
    struct hs_txn_stats st;
    struct hs_h1_field *fields; /* owned: scratch shared by every parser */
    struct hs_txn *free_txns;   /* owned: finished transactions kept for reuse */
    uint32_t n_free;
    uint8_t *scratch;           /* owned: inflate output, discarded */
};

struct hs_txn_conn {
    struct hs_txn_mgr *m;       /* borrowed */
    struct hs_h1_parser *p[2];  /* owned: [HS_DIR_C2S] requests, [HS_DIR_S2C] responses */
    uint64_t conn_id;
    uint8_t af;
    uint8_t addr[2][16];
    uint16_t port[2];
    uint32_t depth;             /* transactions started */
    struct hs_txn *head, *tail; /* owned: requests waiting for (the end of) their response */
    uint32_t pending;
    struct hs_txn *cur_req;     /* borrowed (in the FIFO): request being parsed */
    struct hs_txn *cur_resp;    /* owned: response being parsed, popped from the FIFO */
    struct hs_txn *deferred;    /* owned: answered while its request was still arriving */
    uint32_t stray_depth[2];    /* depth when the current run of stray bytes began */
    uint64_t acked[2];          /* hs_txn_conn_ack: what dir's sender had acknowledged */
    struct hs_h1_inflate *inflate; /* owned: decoder of cur_resp's body */
    bool last_known;            /* the last response that ended: for stray-data reports */
    uint16_t last_status;
    bool last_head;
    bool counted_http;
};

/* ---- transactions ------------------------------------------------------------------ */

#define MAX_FREE_TXNS 64

static struct hs_txn *txn_new(struct hs_txn_conn *c)
{
    struct hs_txn_mgr *m = c->m;
    struct hs_txn *t = m->free_txns;
    if (t) {
        /* recycled: keep its arena's block, clear the rest */
        m->free_txns = t->next;
        m->n_free--;
        struct hs_arena a = t->arena;
        memset(t, 0, sizeof *t);
        t->arena = a;
    } else {
        t = hs_calloc(1, sizeof *t);
        if (!t) {
            m->st.nomem++;
            return NULL;
        }
        hs_arena_init(&t->arena);
    }
    t->conn_id = c->conn_id;
    t->depth = ++c->depth;
    t->af = c->af;
    memcpy(t->client_addr, c->addr[0], 16);
    memcpy(t->server_addr, c->addr[1], 16);
    t->client_port = c->port[0];
    t->server_port = c->port[1];
    return t;
}

/* Charge what t's arena grew by to the budget of unfinished transactions. */
static void charge(struct hs_txn_mgr *m, struct hs_txn *t)
{
    if (t->arena.total > t->mem_counted) {
        m->st.mem += t->arena.total - t->mem_counted;
        t->mem_counted = t->arena.total;
        if (m->st.mem > m->st.peak_mem)
            m->st.peak_mem = m->st.mem;
    }
}

static bool over_budget(const struct hs_txn_mgr *m)
{
    return m->lim.max_mem && m->st.mem > m->lim.max_mem;
}

static void txn_free(struct hs_txn_mgr *m, struct hs_txn *t)
{
    if (!t)
        return;
    m->st.mem -= t->mem_counted;
    if (m->n_free < MAX_FREE_TXNS) {
        hs_arena_reset(&t->arena);
        t->next = m->free_txns;
        m->free_txns = t;
        m->n_free++;
        return;
    }
    hs_arena_fini(&t->arena);
    hs_free(t);
}

#define ANY(t, a) ((((t)->req.anomalies | (t)->resp.anomalies) >> (a)) & 1)

static void emit(struct hs_txn_conn *c, struct hs_txn *t)
{
    struct hs_txn_stats *st = &c->m->st;
    /* limits that show on the message: counted here for the end-of-run summary */
    st->line_limit_hits += ANY(t, HS_H1_A_LINE_TOO_LONG);
    st->fields_limit_hits += ANY(t, HS_H1_A_TOO_MANY_HEADERS);
    st->header_limit_hits += ANY(t, HS_H1_A_HEADERS_TOO_LARGE);
    st->decode_limit_hits += t->resp.decoded == HS_DECODE_LIMIT;
    st->decode_ratio_hits += t->resp.decoded == HS_DECODE_RATIO;
    st->transactions++;
    if (hs_txn_complete(t))
        st->complete++;
    if (!t->req.seen)
        st->orphan_responses++;
    else if (!t->resp.seen)
        st->unanswered++;
    if (c->m->cb.txn)
        c->m->cb.txn(c->m->cb.ud, t);
    txn_free(c->m, t);
}

static void fifo_push(struct hs_txn_conn *c, struct hs_txn *t)
{
    t->next = NULL;
    if (c->tail)
        c->tail->next = t;
    else
        c->head = t;
    c->tail = t;
    c->pending++;
}

static struct hs_txn *fifo_pop(struct hs_txn_conn *c)
{
    struct hs_txn *t = c->head;
    if (!t)
        return NULL;
    c->head = t->next;
    if (!c->head)
        c->tail = NULL;
    t->next = NULL;
    c->pending--;
    return t;
}

static struct hs_span dup_span(struct hs_txn *t, struct hs_span s)
{
    uint8_t *d = hs_arena_dup(&t->arena, s.p, s.len);
    return hs_span_make(d, d ? s.len : 0);
}

/* v lists nothing: only commas and whitespace (RFC 9110 5.6.1 empty list elements). */
static bool list_empty(struct hs_span v)
{
    for (size_t i = 0; i < v.len; i++)
        if (v.p[i] != ',' && !hs_is_ows(v.p[i]))
            return false;
    return true;
}

#define NO_FIELD UINT32_MAX

/* The fields a transaction keeps apart: indexes into the message's fields (NO_FIELD: none). */
struct picked {
    uint32_t host;  /* the first Host */
    uint32_t ctype; /* the first Content-Type */
    /*
     * The last Content-Encoding that lists a coding: codings are listed in the
     * order applied and repeated fields form one list (RFC 9110 8.4, 5.3).
     */
    uint32_t cenc;
};

static inline void pick(struct picked *k, const struct hs_h1_field *f, uint32_t i)
{
    switch (f->fid) {
    case HS_FID_HOST:
        if (k->host == NO_FIELD)
            k->host = i;
        break;
    case HS_FID_CONTENT_TYPE:
        if (k->ctype == NO_FIELD)
            k->ctype = i;
        break;
    case HS_FID_CONTENT_ENCODING:
        if (k->cenc == NO_FIELD || !list_empty(f->value))
            k->cenc = i;
        break;
    default: break;
    }
}

/* Find the picked fields of m without copying anything. */
static void pick_fields(const struct hs_h1_msg *m, struct picked *k)
{
    k->host = k->ctype = k->cenc = NO_FIELD;
    for (uint32_t i = 0; i < m->nfields; i++)
        pick(k, &m->fields[i], i);
}

/*
 * Copy the fields into the arena and find the picked ones (pk). Returns true
 * when the values were copied byte for byte (tm->fields[i] then holds what
 * m->fields[i] does); otherwise obs-fold line breaks and bare CRs became single
 * spaces, or memory ran out.
 */
static bool copy_fields(struct hs_txn *t, struct hs_txn_msg *tm, const struct hs_h1_msg *m,
                        struct picked *pk)
{
    tm->nfields = 0;
    pk->host = pk->ctype = pk->cenc = NO_FIELD;
    if (!m->nfields)
        return false;
    tm->fields = hs_arena_alloc(&t->arena, m->nfields * sizeof *tm->fields);
    if (!tm->fields) {
        pick_fields(m, pk);
        return false;
    }
    if (!(m->anomalies & (((uint64_t)1 << HS_H1_A_OBS_FOLD) | ((uint64_t)1 << HS_H1_A_BARE_CR)))) {
        /*
         * The fields lie in one header block, in order, each within its line:
         * copy the block once, from the first name to the end of the last field,
         * and point into the copy.
         */
        const struct hs_h1_field *last = &m->fields[m->nfields - 1];
        const uint8_t *lo = m->fields[0].name.p, *hi = last->name.p + last->name.len;
        if (last->value.p + last->value.len > hi)
            hi = last->value.p + last->value.len;
        uint8_t *blk = hs_arena_dup(&t->arena, lo, (size_t)(hi - lo));
        if (!blk) {
            pick_fields(m, pk);
            return false;
        }
        for (uint32_t i = 0; i < m->nfields; i++) {
            const struct hs_h1_field *f = &m->fields[i];
            assert(f->name.p >= lo && f->value.p >= lo && f->value.p + f->value.len <= hi);
            tm->fields[i].name = hs_span_make(blk + (f->name.p - lo), f->name.len);
            tm->fields[i].value =
                hs_span_make(f->value.len ? blk + (f->value.p - lo) : blk, f->value.len);
            tm->fields[i].fid = f->fid;
            pick(pk, f, i);
        }
        tm->nfields = m->nfields;
        return true;
    }
    pick_fields(m, pk); /* values change below; the picked ones are taken from m */
    for (uint32_t i = 0; i < m->nfields; i++) {
        struct hs_txn_field *f = &tm->fields[i];
        f->name = dup_span(t, m->fields[i].name);
        f->fid = m->fields[i].fid;
        struct hs_span v = m->fields[i].value;
        uint8_t *d = hs_arena_alloc(&t->arena, v.len);
        size_t n = 0;
        if (!d)
            break;
        for (size_t k = 0; k < v.len; k++) {
            uint8_t ch = v.p[k];
            if (ch == '\r' || ch == '\n') {
                /* obs-fold: CRLF and the whitespace after it become one SP; so does a
                 * bare CR (RFC 9112 2.2, 5.2) */
                while (k + 1 < v.len &&
                       (v.p[k + 1] == '\r' || v.p[k + 1] == '\n' || hs_is_ows(v.p[k + 1])))
                    k++;
                while (n && hs_is_ows(d[n - 1]))
                    n--;
                ch = ' ';
            }
            d[n++] = ch;
        }
        f->value = hs_span_make(d, n);
        tm->nfields = i + 1;
    }
    return false;
}

/*
 * Field i of m, for the transaction: the copy when the fields were copied byte
 * for byte, else a copy of the value as on the wire.
 */
static struct hs_span kept_value(struct hs_txn *t, const struct hs_txn_msg *tm,
                                 const struct hs_h1_msg *m, uint32_t i, bool verbatim)
{
    return verbatim ? tm->fields[i].value : dup_span(t, m->fields[i].value);
}

static void msg_end(struct hs_txn_msg *tm, const struct hs_h1_msg *m, uint64_t ts)
{
    tm->complete = m->complete;
    tm->ts_end = ts;
    tm->header_bytes = m->header_bytes;
    tm->body_len = m->body_len;
    tm->body_wire = m->body_wire;
    tm->gap_bytes = m->gap_bytes;
    tm->trailers = m->trailers;
    tm->framing = m->body;
    tm->anomalies |= m->anomalies;
    tm->major = m->major;
    tm->minor = m->minor;
}

/* ---- request parser callbacks --------------------------------------------------------- */

static void req_begin(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    if (c->pending >= c->m->lim.max_pending) {
        /* too many unanswered requests: report the oldest as unanswered */
        c->m->st.pending_limit_hits++;
        struct hs_txn *old = fifo_pop(c);
        if (old)
            emit(c, old);
    }
    while (over_budget(c->m) && c->head) {
        /* unfinished transactions hold too much: this connection's oldest goes first */
        c->m->st.mem_limit_hits++;
        emit(c, fifo_pop(c));
    }
    struct hs_txn *t = txn_new(c);
    c->cur_req = t;
    if (!t)
        return;
    t->req.seen = true;
    t->req.ts_first = ts;
    t->req.major = m->major;
    t->req.minor = m->minor;
    t->method = dup_span(t, m->method);
    t->target = dup_span(t, m->target);
    t->req_acked = c->acked[HS_DIR_C2S];
    charge(c->m, t);
    fifo_push(c, t);
    if (m->major == 0)
        hs_h1_expect_http09(c->p[HS_DIR_S2C]);
}

static void req_headers(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    struct hs_txn *t = c->cur_req;
    (void)ts;
    if (!t)
        return;
    struct picked k;
    bool verbatim = false;
    if (over_budget(c->m)) {
        c->m->st.mem_limit_hits++;
        t->fields_dropped = true;
        pick_fields(m, &k);
    } else {
        verbatim = copy_fields(t, &t->req, m, &k);
    }
    if (k.host != NO_FIELD)
        t->host = kept_value(t, &t->req, m, k.host, verbatim);
    charge(c->m, t);
}

static void req_end(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    struct hs_txn *t = c->cur_req;
    c->cur_req = NULL;
    if (!t)
        return;
    msg_end(&t->req, m, ts);
    if (c->deferred == t) { /* the response ended first (e.g. an early 413) */
        c->deferred = NULL;
        emit(c, t);
    }
}

/* ---- response parser callbacks ------------------------------------------------------- */

static bool method_is(const struct hs_txn *t, const char *m, size_t len)
{
    return t && t->req.seen && hs_span_eq(t->method, m, len);
}

/* An interim response: 1xx but 101, which ends HTTP on the connection (RFC 9110 15.2). */
static bool is_interim(uint16_t status)
{
    return status >= 100 && status < 200 && status != 101;
}

static void resp_begin(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    if (is_interim(m->status)) {
        /* interim response: belongs to the oldest unanswered request */
        struct hs_txn *t = c->head;
        if (t && t->n_interim < HS_TXN_MAX_INTERIM) {
            if (!t->n_interim)
                t->interim_ts = ts;
            t->interim[t->n_interim++] = m->status;
        }
        return;
    }
    /*
     * Pairing after capture loss, from what the client had acknowledged when it
     * sent each request (a response to a request starts at or after that point):
     * - a later request sent after the client had received more, but not beyond
     *   this response's start, means the older request's response was lost;
     * - a request sent after the client had received beyond this response's start
     *   cannot be what it answers: its own request was lost (an orphan).
     * Pipelined requests carry the same acknowledgement and are never judged.
     */
    struct hs_txn *h;
    while ((h = c->head) && h->next && h->req_acked != UINT64_MAX &&
           h->next->req_acked != UINT64_MAX && h->next->req_acked > h->req_acked &&
           h->next->req_acked <= m->offset) {
        c->m->st.lost_responses++;
        emit(c, fifo_pop(c));
    }
    struct hs_txn *t = NULL;
    if (c->head && !(c->head->req_acked != UINT64_MAX && c->head->req_acked > m->offset))
        t = fifo_pop(c);
    if (!t) {
        t = txn_new(c); /* a response with no request: capture began mid-connection or lost it */
        if (!t)
            return;
    }
    c->cur_resp = t;
    t->resp.seen = true;
    t->resp.ts_first = ts;
    t->status = m->status;
    t->reason = dup_span(t, m->reason);
    /* RFC 9112 6.3: the request method decides HEAD and CONNECT framing (and tunnels) */
    m->req_head = method_is(t, "HEAD", 4);
    m->req_connect = method_is(t, "CONNECT", 7);
}

static void resp_headers(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    (void)ts;
    if (is_interim(m->status))
        return;
    struct hs_txn *t = c->cur_resp;
    if (!t)
        return;
    struct picked k;
    bool verbatim = false;
    if (over_budget(c->m)) {
        c->m->st.mem_limit_hits++;
        t->fields_dropped = true;
        pick_fields(m, &k);
    } else {
        verbatim = copy_fields(t, &t->resp, m, &k);
    }
    if (k.ctype != NO_FIELD)
        t->content_type = kept_value(t, &t->resp, m, k.ctype, verbatim);
    t->resp.coding =
        k.cenc != NO_FIELD ? hs_h1_coding_of(m->fields[k.cenc].value) : HS_CODING_IDENTITY;
    charge(c->m, t);
}

static void resp_body(void *ud, struct hs_h1_msg *m, const uint8_t *p, size_t n, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    struct hs_txn *t = c->cur_resp;
    (void)m, (void)ts;
    if (!t || !c->m->lim.decode_bodies || t->resp.coding == HS_CODING_IDENTITY)
        return;
    if (!c->inflate) /* made at the first body byte: bodiless responses decode nothing */
        c->inflate = hs_h1_inflate_new(t->resp.coding, c->m->lim.decode_max_bytes,
                                       c->m->lim.decode_max_ratio);
    if (c->inflate)
        hs_h1_inflate_feed(c->inflate, p, n, c->m->scratch, SCRATCH_BYTES);
}

static void resp_end(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    if (is_interim(m->status))
        return;
    struct hs_txn *t = c->cur_resp;
    c->cur_resp = NULL;
    if (!t)
        return;
    msg_end(&t->resp, m, ts);
    c->last_known = true;
    c->last_status = m->status;
    c->last_head = m->req_head;
    if (c->inflate) {
        if (m->gap_bytes)
            t->resp.decoded = HS_DECODE_PARTIAL;
        else
            t->resp.decoded = hs_h1_inflate_finish(c->inflate);
        t->resp.decoded_len = hs_h1_inflate_out(c->inflate);
        hs_h1_inflate_free(c->inflate);
        c->inflate = NULL;
    }
    /* Protocol switches: 101, and a CONNECT that succeeded, end HTTP on the connection. */
    if (m->status == 101 || (m->req_connect && m->status >= 200 && m->status < 300)) {
        t->tunnel = true;
        hs_h1_set_tunnel(c->p[HS_DIR_C2S]);
        hs_h1_set_tunnel(c->p[HS_DIR_S2C]);
    } else if (m->req_connect) {
        hs_h1_cancel_tunnel(c->p[HS_DIR_C2S]);
    }
    if (t == c->cur_req) {
        c->deferred = t; /* emitted when its request ends */
        return;
    }
    emit(c, t);
}

static void on_stray(void *ud, enum hs_h1_role role, uint64_t n, uint64_t ts)
{
    struct hs_txn_conn *c = ud;
    int dir = role == HS_H1_REQUEST ? HS_DIR_C2S : HS_DIR_S2C;
    if (n == 0) { /* a run starts: remember how many transactions had begun */
        c->stray_depth[dir] = c->depth;
        return;
    }
    c->m->st.stray_bytes += n;
    struct hs_txn_stray s = {c->conn_id, ts, dir, c->stray_depth[dir], n, false, 0, false};
    if (role == HS_H1_RESPONSE && c->last_known) {
        s.prev_known = true;
        s.prev_status = c->last_status;
        s.prev_head = c->last_head;
    }
    if (c->m->cb.stray)
        c->m->cb.stray(c->m->cb.ud, &s);
}

/* ---- connection ------------------------------------------------------------------------ */

struct hs_txn_mgr *hs_txn_mgr_new(const struct hs_txn_limits *lim, const struct hs_txn_cb *cb)
{
    struct hs_txn_mgr *m = hs_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->lim = *lim;
    if (m->lim.h1.max_fields == 0)
        m->lim.h1.max_fields = 1;
    if (m->lim.max_pending == 0)
        m->lim.max_pending = 1;
    m->cb = *cb;
    m->fields = hs_calloc(m->lim.h1.max_fields, sizeof *m->fields);
    m->scratch = lim->decode_bodies ? hs_alloc(SCRATCH_BYTES) : NULL;
    if (!m->fields || (lim->decode_bodies && !m->scratch)) {
        hs_txn_mgr_free(m);
        return NULL;
    }
    return m;
}

void hs_txn_mgr_free(struct hs_txn_mgr *m)
{
    if (!m)
        return;
    while (m->free_txns) {
        struct hs_txn *t = m->free_txns;
        m->free_txns = t->next;
        hs_arena_fini(&t->arena);
        hs_free(t);
    }
    hs_free(m->fields);
    hs_free(m->scratch);
    hs_free(m);
}

const struct hs_txn_stats *hs_txn_mgr_stats(const struct hs_txn_mgr *m)
{
    return &m->st;
}

struct hs_txn_conn *hs_txn_conn_new(struct hs_txn_mgr *m, const struct hs_flow_info *f)
{
    struct hs_txn_conn *c = hs_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->m = m;
    c->conn_id = f->id;
    c->af = f->af;
    memcpy(c->addr, f->addr, sizeof c->addr);
    c->port[0] = f->port[0];
    c->port[1] = f->port[1];
    c->acked[0] = c->acked[1] = UINT64_MAX;
    struct hs_h1_cb rq = {c, req_begin, req_headers, NULL, req_end, on_stray};
    struct hs_h1_cb rs = {c, resp_begin, resp_headers, resp_body, resp_end, on_stray};
    c->p[HS_DIR_C2S] = hs_h1_new(HS_H1_REQUEST, &m->lim.h1, &rq, m->fields);
    c->p[HS_DIR_S2C] = hs_h1_new(HS_H1_RESPONSE, &m->lim.h1, &rs, m->fields);
    if (!c->p[0] || !c->p[1]) {
        hs_h1_free(c->p[0]);
        hs_h1_free(c->p[1]);
        hs_free(c);
        m->st.nomem++;
        return NULL;
    }
    if (f->roles_inferred) {
        hs_h1_start_midstream(c->p[0]);
        hs_h1_start_midstream(c->p[1]);
    }
    return c;
}

size_t hs_txn_conn_data(struct hs_txn_conn *c, int dir, const uint8_t *p, size_t len,
                        uint64_t ts)
{
    return hs_h1_feed(c->p[dir], p, len, ts);
}

void hs_txn_conn_ack(struct hs_txn_conn *c, int dir, uint64_t acked)
{
    c->acked[dir] = acked;
}

void hs_txn_conn_gap(struct hs_txn_conn *c, int dir, uint64_t len, uint64_t ts)
{
    hs_h1_gap(c->p[dir], len, ts);
}

void hs_txn_conn_eos(struct hs_txn_conn *c, int dir, const uint8_t *p, size_t len, uint64_t ts)
{
    hs_h1_eos(c->p[dir], p, len, ts);
}

bool hs_txn_conn_not_http(const struct hs_txn_conn *c)
{
    return hs_h1_is_not_http(c->p[0]) && hs_h1_is_not_http(c->p[1]) && c->depth == 0;
}

void hs_txn_conn_close(struct hs_txn_conn *c, uint64_t ts)
{
    if (!c)
        return;
    struct hs_txn_stats *st = &c->m->st;
    /* Whatever is left did not finish: a response cut short, requests never answered. */
    for (int d = 0; d < 2; d++) {
        const struct hs_h1_stats *ps = hs_h1_stats(c->p[d]);
        st->tunnel_bytes += ps->tunnel_bytes;
        st->other_bytes += ps->other_bytes;
    }
    (void)ts;
    if (c->cur_resp)
        emit(c, c->cur_resp);
    c->cur_resp = NULL;
    if (c->deferred)
        emit(c, c->deferred);
    c->deferred = NULL;
    c->cur_req = NULL;
    struct hs_txn *t;
    while ((t = fifo_pop(c)))
        emit(c, t);
    if (c->depth)
        st->http_conns++;
    else
        st->other_conns++;
    hs_h1_inflate_free(c->inflate);
    hs_h1_free(c->p[0]);
    hs_h1_free(c->p[1]);
    hs_free(c);
}
