/* flow_table.c: connection table (seeded open addressing), TCP state tracking, timeouts. */
#include "flow.h"

#include <stdlib.h>
#include <string.h>

#include "../util/hs_hash.h"
#include "../util/hs_mem.h"
#include "flow_int.h"

const char *hs_handshake_name(enum hs_handshake h)
{
    switch (h) {
    case HS_HS_COMPLETE: return "complete";
    case HS_HS_INCOMPLETE: return "incomplete";
    case HS_HS_MIDSTREAM: return "mid-stream";
    case HS_HS_SYN_ONLY: return "syn-only";
    case HS_HS_REFUSED: return "refused";
    }
    return "?";
}

const char *hs_flow_end_name(enum hs_flow_end e)
{
    switch (e) {
    case HS_END_OPEN: return "open";
    case HS_END_FIN: return "fin";
    case HS_END_RST: return "rst";
    case HS_END_TIMEOUT: return "timeout";
    case HS_END_EVICTED: return "evicted";
    case HS_END_REUSED: return "reused";
    case HS_END_EOC: return "end-of-capture";
    }
    return "?";
}

/* ---- LRU lists ---------------------------------------------------------- */

static void list_remove(struct hs_flow_list *l, struct hs_flow *f)
{
    if (f->prev)
        f->prev->next = f->next;
    else
        l->head = f->next;
    if (f->next)
        f->next->prev = f->prev;
    else
        l->tail = f->prev;
    f->prev = f->next = NULL;
}

static void list_push(struct hs_flow_list *l, struct hs_flow *f)
{
    f->prev = NULL;
    f->next = l->head;
    if (l->head)
        l->head->prev = f;
    else
        l->tail = f;
    l->head = f;
}

/* ---- hash table ----------------------------------------------------------- */

/* Hash both endpoints in a fixed order so either direction finds the flow. */
static uint64_t tuple_hash(uint64_t seed, uint8_t af, const uint8_t *a, uint16_t ap,
                           const uint8_t *b, uint16_t bp)
{
    if (af == 4) { /* the common case in two words, without assembling a key */
        uint32_t x, y;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        if (x > y || (x == y && ap > bp)) {
            uint32_t tx = x;
            uint16_t tport = ap;
            x = y, ap = bp, y = tx, bp = tport;
        }
        uint64_t h = hs_hash_mix(seed ^ ((uint64_t)x << 32 | y)) + 0x9e3779b97f4a7c15ULL;
        return hs_hash_mix(h ^ ((uint64_t)ap << 16 | bp));
    }
    uint8_t key[37];
    size_t alen = 16;
    int c = memcmp(a, b, alen);
    if (c > 0 || (c == 0 && ap > bp)) {
        const uint8_t *tp = a;
        uint16_t tport = ap;
        a = b, ap = bp, b = tp, bp = tport;
    }
    key[0] = af;
    memcpy(key + 1, a, alen);
    memcpy(key + 1 + alen, b, alen);
    key[1 + 2 * alen] = (uint8_t)(ap >> 8);
    key[2 + 2 * alen] = (uint8_t)ap;
    key[3 + 2 * alen] = (uint8_t)(bp >> 8);
    key[4 + 2 * alen] = (uint8_t)bp;
    return hs_hash_bytes(seed, key, 5 + 2 * alen);
}

/* a[0..alen) == b[0..alen) for an address: two 8-byte or one 4-byte compare, no call. */
static inline bool addr_eq(const uint8_t *a, const uint8_t *b, size_t alen)
{
    if (alen == 4) {
        uint32_t x, y;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        return x == y;
    }
    uint64_t x[2], y[2];
    memcpy(x, a, 16);
    memcpy(y, b, 16);
    return ((x[0] ^ y[0]) | (x[1] ^ y[1])) == 0;
}

/* Which direction the packet travels on f, or -1 if it is not f's tuple. */
static int match(const struct hs_flow *f, const struct hs_pkt *p)
{
    const struct hs_flow_info *i = &f->info;
    size_t alen = p->af == 4 ? 4 : 16;
    if (i->af != p->af)
        return -1;
    if (i->port[0] == p->sport && i->port[1] == p->dport && addr_eq(i->addr[0], p->src, alen) &&
        addr_eq(i->addr[1], p->dst, alen))
        return HS_DIR_C2S;
    if (i->port[1] == p->sport && i->port[0] == p->dport && addr_eq(i->addr[1], p->src, alen) &&
        addr_eq(i->addr[0], p->dst, alen))
        return HS_DIR_S2C;
    return -1;
}

