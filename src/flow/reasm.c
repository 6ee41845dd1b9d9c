/* reasm.c: per-direction stream reassembly: in-order delivery, out-of-order buffer, gaps. */
#include "flow.h"

#include <string.h>

#include "../util/hs_mem.h"
#include "flow_int.h"

static void mem_add(struct hs_flow_table *t, int64_t n)
{
    t->st.mem = (uint64_t)((int64_t)t->st.mem + n);
    if (t->st.mem > t->st.peak_mem)
        t->st.peak_mem = t->st.mem;
}

/* Keep p[0..n) as unconsumed bytes after the ones already kept. False if over the limit. */
static bool pend_append(struct hs_flow_table *t, struct hs_tcpdir *td, const uint8_t *p, size_t n)
{
    size_t need = td->pend_len + n;
    if (need > t->lim.pending_max_bytes)
        return false;
    if (need > td->pend_cap) {
        size_t ncap = td->pend_cap ? td->pend_cap : 512;
        while (ncap < need)
            ncap *= 2;
        if (ncap > t->lim.pending_max_bytes)
            ncap = t->lim.pending_max_bytes;
        if (t->st.mem + (ncap - td->pend_cap) > t->lim.memcap) {
            t->st.memcap_hits++; /* unfinished lines share the reassembly budget */
            return false;
        }
        uint8_t *nb = hs_realloc(td->pend, ncap);
        if (!nb)
            return false;
        mem_add(t, (int64_t)ncap - (int64_t)td->pend_cap);
        td->pend = nb;
        td->pend_cap = ncap;
    }
    memcpy(td->pend + td->pend_len, p, n);
    td->pend_len = need;
    return true;
}

static void pend_release(struct hs_flow_table *t, struct hs_tcpdir *td)
{
    hs_free(td->pend);
    mem_add(t, -(int64_t)td->pend_cap);
    td->pend = NULL;
    td->pend_len = td->pend_cap = 0;
}

/* n unconsumed bytes are dropped (over the pending limit): the consumer hears a gap of n. */
static void drop_unconsumed(struct hs_flow_table *t, struct hs_flow *f, int dir, size_t n,
                            uint64_t ts)
{
    t->st.pending_limit_hits++;
    if (t->cb.drop)
        t->cb.drop(t->cb.ud, &f->info, dir, n, ts);
    else if (t->cb.gap)
        t->cb.gap(t->cb.ud, &f->info, dir, n, ts);
    f->d[dir].pend_len = 0;
}

/*
 * How many of the n bytes at next_seq come before a known FIN. Nothing after the FIN is
 * stream data: a segment reaching past it (sent after the FIN, or a forgery) must neither be
 * delivered nor move next_seq beyond the FIN, which would never be reached then. A FIN
 * behind next_seq (its bytes were already delivered) cannot be honoured: all n count.
 */
static uint32_t before_fin(const struct hs_tcpdir *td, uint32_t n)
{
    if (!td->fin_seen || td->fin_done)
        return n;
    int32_t left = hs_seq_diff(td->fin_seq, td->next_seq);
    if (left < 0 || (uint32_t)left >= n)
        return n;
    return (uint32_t)left;
}

/* Give the consumer n in-order bytes, with whatever it left unconsumed before. */
static void deliver(struct hs_flow_table *t, struct hs_flow *f, int dir, const uint8_t *p,
                    size_t n, uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    if (td->ended)
        return; /* never past eos */
    n = before_fin(td, (uint32_t)n);
    if (n == 0)
        return;
    td->next_seq += (uint32_t)n;
    td->stream_off += n;
    f->info.dir[dir].delivered += n;
    if (t->cb.raw)
        t->cb.raw(t->cb.ud, &f->info, dir, p, n);
    if (td->pend_len && !pend_append(t, td, p, n))
        drop_unconsumed(t, f, dir, td->pend_len, ts); /* then offer the new bytes alone */
    if (!td->pend_len) {
        /* Fast path: straight from the packet, no copy. */
        size_t used = t->cb.data(t->cb.ud, &f->info, dir, p, n, ts);
        if (used < n && !pend_append(t, td, p + used, n - used))
            drop_unconsumed(t, f, dir, n - used, ts);
        return;
    }
    /* The new bytes were appended to the unconsumed ones: offer them all. */
    size_t used = t->cb.data(t->cb.ud, &f->info, dir, td->pend, td->pend_len, ts);
    if (used >= td->pend_len) {
        td->pend_len = 0;
        if (td->pend_cap > 16384)
            pend_release(t, td); /* a big unfinished block is done: give the memory back */
    } else if (used) {
        memmove(td->pend, td->pend + used, td->pend_len - used);
        td->pend_len -= used;
    }
}

