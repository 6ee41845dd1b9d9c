/* decode_frag.c: bounded IPv4/IPv6 fragment reassembly (first copy wins on overlap). */
#include "decode.h"

#include <string.h>

#include "../util/hs_hash.h"
#include "../util/hs_mem.h"
#include "decode_int.h"

struct frag {
    struct frag *next; /* owned: next fragment by offset */
    uint32_t off, len;
    uint8_t data[];
};

struct hs_frag_dgram {
    struct hs_frag_dgram *next; /* owned: next younger datagram */
    struct hs_frag_dgram *prev; /* borrowed */
    struct hs_frag_dgram *hnext; /* borrowed: next in its hash bucket */
    uint32_t hash;
    uint64_t first_ts;
    uint8_t af, proto;
    uint8_t src[16], dst[16];
    uint32_t id;
    uint32_t total; /* payload length, known once the last fragment arrived */
    bool have_last;
    bool truncated; /* a fragment was cut by the snapshot length */
    uint32_t nfrags;
    uint64_t bytes;
    struct frag *frags; /* owned, sorted by offset, non-overlapping */
};

/*
 * Key hash: addresses, id and (IPv4) protocol, like the lookup compares them.
 * Seeded (hs_dec_limits.hash_seed), so a capture cannot be crafted to put
 * every fragment in one bucket: the key bytes come off the wire.
 */
static uint32_t key_hash(uint64_t seed, uint8_t af, const uint8_t *src, const uint8_t *dst,
                         uint32_t id, uint8_t proto)
{
    size_t alen = af == 4 ? 4 : 16;
    uint8_t key[2 + 2 * 16 + 4];
    key[0] = af;
    key[1] = af == 4 ? proto : 0;
    memcpy(key + 2, src, alen);
    memcpy(key + 2 + alen, dst, alen);
    memcpy(key + 2 + 2 * alen, &id, 4);
    return (uint32_t)hs_hash_bytes(seed, key, 2 + 2 * alen + 4);
}

static void dgram_unlink_free(struct hs_dec *d, struct hs_frag_dgram *g)
{
    struct hs_frag_dgram **hp = &d->frag_buckets[g->hash & (d->frag_nbuckets - 1)];
    while (*hp != g)
        hp = &(*hp)->hnext;
    *hp = g->hnext;
    if (g->prev)
        g->prev->next = g->next;
    else
        d->frag_head = g->next;
    if (g->next)
        g->next->prev = g->prev;
    else
        d->frag_tail = g->prev;
    for (struct frag *f = g->frags, *n; f; f = n) {
        n = f->next;
        hs_free(f);
    }
    d->frag_count--;
    d->frag_bytes -= g->bytes + sizeof *g;
    hs_free(g);
}

void hs_dec_frag_free_all(struct hs_dec *d)
{
    while (d->frag_head)
        dgram_unlink_free(d, d->frag_head);
    hs_free(d->frag_buckets);
    d->frag_buckets = NULL;
    d->frag_nbuckets = 0;
}

void hs_dec_frag_expire(struct hs_dec *d, uint64_t now_us)
{
    while (d->frag_head && now_us - d->frag_head->first_ts > d->lim.frag_timeout_us &&
           now_us >= d->frag_head->first_ts) {
        d->st.frag_timeouts++;
        dgram_unlink_free(d, d->frag_head);
    }
}

static struct hs_frag_dgram *find_or_add(struct hs_dec *d, uint64_t ts, uint8_t af,
                                         const uint8_t *src, const uint8_t *dst, uint32_t id,
                                         uint8_t proto)
{
    size_t alen = af == 4 ? 4 : 16;
    if (!d->frag_buckets) {
        uint32_t nb = 64;
        while (nb < d->lim.frag_max_datagrams && nb < (1u << 20))
            nb *= 2;
        if (!(d->frag_buckets = hs_calloc(nb, sizeof *d->frag_buckets)))
            return NULL;
        d->frag_nbuckets = nb;
    }
    uint32_t h = key_hash(d->lim.hash_seed, af, src, dst, id, proto);
    for (struct hs_frag_dgram *g = d->frag_buckets[h & (d->frag_nbuckets - 1)]; g; g = g->hnext)
        /* IPv4: src, dst, protocol, id (RFC 791); IPv6: src, dst, id (RFC 8200 4.5) */
        if (g->hash == h && g->id == id && g->af == af && (af == 6 || g->proto == proto) &&
            !memcmp(g->src, src, alen) && !memcmp(g->dst, dst, alen))
            return g;
    if (d->frag_count >= d->lim.frag_max_datagrams) {
        /* Make room by giving up the oldest incomplete datagram. */
        if (!d->frag_head)
            return NULL;
        d->st.frag_limit_hits++;
        dgram_unlink_free(d, d->frag_head);
    }
    struct hs_frag_dgram *g = hs_calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->first_ts = ts;
    g->af = af;
    g->proto = proto;
    g->id = id;
    memcpy(g->src, src, alen);
    memcpy(g->dst, dst, alen);
    g->prev = d->frag_tail;
    if (d->frag_tail)
        d->frag_tail->next = g;
    else
        d->frag_head = g;
    d->frag_tail = g;
    g->hash = h;
    g->hnext = d->frag_buckets[h & (d->frag_nbuckets - 1)];
    d->frag_buckets[h & (d->frag_nbuckets - 1)] = g;
    d->frag_count++;
    d->frag_bytes += sizeof *g;
    return g;
}