static struct hs_flow *lookup(struct hs_flow_table *t, const struct hs_pkt *p, uint64_t h, int *dir)
{
    size_t mask = t->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const struct hs_slot *s = &t->slots[i];
        if (!s->flow)
            return NULL;
        if (s->hash == h && (*dir = match(s->flow, p)) >= 0)
            return s->flow;
    }
}

static void slot_put(struct hs_slot *slots, size_t nslots, struct hs_flow *f)
{
    size_t mask = nslots - 1, i = f->hash & mask;
    while (slots[i].flow)
        i = (i + 1) & mask;
    slots[i].hash = f->hash;
    slots[i].flow = f;
}

/* Double the table (when it can) once it is half full: probes stay short and the table
 * stays as small as the connections in it, so it lives in cache. */
static void slot_grow(struct hs_flow_table *t)
{
    if (t->nslots >= t->max_slots || (t->count + 1) * 2 <= t->nslots)
        return;
    size_t n = t->nslots * 2;
    struct hs_slot *ns = hs_calloc(n, sizeof *ns);
    if (!ns)
        return; /* keep probing the full one; max_flows still bounds it below 100% */
    for (size_t i = 0; i < t->nslots; i++)
        if (t->slots[i].flow)
            slot_put(ns, n, t->slots[i].flow);
    hs_free(t->slots);
    t->slots = ns;
    t->nslots = n;
}

/* Room for one more flow? Probes end only at an empty slot, so one always stays empty. */
static bool slot_room(struct hs_flow_table *t)
{
    slot_grow(t);
    return t->count + 1 < t->nslots;
}

static void slot_insert(struct hs_flow_table *t, struct hs_flow *f)
{
    slot_put(t->slots, t->nslots, f);
    t->count++;
}

/* Linear-probing delete with backward shift (no tombstones). */
static void slot_delete(struct hs_flow_table *t, struct hs_flow *f)
{
    size_t mask = t->nslots - 1, i = f->hash & mask;
    while (t->slots[i].flow != f)
        i = (i + 1) & mask;
    for (size_t j = (i + 1) & mask; t->slots[j].flow; j = (j + 1) & mask) {
        size_t home = t->slots[j].hash & mask;
        /* Move slots[j] into the hole at i unless its home lies in (i, j]. */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            t->slots[i] = t->slots[j];
            t->slots[j].flow = NULL;
            i = j;
        }
    }
    t->slots[i].flow = NULL;
    t->count--;
}

/* ---- lifecycle ------------------------------------------------------------ */

static void flow_destroy(struct hs_flow_table *t, struct hs_flow *f)
{
    slot_delete(t, f);
    list_remove(f->closed ? &t->closed : &t->open, f);
    hs_reasm_free(t, f, 0);
    hs_reasm_free(t, f, 1);
    hs_free(f);
}

static enum hs_handshake handshake_of(const struct hs_flow *f)
{
    if (!f->d[HS_DIR_C2S].syn)
        return HS_HS_MIDSTREAM;
    if (f->synack)
        return f->ack3 ? HS_HS_COMPLETE : HS_HS_INCOMPLETE;
    return f->refused ? HS_HS_REFUSED : HS_HS_SYN_ONLY;
}

/* End a connection: flush both directions, report it, and keep or forget its tuple. */
static void flow_close(struct hs_flow_table *t, struct hs_flow *f, enum hs_flow_end why,
                       uint64_t ts)
{
    hs_reasm_finish(t, f, HS_DIR_C2S, ts);
    hs_reasm_finish(t, f, HS_DIR_S2C, ts);
    f->info.handshake = handshake_of(f);
    f->info.end = why;
    switch (why) {
    case HS_END_FIN: t->st.closed_fin++; break;
    case HS_END_RST: t->st.closed_rst++; break;
    case HS_END_TIMEOUT: t->st.timed_out++; break;
    case HS_END_EVICTED: t->st.evicted++; break;
    case HS_END_REUSED: t->st.reused++; break;
    default: break;
    }
    if (t->cb.close)
        t->cb.close(t->cb.ud, &f->info);
    t->st.active--;
    if (why == HS_END_FIN || why == HS_END_RST) {
        /* Remember the tuple for a while so late packets do not start a new connection. */
        list_remove(&t->open, f);
        hs_reasm_free(t, f, 0);
        hs_reasm_free(t, f, 1);
        f->closed = true;
        f->closed_ts = ts;
        list_push(&t->closed, f);
    } else {
        flow_destroy(t, f);
    }
}

