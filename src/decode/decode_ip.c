/* decode_ip.c: IPv4 (options), IPv6 (extension headers) and the tunnels they carry. */
#include "decode.h"

#include <string.h>

#include "../util/hs_cur.h"
#include "decode_int.h"

#define PROTO_HOPOPTS 0
#define PROTO_ICMP 1
#define PROTO_IPIP 4
#define PROTO_TCP 6
#define PROTO_UDP 17
#define PROTO_IPV6 41
#define PROTO_ROUTING 43
#define PROTO_FRAGMENT 44
#define PROTO_GRE 47
#define PROTO_AH 51
#define PROTO_ICMP6 58
#define PROTO_NONE 59
#define PROTO_DSTOPTS 60

#define UDP_VXLAN 4789
#define UDP_GENEVE 6081
#define ETH_TEB 0x6558 /* transparent Ethernet bridging */

static enum hs_dec_kind transport(struct dctx *c, uint8_t proto, const uint8_t *p, size_t cap,
                                  size_t wire);

/* Record the addresses of the current IP layer in c->out (the innermost wins). */
static inline void set_addrs(struct dctx *c, uint8_t af, const uint8_t *src, const uint8_t *dst)
{
    struct hs_pkt *o = c->out;
    /* Constant sizes: each copy is a move or two. hs_dec_packet zeroed both addresses; only
     * IPv4 inside IPv6 leaves bytes to clear. */
    if (af == 6) {
        memcpy(o->src, src, 16);
        memcpy(o->dst, dst, 16);
    } else {
        if (o->af == 6) {
            memset(o->src + 4, 0, sizeof o->src - 4);
            memset(o->dst + 4, 0, sizeof o->dst - 4);
        }
        memcpy(o->src, src, 4);
        memcpy(o->dst, dst, 4);
    }
    o->af = af;
}

/* Entering another IP layer: enforce the encapsulation limit. */
static bool enter_ip(struct dctx *c)
{
    return ++c->depth <= c->d->lim.max_encap + 1;
}

enum hs_dec_kind hs_dec_ipv4(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (!enter_ip(c))
        return HS_DEC_TOO_DEEP;
    if (cap < 20)
        return short_header(cap, wire, 20);
    if ((p[0] >> 4) != 4)
        return HS_DEC_MALFORMED;
    size_t hl = (size_t)(p[0] & 0x0f) * 4;
    size_t total = hs_be16(p + 2);
    if (total == 0) /* TSO: the NIC fills the length in later; trust the frame */
        total = wire;
    if (hl < 20 || total < hl || total > wire)
        return HS_DEC_MALFORMED;
    if (cap < hl)
        return short_header(cap, wire, hl);
    /* Ethernet padding after the datagram is not part of it. */
    wire = total;
    if (cap > total)
        cap = total;
    set_addrs(c, 4, p + 12, p + 16);
    uint8_t proto = p[9];
    uint16_t fragw = hs_be16(p + 6);
    uint32_t off = (uint32_t)(fragw & 0x1fff) * 8;
    bool more = fragw & 0x2000;
    if (off || more) {
        const uint8_t *pl;
        size_t plen;
        enum hs_dec_kind k;
        if (!hs_dec_frag_add(c->d, c->out->ts_us, 4, p + 12, p + 16, hs_be16(p + 4), proto, off,
                             more, p + hl, cap - hl, cap < wire, &pl, &plen, &proto, &k))
            return k;
        c->out->defragmented = true;
        return transport(c, proto, pl, plen, plen);
    }
    return transport(c, proto, p + hl, cap - hl, wire - hl);
}

/*
 * IPv6 extension headers (RFC 8200 4.1) from next header nh, bounded by the
 * packet; after a Fragment header (and reassembly) the chain continues.
 */