static void gap(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t n, uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    if (td->ended)
        return;
    n = before_fin(td, n);
    if (n == 0)
        return;
    td->next_seq += n;
    td->stream_off += n;
    f->info.dir[dir].gaps++;
    f->info.dir[dir].gap_bytes += n;
    if (t->cb.gap)
        t->cb.gap(t->cb.ud, &f->info, dir, n, ts);
    td->pend_len = 0;
}

static void seg_free(struct hs_flow_table *t, struct hs_tcpdir *td, struct hs_seg *s)
{
    size_t sz = sizeof *s + (s->lost ? 0 : s->len);
    td->ooo_bytes -= s->len;
    td->ooo_segs--;
    if (td->ooo_tail == s)
        td->ooo_tail = NULL; /* only ever freed from the head: the list is now empty */
    mem_add(t, -(int64_t)sz);
    hs_free(s);
}

void hs_reasm_drain(struct hs_flow_table *t, struct hs_flow *f, int dir, uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    struct hs_seg *s;
    while ((s = td->ooo) && hs_seq_diff(s->seq, td->next_seq) <= 0) {
        uint32_t skip = td->next_seq - s->seq; /* unsigned: no overflow at 2^31 */
        td->ooo = s->next;
        if (skip < s->len) {
            if (s->lost)
                gap(t, f, dir, s->len - skip, ts);
            else
                deliver(t, f, dir, s->data + skip, s->len - skip, ts);
        }
        seg_free(t, td, s);
    }
    if (td->fin_seen && !td->fin_done && td->next_seq == td->fin_seq) {
        td->fin_done = true;
        td->next_seq++; /* the FIN takes one sequence number */
        if (!td->ended) {
            td->ended = true;
            if (t->cb.eos)
                t->cb.eos(t->cb.ud, &f->info, dir, td->pend, td->pend_len, ts);
            td->pend_len = 0;
        }
    }
}

void hs_reasm_gap_to(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t seq,
                     uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    int32_t n = hs_seq_diff(seq, td->next_seq);
    if (n > 0)
        gap(t, f, dir, (uint32_t)n, ts);
    hs_reasm_drain(t, f, dir, ts);
}

/* Over a per-direction or the global limit with `need` more bytes in `nsegs` more segments?
 * Counts the limit that is hit (the per-direction ones first). */
static bool over_limit(struct hs_flow_table *t, const struct hs_tcpdir *td, uint64_t need,
                       uint32_t nsegs)
{
    if (td->ooo_bytes + need > t->lim.ooo_max_bytes)
        t->st.ooo_limit_hits++;
    else if ((uint64_t)td->ooo_segs + nsegs > t->lim.ooo_max_segs)
        t->st.ooo_seg_limit_hits++; /* many tiny segments: each insert walks the list */
    else if (t->st.mem + need > t->lim.memcap)
        t->st.memcap_hits++;
    else
        return false;
    return true;
}

/*
 * Make room for `need` more out-of-order bytes in `nsegs` more segments by declaring the first
 * hole lost. A segment that fills k holes is stored as k pieces, so the count can end above
 * ooo_max_segs (at most about twice it); the next out-of-order segment brings it back under.
 */