/*
 * Expire by the current packet's time. A connection whose last packet is
 * later than now (a record stamped in the future, merged captures) is never
 * taken for idle: one bad timestamp must not end every other connection. Nor
 * may it stop the expiry of the others behind it: a future-dated tail moves to
 * the head and the walk goes on, at most t->count moves per list and call.
 */
static void expire(struct hs_flow_table *t, uint64_t now)
{
    struct hs_flow *f;
    size_t moves = 0;
    while ((f = t->closed.tail)) {
        if (f->closed_ts > now) {
            if (f == t->closed.head || moves++ >= t->count)
                break;
            list_remove(&t->closed, f);
            list_push(&t->closed, f);
            continue;
        }
        if (now - f->closed_ts <= t->lim.closed_linger_us)
            break;
        flow_destroy(t, f);
    }
    moves = 0;
    while ((f = t->open.tail)) {
        if (f->info.last_ts > now) {
            if (f == t->open.head || moves++ >= t->count)
                break;
            list_remove(&t->open, f);
            list_push(&t->open, f);
            continue;
        }
        if (now - f->info.last_ts <= t->lim.idle_timeout_us)
            break;
        flow_close(t, f, HS_END_TIMEOUT, f->info.last_ts);
    }
}

/* Is port p more likely the server's than port q? (used when no SYN was seen) */
static bool server_port(uint16_t p, uint16_t q)
{
    if ((p < 1024) != (q < 1024))
        return p < 1024;
    if ((p >= 32768) != (q >= 32768))
        return q >= 32768;
    return p < q;
}

static struct hs_flow *flow_create(struct hs_flow_table *t, const struct hs_pkt *p, uint64_t h,
                                   int *dir)
{
    if (t->count >= t->lim.max_flows) {
        if (t->closed.tail)
            flow_destroy(t, t->closed.tail);
        else if (t->open.tail)
            flow_close(t, t->open.tail, HS_END_EVICTED, t->now);
    }
    struct hs_flow *f = slot_room(t) ? hs_calloc(1, sizeof *f) : NULL;
    if (!f)
        return NULL;
    struct hs_flow_info *i = &f->info;
    size_t alen = p->af == 4 ? 4 : 16;
    bool src_is_client;
    if ((p->flags & (HS_TCP_SYN | HS_TCP_ACK)) == HS_TCP_SYN)
        src_is_client = true;
    else if ((p->flags & (HS_TCP_SYN | HS_TCP_ACK)) == (HS_TCP_SYN | HS_TCP_ACK))
        src_is_client = false;
    else {
        src_is_client = server_port(p->dport, p->sport);
        i->roles_inferred = true;
    }
    i->id = ++t->next_id;
    i->af = p->af;
    memcpy(i->addr[src_is_client ? 0 : 1], p->src, alen);
    memcpy(i->addr[src_is_client ? 1 : 0], p->dst, alen);
    i->port[src_is_client ? 0 : 1] = p->sport;
    i->port[src_is_client ? 1 : 0] = p->dport;
    i->first_ts = i->last_ts = p->ts_us;
    i->handshake = HS_HS_MIDSTREAM;
    f->hash = h;
    slot_insert(t, f);
    list_push(&t->open, f);
    t->st.created++;
    if (++t->st.active > t->st.peak_active)
        t->st.peak_active = t->st.active;
    *dir = src_is_client ? HS_DIR_C2S : HS_DIR_S2C;
    if (t->cb.open)
        t->cb.open(t->cb.ud, i);
    return f;
}

/* A SYN on an existing tuple that starts a new connection rather than repeating the old SYN. */
static bool is_new_syn(const struct hs_flow *f, const struct hs_pkt *p, int dir)
{
    if ((p->flags & (HS_TCP_SYN | HS_TCP_ACK)) != HS_TCP_SYN)
        return false;
    const struct hs_tcpdir *c = &f->d[dir];
    const struct hs_tcpdir *o = &f->d[!dir];
    if (c->syn && c->isn == p->seq)
        return false; /* SYN retransmission */
    if (!c->syn && o->syn && o->ack_known && o->max_ack == p->seq + 1)
        return false; /* the SYN-ACK we saw first already answered this SYN */
    return c->syn || c->seq_known || f->d[!dir].seq_known;
}