static enum hs_dec_kind ipv6_ext(struct dctx *c, uint8_t nh, const uint8_t *src,
                                 const uint8_t *dst, const uint8_t *p, size_t cap, size_t wire,
                                 bool frag_ok)
{
    for (unsigned hdrs = 0;; hdrs++) {
        size_t len;
        if (hdrs > 16)
            return HS_DEC_TOO_DEEP;
        switch (nh) {
        case PROTO_HOPOPTS:
        case PROTO_ROUTING:
        case PROTO_DSTOPTS:
            if (cap < 2)
                return short_header(cap, wire, 2);
            len = ((size_t)p[1] + 1) * 8;
            break;
        case PROTO_AH:
            if (cap < 2)
                return short_header(cap, wire, 2);
            len = ((size_t)p[1] + 2) * 4;
            break;
        case PROTO_FRAGMENT: {
            if (cap < 8)
                return short_header(cap, wire, 8);
            if (!frag_ok)
                return HS_DEC_MALFORMED; /* a second Fragment header */
            uint8_t next = p[0];
            uint16_t ow = hs_be16(p + 2);
            uint32_t off = (uint32_t)(ow & 0xfff8);
            bool more = ow & 1;
            uint32_t id = hs_be32(p + 4);
            p += 8, cap -= 8, wire -= 8;
            if (off == 0 && !more) { /* atomic fragment (RFC 6946) */
                nh = next;
                frag_ok = false;
                continue;
            }
            const uint8_t *pl;
            size_t pll;
            enum hs_dec_kind k;
            if (!hs_dec_frag_add(c->d, c->out->ts_us, 6, src, dst, id, next, off, more, p, cap,
                                 cap < wire, &pl, &pll, &next, &k))
                return k;
            c->out->defragmented = true;
            return ipv6_ext(c, next, src, dst, pl, pll, pll, false);
        }
        case PROTO_NONE: return HS_DEC_OTHER_PROTO;
        default: return transport(c, nh, p, cap, wire);
        }
        if (len > wire)
            return HS_DEC_MALFORMED;
        if (len > cap)
            return short_header(cap, wire, len);
        nh = p[0];
        p += len, cap -= len, wire -= len;
    }
}

enum hs_dec_kind hs_dec_ipv6(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (!enter_ip(c))
        return HS_DEC_TOO_DEEP;
    if (cap < 40)
        return short_header(cap, wire, 40);
    if ((p[0] >> 4) != 6)
        return HS_DEC_MALFORMED;
    size_t plen = hs_be16(p + 4);
    if (plen == 0) /* jumbogram or TSO: trust the frame */
        plen = wire - 40;
    if (plen > wire - 40)
        return HS_DEC_MALFORMED;
    wire = 40 + plen;
    if (cap > wire)
        cap = wire;
    set_addrs(c, 6, p + 8, p + 24);
    return ipv6_ext(c, p[6], p + 8, p + 24, p + 40, cap - 40, wire - 40, true);
}

/* GRE (RFC 2784/2890): optional checksum, key and sequence words. */
static enum hs_dec_kind gre(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (cap < 4)
        return short_header(cap, wire, 4);
    uint16_t flags = hs_be16(p);
    uint16_t proto = hs_be16(p + 2);
    if ((flags & 7) != 0) /* version 1 is PPTP's enhanced GRE: PPP inside, not followed */
        return HS_DEC_OTHER_PROTO;
    size_t hl = 4 + ((flags & 0x8000) ? 4 : 0) + ((flags & 0x2000) ? 4 : 0) +
                ((flags & 0x1000) ? 4 : 0);
    if (cap < hl)
        return short_header(cap, wire, hl);
    p += hl, cap -= hl, wire -= hl;
    if (proto == ETH_TEB)
        return hs_dec_ethernet(c, p, cap, wire);
    return hs_dec_ethertype(c, proto, p, cap, wire);
}