/* Insert [off, off+len) keeping what is already there (first copy wins). */
static bool insert(struct hs_dec *d, struct hs_frag_dgram *g, uint32_t off, const uint8_t *p,
                   uint32_t len)
{
    struct frag **pp = &g->frags;
    uint32_t end = off + len;
    bool overlapped = false, conflict = false, ok = true;
    while (off < end) {
        struct frag *cur = *pp;
        if (cur && cur->off + cur->len <= off) { /* entirely before us */
            pp = &cur->next;
            continue;
        }
        if (cur && cur->off <= off) { /* overlaps our start: compare and trim */
            uint32_t ov_end = cur->off + cur->len < end ? cur->off + cur->len : end;
            overlapped = true;
            if (memcmp(cur->data + (off - cur->off), p, ov_end - off))
                conflict = true;
            p += ov_end - off;
            off = ov_end;
            pp = &cur->next;
            continue;
        }
        /* a hole before cur (or the tail): fill up to cur's start */
        uint32_t piece_end = cur && cur->off < end ? cur->off : end;
        uint32_t n = piece_end - off;
        struct frag *f = NULL;
        if (g->nfrags < d->lim.frag_max_frags &&
            d->frag_bytes + n + sizeof(struct frag) <= d->lim.frag_max_bytes)
            f = hs_alloc(sizeof *f + n);
        if (!f) {
            ok = false;
            break;
        }
        f->off = off;
        f->len = n;
        memcpy(f->data, p, n);
        f->next = cur;
        *pp = f;
        pp = &f->next;
        g->nfrags++;
        g->bytes += sizeof *f + n;
        d->frag_bytes += sizeof *f + n;
        p += n;
        off = piece_end;
    }
    d->st.frag_overlaps += overlapped; /* counted once per fragment, dropped or not */
    d->st.frag_overlap_conflicts += conflict;
    return ok;
}

bool hs_dec_frag_add(struct hs_dec *d, uint64_t ts_us, uint8_t af, const uint8_t *src,
                     const uint8_t *dst, uint32_t id, uint8_t proto, uint32_t off, bool more,
                     const uint8_t *p, size_t len, bool truncated, const uint8_t **payload,
                     size_t *plen, uint8_t *proto_out, enum hs_dec_kind *kind)
{
    if (off + len > HS_DEC_MAX_DATAGRAM || (more && len % 8 != 0 && !truncated)) {
        *kind = HS_DEC_MALFORMED;
        return false;
    }
    struct hs_frag_dgram *g = find_or_add(d, ts_us, af, src, dst, id, proto);
    if (!g) {
        d->st.frag_limit_hits++;
        *kind = HS_DEC_FRAG_DROPPED;
        return false;
    }
    if (truncated)
        g->truncated = true;
    if (off == 0)
        g->proto = proto; /* the next header of the first fragment counts (RFC 8200 4.5) */
    if (!more) {
        if (g->have_last && g->total != off + len) {
            d->st.frag_overlap_conflicts++; /* two different ends: keep the first */
        } else {
            g->have_last = true;
            g->total = (uint32_t)(off + len);
        }
    }
    if (!insert(d, g, off, p, (uint32_t)len)) {
        d->st.frag_limit_hits++;
        dgram_unlink_free(d, g);
        *kind = HS_DEC_FRAG_DROPPED;
        return false;
    }
    if (!g->have_last) {
        *kind = HS_DEC_FRAGMENT;
        return false;
    }
    /* Complete when the fragments cover [0, total) without a hole. */
    uint32_t at = 0;
    for (struct frag *f = g->frags; f && f->off == at && at < g->total; f = f->next)
        at = f->off + f->len;
    if (at < g->total) {
        *kind = HS_DEC_FRAGMENT;
        return false;
    }
    if (g->truncated) {
        dgram_unlink_free(d, g);
        *kind = HS_DEC_FRAG_DROPPED;
        return false;
    }
    if (!d->rbuf && !(d->rbuf = hs_alloc(HS_DEC_MAX_DATAGRAM))) {
        dgram_unlink_free(d, g);
        *kind = HS_DEC_FRAG_DROPPED;
        return false;
    }
    for (struct frag *f = g->frags; f && f->off < g->total; f = f->next) {
        uint32_t n = f->off + f->len > g->total ? g->total - f->off : f->len;
        memcpy(d->rbuf + f->off, f->data, n);
    }
    *payload = d->rbuf;
    *plen = g->total;
    *proto_out = g->proto;
    d->st.frag_datagrams++;
    dgram_unlink_free(d, g);
    return true;
}