/*
 * The other side acknowledged bytes of direction dir that we are missing while
 * we hold later ones (or a FIN): they were lost before the capture point.
 */
static void release_acked(struct hs_flow_table *t, struct hs_flow *f, int dir, uint64_t ts)
{
    struct hs_tcpdir *od = &f->d[dir];
    const struct hs_tcpdir *acker = &f->d[!dir];
    /* Every hole below the ACK, not only the first: each pass releases one hole and the
     * segments after it, and stops when nothing moved. */
    for (;;) {
        bool fin_waits = od->fin_seen && !od->fin_done;
        if (!acker->ack_known || !(od->ooo || fin_waits) || od->ended ||
            hs_seq_diff(acker->max_ack, od->next_seq) <= 0)
            return;
        uint32_t to = acker->max_ack;
        if (od->ooo && hs_seq_diff(od->ooo->seq, to) < 0)
            to = od->ooo->seq;
        if (fin_waits && hs_seq_diff(od->fin_seq, to) < 0)
            to = od->fin_seq;
        uint32_t before = od->next_seq;
        hs_reasm_gap_to(t, f, dir, to, ts);
        if (od->next_seq == before)
            return;
    }
}

static void track(struct hs_flow_table *t, struct hs_flow *f, int dir, const struct hs_pkt *p)
{
    struct hs_tcpdir *td = &f->d[dir];
    struct hs_flow_dir_stats *ds = &f->info.dir[dir];
    uint32_t missing = p->missing;
    /* A wire length no segment can have (up to ~4 GiB from a corrupt record) would wrap the
     * sequence arithmetic and move next_seq backwards: the bytes are not known to exist. */
    if ((uint64_t)p->paylen + missing > (1u << 30))
        missing = 0;
    uint32_t len = p->paylen + missing;
    uint32_t seq = p->seq;

    ds->packets++;
    ds->bytes += len;
    if (p->ts_us > f->info.last_ts) /* merged captures can step back in time */
        f->info.last_ts = p->ts_us;
    if (p->tunnels > f->info.max_tunnels)
        f->info.max_tunnels = p->tunnels;

    if (p->flags & HS_TCP_RST) {
        ds->rst = true;
        if (dir == HS_DIR_S2C && f->d[HS_DIR_C2S].syn && !f->synack)
            f->refused = true;
        flow_close(t, f, HS_END_RST, p->ts_us);
        return;
    }
    if (p->flags & HS_TCP_SYN) {
        if (dir == HS_DIR_S2C && (p->flags & HS_TCP_ACK))
            f->synack = true;
        if (!td->syn) {
            td->syn = true;
            td->isn = seq;
            td->seq_known = true;
            td->next_seq = seq + 1;
        }
        seq++; /* data on a SYN (TCP Fast Open) starts after it */
    } else if (dir == HS_DIR_C2S && f->synack && (p->flags & HS_TCP_ACK)) {
        f->ack3 = true;
    }
    if (!td->seq_known) {
        td->seq_known = true; /* picked up mid-stream: start here */
        td->next_seq = seq;
    }
    if (p->flags & HS_TCP_ACK) {
        if (!td->ack_known || hs_seq_diff(p->ack, td->max_ack) > 0)
            td->max_ack = p->ack;
        td->ack_known = true;
    }
    if ((p->flags & HS_TCP_FIN) && !td->fin_seen) {
        td->fin_seen = true;
        td->fin_seq = seq + len;
        ds->fin = true;
    }
    /* What this segment acknowledges comes first: a hole in the other direction that it
     * proves lost is released before this segment's own data (the next request must not
     * be seen before the response it followed). */
    if (p->flags & HS_TCP_ACK)
        release_acked(t, f, !dir, p->ts_us);
    if (len)
        hs_reasm_segment(t, f, dir, seq, p->payload, p->paylen, missing, p->ts_us);
    else if (td->fin_seen && !td->fin_done)
        hs_reasm_drain(t, f, dir, p->ts_us); /* a bare FIN */
    /* data held behind a hole the peer had already acknowledged: the hole is lost */
    release_acked(t, f, dir, p->ts_us);
    if (f->d[0].fin_done && f->d[1].fin_done)
        flow_close(t, f, HS_END_FIN, p->ts_us);
}