static enum hs_dec_kind udp(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (cap < 8)
        return short_header(cap, wire, 8);
    uint16_t dport = hs_be16(p + 2);
    p += 8, cap -= 8, wire -= 8;
    if (dport == UDP_VXLAN) {
        /* RFC 7348: flags (I bit), reserved, VNI, reserved; then Ethernet */
        if (cap < 8)
            return short_header(cap, wire, 8);
        if (!(p[0] & 0x08))
            return HS_DEC_UDP;
        return hs_dec_ethernet(c, p + 8, cap - 8, wire - 8);
    }
    if (dport == UDP_GENEVE) {
        /* RFC 8926: ver(2) optlen(6), flags, protocol type, VNI, options */
        if (cap < 8)
            return short_header(cap, wire, 8);
        if (p[0] >> 6)
            return HS_DEC_UDP;
        size_t hl = 8 + (size_t)(p[0] & 0x3f) * 4;
        uint16_t proto = hs_be16(p + 2);
        if (cap < hl)
            return short_header(cap, wire, hl);
        if (proto == ETH_TEB)
            return hs_dec_ethernet(c, p + hl, cap - hl, wire - hl);
        return hs_dec_ethertype(c, proto, p + hl, cap - hl, wire - hl);
    }
    return HS_DEC_UDP;
}

/*
 * Options of a SYN segment (RFC 9293 3.2): only MSS and window scale are
 * kept. Both mean something only on a SYN (RFC 9293 3.7.1, RFC 7323 2.2), so
 * the options of other segments are not parsed at all.
 */
static void syn_options(struct hs_pkt *o, const uint8_t *p, size_t len)
{
    struct hs_cur oc = hs_cur_make(p, len);
    uint8_t kind, olen;
    while (hs_cur_u8(&oc, &kind) && kind != 0) {
        if (kind == 1)
            continue;
        if (!hs_cur_u8(&oc, &olen) || olen < 2 || (size_t)(olen - 2) > hs_cur_left(&oc))
            break;
        if (kind == 2 && olen == 4)
            o->mss = hs_be16(oc.p);
        else if (kind == 3 && olen == 3)
            o->wscale = (int8_t)(oc.p[0] > 14 ? 14 : oc.p[0]);
        oc.p += olen - 2;
    }
}

static enum hs_dec_kind tcp(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    struct hs_pkt *o = c->out;
    if (cap < 20)
        return short_header(cap, wire, 20);
    size_t hl = (size_t)(p[12] >> 4) * 4;
    if (hl < 20 || hl > wire)
        return HS_DEC_MALFORMED;
    if (hl > cap)
        return short_header(cap, wire, hl);
    o->sport = hs_be16(p);
    o->dport = hs_be16(p + 2);
    o->seq = hs_be32(p + 4);
    o->ack = hs_be32(p + 8);
    o->flags = p[13] & 0x3f;
    o->win = hs_be16(p + 14);
    if ((o->flags & HS_TCP_SYN) && hl > 20)
        syn_options(o, p + 20, hl - 20);
    o->payload = p + hl;
    o->paylen = (uint32_t)(cap - hl);
    o->missing = (uint32_t)(wire - cap);
    return HS_DEC_TCP;
}

/* Transport protocol proto (IP numbering) carried in p[0..cap) of wire bytes. */
static enum hs_dec_kind transport(struct dctx *c, uint8_t proto, const uint8_t *p, size_t cap,
                                  size_t wire)
{
    switch (proto) {
    case PROTO_TCP: return tcp(c, p, cap, wire);
    case PROTO_UDP: return udp(c, p, cap, wire);
    case PROTO_ICMP: return HS_DEC_ICMP;
    case PROTO_ICMP6: return HS_DEC_ICMP6;
    case PROTO_IPIP: return hs_dec_ipv4(c, p, cap, wire);
    case PROTO_IPV6: return hs_dec_ipv6(c, p, cap, wire);
    case PROTO_GRE: return gre(c, p, cap, wire);
    default: return HS_DEC_OTHER_PROTO;
    }
}
