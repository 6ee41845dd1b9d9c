/* decode_int.h: declarations shared by the decode/ files; no other module includes this. */
#ifndef HS_DECODE_DECODE_INT_H
#define HS_DECODE_DECODE_INT_H

#include "decode.h"

struct hs_frag_dgram;

struct hs_dec {
    struct hs_dec_limits lim;
    struct hs_dec_stats st;
    /* defragmenter: incomplete datagrams, oldest first */
    struct hs_frag_dgram *frag_head, *frag_tail; /* owned */
    struct hs_frag_dgram **frag_buckets;         /* owned array: lookup by key (chained) */
    uint32_t frag_nbuckets;                      /* power of two; made at the first fragment */
    uint32_t frag_count;
    uint64_t frag_bytes;
    uint8_t *rbuf; /* owned: HS_DEC_MAX_DATAGRAM bytes once a datagram was reassembled */
};

/* Largest IP payload a datagram can be reassembled into (16-bit offsets and lengths). */
#define HS_DEC_MAX_DATAGRAM 65535u

/* State of one hs_dec_packet() call as it descends through the layers. */
struct dctx {
    struct hs_dec *d;
    struct hs_pkt *out;
    unsigned depth; /* IP layers seen; > 1 means tunneled */
};

/* A header that does not fit: truncated if the capture was cut, malformed otherwise. */
static inline enum hs_dec_kind short_header(size_t cap, size_t wire, size_t need)
{
    return (cap < wire && need <= wire) ? HS_DEC_TRUNCATED : HS_DEC_MALFORMED;
}

/*
 * Layer decoders used across the files (tunnels lead back to the link
 * layer): p[0..cap) is captured, wire >= cap is the layer's length on the wire.
 */
enum hs_dec_kind hs_dec_ethertype(struct dctx *c, uint16_t type, const uint8_t *p, size_t cap,
                                  size_t wire);
enum hs_dec_kind hs_dec_ethernet(struct dctx *c, const uint8_t *p, size_t cap, size_t wire);
enum hs_dec_kind hs_dec_ipv4(struct dctx *c, const uint8_t *p, size_t cap, size_t wire);
enum hs_dec_kind hs_dec_ipv6(struct dctx *c, const uint8_t *p, size_t cap, size_t wire);

/*
 * Add a fragment. When the datagram is complete, returns true and sets
 * payload and plen to the reassembled payload (in d->rbuf) and proto_out to
 * the protocol (IPv6: next header) of the first fragment; otherwise
 * returns false and *kind says why the caller should stop (HS_DEC_FRAGMENT
 * held, HS_DEC_FRAG_DROPPED, HS_DEC_MALFORMED).
 */
bool hs_dec_frag_add(struct hs_dec *d, uint64_t ts_us, uint8_t af, const uint8_t *src,
                     const uint8_t *dst, uint32_t id, uint8_t proto, uint32_t off, bool more,
                     const uint8_t *p, size_t len, bool truncated, const uint8_t **payload,
                     size_t *plen, uint8_t *proto_out, enum hs_dec_kind *kind);
void hs_dec_frag_expire(struct hs_dec *d, uint64_t now_us);
void hs_dec_frag_free_all(struct hs_dec *d);

#endif