static void make_room(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t seq,
                      uint64_t need, uint32_t nsegs, uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    if (hs_seq_diff(seq, td->next_seq) <= 0)
        return; /* in order: it is released at once, it needs no room */
    while (over_limit(t, td, need, nsegs)) {
        /* Skip to the lowest of what is buffered and the new segment. */
        uint32_t to = seq;
        if (td->ooo && hs_seq_diff(td->ooo->seq, seq) < 0)
            to = td->ooo->seq;
        if (hs_seq_diff(to, td->next_seq) <= 0 && !td->ooo)
            return;
        uint32_t before = td->next_seq;
        hs_reasm_gap_to(t, f, dir, to, ts);
        if (!td->ooo || td->ended)
            return; /* in order now, limit tiny, or the FIN was reached: nothing to keep */
        if (td->next_seq == before)
            return; /* no progress: never loop */
        if (hs_seq_diff(seq, td->next_seq) <= 0)
            return;
    }
}

static struct hs_seg *seg_new(struct hs_flow_table *t, struct hs_tcpdir *td, uint32_t seq,
                              const uint8_t *p, uint32_t n)
{
    struct hs_seg *s = hs_alloc(sizeof *s + (p ? n : 0));
    if (!s)
        return NULL;
    s->next = NULL;
    s->seq = seq;
    s->len = n;
    s->lost = p == NULL;
    if (p)
        memcpy(s->data, p, n);
    td->ooo_bytes += n;
    td->ooo_segs++;
    mem_add(t, (int64_t)(sizeof *s + (p ? n : 0)));
    return s;
}

/* Insert [seq, seq+n) into the sorted list; bytes already held win (first copy). p NULL = lost. */
static void ooo_insert(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t seq,
                       const uint8_t *p, uint32_t n)
{
    struct hs_tcpdir *td = &f->d[dir];
    struct hs_flow_dir_stats *ds = &f->info.dir[dir];
    struct hs_seg **pp = &td->ooo;
    bool overlapped = false, conflict = false, inserted = false;
    uint32_t end = seq + n;
    /* Data arriving in order behind a hole goes after the last segment: no walk. */
    if (td->ooo_tail && hs_seq_diff(seq, td->ooo_tail->seq + td->ooo_tail->len) >= 0)
        pp = &td->ooo_tail->next;
    while (hs_seq_diff(end, seq) > 0) {
        struct hs_seg *cur = *pp;
        if (cur && hs_seq_diff(cur->seq + cur->len, seq) <= 0) {
            pp = &cur->next;
            continue;
        }
        if (cur && hs_seq_diff(cur->seq, seq) <= 0) {
            uint32_t cend = cur->seq + cur->len;
            uint32_t ov = hs_seq_diff(cend, end) < 0 ? cend - seq : end - seq;
            overlapped = true;
            if (p && !cur->lost && memcmp(cur->data + (seq - cur->seq), p, ov))
                conflict = true;
            if (p)
                p += ov;
            seq += ov;
            pp = &cur->next;
            continue;
        }
        uint32_t piece_end = (cur && hs_seq_diff(cur->seq, end) < 0) ? cur->seq : end;
        struct hs_seg *s = seg_new(t, td, seq, p, piece_end - seq);
        if (!s)
            return; /* out of memory: the hole becomes a gap later */
        s->next = cur;
        *pp = s;
        pp = &s->next;
        if (!cur)
            td->ooo_tail = s;
        inserted = true;
        if (p)
            p += piece_end - seq;
        seq = piece_end;
    }
    if (overlapped && !inserted && !conflict)
        ds->retransmits++; /* every byte was already held, identical */
    else if (overlapped)
        ds->overlaps++;
    if (conflict)
        ds->conflicts++;
}