void hs_flow_table_packet(struct hs_flow_table *t, const struct hs_pkt *p)
{
    t->now = p->ts_us;
    expire(t, t->now);
    uint64_t h = tuple_hash(t->lim.hash_seed, p->af, p->src, p->sport, p->dst, p->dport);
    int dir = 0;
    struct hs_flow *f = lookup(t, p, h, &dir);
    if (f && f->closed) {
        if ((p->flags & (HS_TCP_SYN | HS_TCP_ACK)) != HS_TCP_SYN) {
            t->st.late_packets++;
            return;
        }
        flow_destroy(t, f);
        f = NULL;
    } else if (f && is_new_syn(f, p, dir)) {
        flow_close(t, f, HS_END_REUSED, p->ts_us); /* destroys it: a REUSED tuple never lingers */
        f = NULL;
    }
    if (!f && !(f = flow_create(t, p, h, &dir)))
        return;
    if (t->open.head != f) {
        list_remove(&t->open, f);
        list_push(&t->open, f);
    }
    track(t, f, dir, p);
}

void hs_flow_table_tick(struct hs_flow_table *t, uint64_t now_us)
{
    if (now_us > t->now)
        t->now = now_us;
    expire(t, t->now);
}

static int by_id(const void *a, const void *b)
{
    const struct hs_flow *x = *(struct hs_flow *const *)a, *y = *(struct hs_flow *const *)b;
    return x->info.id < y->info.id ? -1 : x->info.id > y->info.id;
}

void hs_flow_table_finish(struct hs_flow_table *t)
{
    size_t n = 0;
    for (struct hs_flow *f = t->open.head; f; f = f->next)
        n++;
    if (n) {
        struct hs_flow **v = hs_alloc(n * sizeof *v);
        if (v) {
            size_t k = 0;
            for (struct hs_flow *f = t->open.head; f; f = f->next)
                v[k++] = f;
            qsort(v, n, sizeof *v, by_id);
            for (k = 0; k < n; k++)
                flow_close(t, v[k], HS_END_EOC, t->now);
            hs_free(v);
        } else {
            while (t->open.tail)
                flow_close(t, t->open.tail, HS_END_EOC, t->now);
        }
    }
    while (t->closed.tail)
        flow_destroy(t, t->closed.tail);
}

struct hs_flow_table *hs_flow_table_new(const struct hs_flow_limits *lim,
                                        const struct hs_flow_cb *cb)
{
    struct hs_flow_table *t = hs_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->lim = *lim;
    if (t->lim.max_flows == 0)
        t->lim.max_flows = 1;
    t->cb = *cb;
    size_t n = 64;
    while (n < (size_t)t->lim.max_flows * 2)
        n *= 2;
    t->max_slots = n;
    t->nslots = n < 1024 ? n : 1024;
    t->slots = hs_calloc(t->nslots, sizeof *t->slots);
    if (!t->slots) {
        hs_free(t);
        return NULL;
    }
    return t;
}

void hs_flow_table_free(struct hs_flow_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nslots; i++) {
        struct hs_flow *f = t->slots[i].flow;
        if (f) {
            hs_reasm_free(t, f, 0);
            hs_reasm_free(t, f, 1);
            hs_free(f);
        }
    }
    hs_free(t->slots);
    hs_free(t);
}

uint64_t hs_flow_acked(const struct hs_flow_info *fi, int dir)
{
    const struct hs_flow *f = (const struct hs_flow *)(const void *)fi; /* info is first */
    const struct hs_tcpdir *td = &f->d[dir], *od = &f->d[!dir];
    if (!td->seq_known || !od->ack_known)
        return UINT64_MAX;
    int64_t ahead = hs_seq_diff(od->max_ack, td->next_seq);
    if (ahead < 0 && (uint64_t)-ahead > td->stream_off)
        return 0;
    return (uint64_t)((int64_t)td->stream_off + ahead);
}

const struct hs_flow_stats *hs_flow_table_stats(const struct hs_flow_table *t)
{
    return &t->st;
}