void hs_reasm_segment(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t seq,
                      const uint8_t *p, uint32_t paylen, uint32_t missing, uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    struct hs_flow_dir_stats *ds = &f->info.dir[dir];
    uint32_t len = paylen + missing;
    int32_t rel = hs_seq_diff(seq, td->next_seq);

    if (td->ended) {
        ds->retransmits++; /* after the FIN: nothing more is delivered */
        return;
    }
    if (rel < 0) {
        uint32_t old = td->next_seq - seq; /* unsigned: -INT32_MIN would overflow */
        if (old >= len) {
            ds->retransmits++;
            if (td->fin_seen)
                hs_reasm_drain(t, f, dir, ts); /* resent with its FIN: the FIN may be next */
            return;
        }
        /* Partly seen before: keep only the new tail (first copy wins). */
        ds->overlaps++;
        if (old <= paylen) {
            p += old;
            paylen -= old;
        } else {
            missing -= old - paylen;
            paylen = 0;
        }
        seq = td->next_seq;
        len = paylen + missing;
        rel = 0;
    }
    if (rel == 0 && !td->ooo) {
        if (paylen)
            deliver(t, f, dir, p, paylen, ts);
        if (missing)
            gap(t, f, dir, missing, ts);
        if (td->fin_seen)
            hs_reasm_drain(t, f, dir, ts); /* a FIN that arrived first is now in order */
        return;
    }
    if (rel > 0)
        ds->out_of_order++;
    make_room(t, f, dir, seq, len, (paylen != 0) + (missing != 0), ts);
    if (td->ended)
        return; /* making room reached the FIN: nothing after it is delivered */
    if (hs_seq_diff(seq, td->next_seq) < 0) {
        /* make_room moved past part of it: retry as an in-order or old segment */
        hs_reasm_segment(t, f, dir, seq, p, paylen, missing, ts);
        return;
    }
    if (paylen)
        ooo_insert(t, f, dir, seq, p, paylen);
    if (missing)
        ooo_insert(t, f, dir, seq + paylen, NULL, missing);
    hs_reasm_drain(t, f, dir, ts);
}

void hs_reasm_finish(struct hs_flow_table *t, struct hs_flow *f, int dir, uint64_t ts)
{
    struct hs_tcpdir *td = &f->d[dir];
    if (td->ended) {
        hs_reasm_free(t, f, dir); /* segments after the FIN: never delivered */
        return;
    }
    if (td->seq_known) {
        while (td->ooo && !td->ended) {
            struct hs_seg *head = td->ooo;
            uint32_t before = td->next_seq;
            hs_reasm_gap_to(t, f, dir, head->seq, ts);
            if (td->ooo == head && td->next_seq == before)
                break; /* no progress (cannot happen, but never loop) */
        }
        if (td->ended) {
            hs_reasm_free(t, f, dir);
            return;
        }
        /* Bytes the FIN or the peer's ACK prove were sent but that we never saw. */
        uint32_t end = td->next_seq;
        if (td->fin_seen && !td->fin_done)
            end = td->fin_seq;
        else if (!td->fin_seen && f->d[!dir].ack_known &&
                 hs_seq_diff(f->d[!dir].max_ack, td->next_seq) > 0)
            end = f->d[!dir].max_ack;
        if (hs_seq_diff(end, td->next_seq) > 0 &&
            (uint32_t)hs_seq_diff(end, td->next_seq) <= t->lim.ooo_max_bytes + (1u << 20))
            hs_reasm_gap_to(t, f, dir, end, ts); /* may reach the FIN and end the direction */
        if (td->ended)
            return;
    }
    td->ended = true;
    if (t->cb.eos)
        t->cb.eos(t->cb.ud, &f->info, dir, td->pend, td->pend_len, ts);
    td->pend_len = 0;
}

void hs_reasm_free(struct hs_flow_table *t, struct hs_flow *f, int dir)
{
    struct hs_tcpdir *td = &f->d[dir];
    while (td->ooo) {
        struct hs_seg *s = td->ooo;
        td->ooo = s->next;
        seg_free(t, td, s);
    }
    td->ooo_tail = NULL;
    pend_release(t, td);
}
