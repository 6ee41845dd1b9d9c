/* pktbuild.h: header-only builder of link, IP, tunnel and TCP frames for unit tests. */
#ifndef HS_TESTS_UNIT_PKTBUILD_H
#define HS_TESTS_UNIT_PKTBUILD_H

/*
 * Usage: headers are appended outermost first, then the payload, then
 * pb_finish() fills every length field that depends on what follows (IPv4
 * total length and header checksum, IPv6 payload length, UDP length, PPPoE
 * length). Each pb_<layer>() returns the offset of the header it wrote, so a
 * test can overwrite a field afterwards (bad lengths, TSO zero length) with
 * pb_set_*(). Bytes appended after pb_finish() are outside every length, which
 * is how Ethernet padding / trailers are made. TCP and UDP checksums are left
 * zero (the decoder ignores them).
 *
 *     struct pb b;
 *     pb_init(&b);
 *     pb_eth(&b, PB_ETH_IPV4);
 *     pb_ipv4(&b, &(struct pb_ip4){.src = {10, 0, 0, 1}, .dst = {10, 0, 0, 2},
 *                                  .proto = PB_IPPROTO_TCP});
 *     pb_tcp(&b, &(struct pb_tcp){.sport = 1234, .dport = 80, .flags = PB_TCP_SYN});
 *     pb_bytes(&b, "hi", 2);
 *     pb_finish(&b);           -> b.buf[0 .. b.len) is the frame
 *
 * Building past PB_MAX bytes, or more than PB_MAX_LAYERS length-carrying
 * layers, aborts: a test must never run on a silently clipped frame.
 *
 * Include this (or <stdlib.h>) before <cmocka.h>: with UNIT_TESTING, cmocka
 * redefines malloc/free as macros, which breaks a later <stdlib.h>.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef PB_MAX
#define PB_MAX 16384 /* bytes per frame; define before including to change */
#endif
#define PB_MAX_LAYERS 32

/* Ethertypes. */
#define PB_ETH_IPV4 0x0800
#define PB_ETH_ARP 0x0806
#define PB_ETH_VLAN 0x8100
#define PB_ETH_QINQ 0x88a8
#define PB_ETH_QINQ_OLD 0x9100
#define PB_ETH_IPV6 0x86dd
#define PB_ETH_MPLS 0x8847
#define PB_ETH_PPPOE_SESS 0x8864
#define PB_ETH_TEB 0x6558 /* transparent Ethernet bridging (GRE, Geneve) */

/* PPP protocol numbers. */
#define PB_PPP_IPV4 0x0021
#define PB_PPP_IPV6 0x0057
#define PB_PPP_LCP 0xc021

/* IP protocol / IPv6 next-header numbers. */
#define PB_IPPROTO_HOPOPTS 0
#define PB_IPPROTO_ICMP 1
#define PB_IPPROTO_IPIP 4
#define PB_IPPROTO_TCP 6
#define PB_IPPROTO_UDP 17
#define PB_IPPROTO_IPV6 41
#define PB_IPPROTO_ROUTING 43
#define PB_IPPROTO_FRAGMENT 44
#define PB_IPPROTO_GRE 47
#define PB_IPPROTO_ESP 50
#define PB_IPPROTO_AH 51
#define PB_IPPROTO_ICMPV6 58
#define PB_IPPROTO_NONE 59
#define PB_IPPROTO_DSTOPTS 60
#define PB_IPPROTO_SCTP 132

/* UDP ports of the UDP tunnels. */
#define PB_PORT_VXLAN 4789
#define PB_PORT_GENEVE 6081

/* TCP flags. */
#define PB_TCP_FIN 0x01
#define PB_TCP_SYN 0x02
#define PB_TCP_RST 0x04
#define PB_TCP_PSH 0x08
#define PB_TCP_ACK 0x10
#define PB_TCP_URG 0x20
#define PB_TCP_ECE 0x40
#define PB_TCP_CWR 0x80

/* Layers whose length field pb_finish() fills. */
enum pb_len_kind { PB_LEN_IPV4, PB_LEN_IPV6, PB_LEN_UDP, PB_LEN_PPPOE };

struct pb {
    uint8_t buf[PB_MAX]; /* the frame: buf[0 .. len) */
    size_t len;
    unsigned nlayers;
    struct {
        size_t off;
        enum pb_len_kind kind;
    } layers[PB_MAX_LAYERS];
};

/* IPv4 header. Zero-initialised fields give a plain, unfragmented datagram. */
struct pb_ip4 {
    uint8_t src[4], dst[4];
    uint8_t proto;
    uint8_t ttl;           /* 0 means 64 */
    uint8_t tos;
    uint16_t id;
    uint16_t frag_off;     /* fragment offset in bytes (a multiple of 8) */
    bool mf, df;           /* more-fragments, don't-fragment */
    const uint8_t *opts;   /* borrowed; copied, then padded with EOL to 4 bytes */
    size_t optlen;         /* at most 40 */
};

/* IPv6 fixed header. */
struct pb_ip6 {
    uint8_t src[16], dst[16];
    uint8_t nh;            /* next header */
    uint8_t hlim;          /* 0 means 64 */
    uint32_t flow;         /* 20-bit flow label */
};

/* GRE header (RFC 2784 / 2890). */
struct pb_gre {
    uint16_t proto;        /* ethertype of the payload */
    bool csum, key, seq;   /* optional words present */
    uint32_t key_val, seq_val;
    uint8_t version;       /* 0; 1 is PPTP's enhanced GRE */
};

/* TCP header. */
struct pb_tcp {
    uint16_t sport, dport;
    uint32_t seq, ack;
    uint8_t flags;         /* PB_TCP_* (all 8 bits are written) */
    uint16_t win;
    const uint8_t *opts;   /* borrowed; copied, then padded with EOL to 4 bytes */
    size_t optlen;         /* at most 40 */
    uint8_t doff;          /* data offset in 32-bit words; 0 = computed from optlen */
};

static inline void pb_init(struct pb *b)
{
    b->len = 0;
    b->nlayers = 0;
}

/* Append n zero bytes; returns a pointer to them. Aborts past PB_MAX. */
static inline uint8_t *pb_put(struct pb *b, size_t n)
{
    if (n > PB_MAX - b->len)
        abort();
    uint8_t *p = b->buf + b->len;
    memset(p, 0, n);
    b->len += n;
    return p;
}

/* Append raw bytes; returns their offset. */
static inline size_t pb_bytes(struct pb *b, const void *data, size_t n)
{
    size_t off = b->len;
    uint8_t *p = pb_put(b, n);
    if (n)
        memcpy(p, data, n);
    return off;
}

static inline size_t pb_zeros(struct pb *b, size_t n)
{
    size_t off = b->len;
    pb_put(b, n);
    return off;
}

static inline void pb_w16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static inline void pb_w32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static inline size_t pb_u8(struct pb *b, uint8_t v)
{
    return pb_bytes(b, &v, 1);
}

static inline size_t pb_be16(struct pb *b, uint16_t v)
{
    size_t off = b->len;
    pb_w16(pb_put(b, 2), v);
    return off;
}

static inline size_t pb_be32(struct pb *b, uint32_t v)
{
    size_t off = b->len;
    pb_w32(pb_put(b, 4), v);
    return off;
}

/* Overwrite already-written bytes (abort if out of range). */
static inline void pb_set_u8(struct pb *b, size_t off, uint8_t v)
{
    if (off >= b->len)
        abort();
    b->buf[off] = v;
}

static inline void pb_set_be16(struct pb *b, size_t off, uint16_t v)
{
    if (off > b->len || b->len - off < 2)
        abort();
    pb_w16(b->buf + off, v);
}

static inline void pb_set_be32(struct pb *b, size_t off, uint32_t v)
{
    if (off > b->len || b->len - off < 4)
        abort();
    pb_w32(b->buf + off, v);
}

/* Remember a length field for pb_finish(). */
static inline void pb_mark(struct pb *b, size_t off, enum pb_len_kind kind)
{
    if (b->nlayers >= PB_MAX_LAYERS)
        abort();
    b->layers[b->nlayers].off = off;
    b->layers[b->nlayers].kind = kind;
    b->nlayers++;
}

/* ---- link layers --------------------------------------------------------- */

/* Ethernet II: dst 02:00:00:00:00:02, src 02:00:00:00:00:01, then the type (or 802.3 length). */
static inline size_t pb_eth(struct pb *b, uint16_t type)
{
    static const uint8_t macs[12] = {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1};
    size_t off = pb_bytes(b, macs, sizeof macs);
    pb_be16(b, type);
    return off;
}

/* The 4 bytes following a VLAN TPID: TCI (PCP 0, DEI 0, VID), then the next ethertype. */
static inline size_t pb_vlan(struct pb *b, uint16_t vid, uint16_t next_type)
{
    size_t off = pb_be16(b, vid & 0x0fff);
    pb_be16(b, next_type);
    return off;
}

/* Linux cooked capture v1 (16 bytes): packet type, ARPHRD_ETHER, addr len 6, addr[8], protocol. */
static inline size_t pb_sll(struct pb *b, uint16_t proto)
{
    size_t off = pb_zeros(b, 16);
    uint8_t *p = b->buf + off;
    pb_w16(p, 0);     /* to us */
    pb_w16(p + 2, 1); /* ARPHRD_ETHER */
    pb_w16(p + 4, 6);
    memcpy(p + 6, "\x02\x00\x00\x00\x00\x01", 6);
    pb_w16(p + 14, proto);
    return off;
}

/* Linux cooked capture v2 (20 bytes): protocol, reserved, ifindex, ARPHRD, type, addr len, addr. */
static inline size_t pb_sll2(struct pb *b, uint16_t proto)
{
    size_t off = pb_zeros(b, 20);
    uint8_t *p = b->buf + off;
    pb_w16(p, proto);
    pb_w32(p + 4, 2); /* ifindex */
    pb_w16(p + 8, 1); /* ARPHRD_ETHER */
    p[10] = 0;        /* to us */
    p[11] = 6;
    memcpy(p + 12, "\x02\x00\x00\x00\x00\x01", 6);
    return off;
}

/* DLT_NULL: 4-byte address family in this machine's byte order, or the other one if swapped. */
static inline size_t pb_null(struct pb *b, uint32_t family, bool swapped)
{
    if (swapped)
        family = (family >> 24) | ((family >> 8) & 0xff00) | ((family << 8) & 0xff0000) |
                 (family << 24);
    return pb_bytes(b, &family, 4);
}

/* DLT_LOOP: 4-byte address family in network byte order. */
static inline size_t pb_loop(struct pb *b, uint32_t family)
{
    return pb_be32(b, family);
}

/* One MPLS label stack entry (TC 0, TTL 64). */
static inline size_t pb_mpls(struct pb *b, uint32_t label, bool bottom)
{
    return pb_be32(b, ((label & 0xfffff) << 12) | (bottom ? 0x100u : 0) | 64);
}

/* PPPoE session header (RFC 2516) plus the 2-byte PPP protocol; length filled by pb_finish(). */
static inline size_t pb_pppoe(struct pb *b, uint16_t session, uint16_t ppp_proto)
{
    size_t off = pb_zeros(b, 8);
    uint8_t *p = b->buf + off;
    p[0] = 0x11; /* version 1, type 1 */
    p[1] = 0;    /* code: session data */
    pb_w16(p + 2, session);
    pb_w16(p + 6, ppp_proto);
    pb_mark(b, off, PB_LEN_PPPOE);
    return off;
}

/* ---- IP ------------------------------------------------------------------ */

/* IPv4 header with options; total length and checksum filled by pb_finish(). */
static inline size_t pb_ipv4(struct pb *b, const struct pb_ip4 *ip)
{
    size_t optpad = (ip->optlen + 3) & ~(size_t)3;
    if (optpad > 40)
        abort();
    size_t off = pb_zeros(b, 20 + optpad);
    uint8_t *p = b->buf + off;
    p[0] = (uint8_t)(0x40 | ((20 + optpad) / 4));
    p[1] = ip->tos;
    pb_w16(p + 4, ip->id);
    pb_w16(p + 6, (uint16_t)((ip->df ? 0x4000 : 0) | (ip->mf ? 0x2000 : 0) |
                             ((ip->frag_off / 8) & 0x1fff)));
    p[8] = ip->ttl ? ip->ttl : 64;
    p[9] = ip->proto;
    memcpy(p + 12, ip->src, 4);
    memcpy(p + 16, ip->dst, 4);
    if (ip->optlen)
        memcpy(p + 20, ip->opts, ip->optlen);
    pb_mark(b, off, PB_LEN_IPV4);
    return off;
}

/* IPv6 fixed header; payload length filled by pb_finish(). */
static inline size_t pb_ipv6(struct pb *b, const struct pb_ip6 *ip)
{
    size_t off = pb_zeros(b, 40);
    uint8_t *p = b->buf + off;
    pb_w32(p, 0x60000000u | (ip->flow & 0xfffff));
    p[6] = ip->nh;
    p[7] = ip->hlim ? ip->hlim : 64;
    memcpy(p + 8, ip->src, 16);
    memcpy(p + 24, ip->dst, 16);
    pb_mark(b, off, PB_LEN_IPV6);
    return off;
}

/*
 * IPv6 hop-by-hop, routing or destination options header of (len8 + 1) * 8
 * bytes: next header, length, then zeros (Pad1 options; for routing, type 0
 * with segments left 0).
 */
static inline size_t pb_ip6_ext(struct pb *b, uint8_t nh, uint8_t len8)
{
    size_t off = pb_zeros(b, ((size_t)len8 + 1) * 8);
    b->buf[off] = nh;
    b->buf[off + 1] = len8;
    return off;
}

/* Authentication header (RFC 4302): 12 bytes plus icv_words 32-bit words of ICV. */
static inline size_t pb_ah(struct pb *b, uint8_t nh, uint32_t spi, uint8_t icv_words)
{
    size_t off = pb_zeros(b, 12 + (size_t)icv_words * 4);
    uint8_t *p = b->buf + off;
    p[0] = nh;
    p[1] = (uint8_t)(3 + icv_words - 2); /* length in 32-bit words, minus 2 */
    pb_w32(p + 4, spi);
    pb_w32(p + 8, 1); /* sequence number */
    return off;
}

/* IPv6 fragment header: offset in bytes (a multiple of 8), M flag, identification. */
static inline size_t pb_ip6_frag(struct pb *b, uint8_t nh, uint16_t off_bytes, bool more,
                                 uint32_t id)
{
    size_t off = pb_zeros(b, 8);
    uint8_t *p = b->buf + off;
    p[0] = nh;
    pb_w16(p + 2, (uint16_t)((off_bytes & 0xfff8) | (more ? 1 : 0)));
    pb_w32(p + 4, id);
    return off;
}

/* ---- transports and tunnels ---------------------------------------------- */

/* UDP header; length filled by pb_finish(), checksum zero. */
static inline size_t pb_udp(struct pb *b, uint16_t sport, uint16_t dport)
{
    size_t off = pb_zeros(b, 8);
    pb_w16(b->buf + off, sport);
    pb_w16(b->buf + off + 2, dport);
    pb_mark(b, off, PB_LEN_UDP);
    return off;
}

/* ICMP / ICMPv6 header: type, code, zero checksum, 4 zero bytes. */
static inline size_t pb_icmp(struct pb *b, uint8_t type, uint8_t code)
{
    size_t off = pb_zeros(b, 8);
    b->buf[off] = type;
    b->buf[off + 1] = code;
    return off;
}

/* ARP request for IPv4 over Ethernet (28 bytes), who-has 10.0.0.2 tell 10.0.0.1. */
static inline size_t pb_arp(struct pb *b)
{
    static const uint8_t arp[28] = {0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 1, 10, 0,
                                    0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2};
    return pb_bytes(b, arp, sizeof arp);
}

/* GRE header with the optional checksum, key and sequence words. */
static inline size_t pb_gre(struct pb *b, const struct pb_gre *g)
{
    size_t off = pb_be16(b, (uint16_t)((g->csum ? 0x8000 : 0) | (g->key ? 0x2000 : 0) |
                                       (g->seq ? 0x1000 : 0) | (g->version & 7)));
    pb_be16(b, g->proto);
    if (g->csum)
        pb_be32(b, 0); /* checksum + reserved1 */
    if (g->key)
        pb_be32(b, g->key_val);
    if (g->seq)
        pb_be32(b, g->seq_val);
    return off;
}

/* VXLAN header (RFC 7348) with the given flags (0x08 = VNI valid); Ethernet follows. */
static inline size_t pb_vxlan(struct pb *b, uint8_t flags, uint32_t vni)
{
    size_t off = pb_zeros(b, 8);
    b->buf[off] = flags;
    pb_w32(b->buf + off + 4, (vni & 0xffffff) << 8);
    return off;
}

/*
 * Geneve header (RFC 8926) carrying proto, with one option TLV of opt_words
 * 32-bit words in total (0 = no option); version is normally 0.
 */
static inline size_t pb_geneve(struct pb *b, uint8_t version, uint16_t proto, uint32_t vni,
                               uint8_t opt_words)
{
    if (opt_words > 63)
        abort();
    size_t off = pb_zeros(b, 8 + (size_t)opt_words * 4);
    uint8_t *p = b->buf + off;
    p[0] = (uint8_t)((version << 6) | opt_words);
    pb_w16(p + 2, proto);
    pb_w32(p + 4, (vni & 0xffffff) << 8);
    if (opt_words) {
        pb_w16(p + 8, 0x0102); /* option class */
        p[10] = 0x80;          /* type (critical bit set) */
        p[11] = (uint8_t)(opt_words - 1); /* data length in words */
        for (size_t i = 12; i < 8 + (size_t)opt_words * 4; i++)
            p[i] = (uint8_t)(0xa0 + i);
    }
    return off;
}

/* TCP header with options (padded with EOL); checksum zero. */
static inline size_t pb_tcp(struct pb *b, const struct pb_tcp *t)
{
    size_t optpad = (t->optlen + 3) & ~(size_t)3;
    if (optpad > 40)
        abort();
    size_t off = pb_zeros(b, 20 + optpad);
    uint8_t *p = b->buf + off;
    pb_w16(p, t->sport);
    pb_w16(p + 2, t->dport);
    pb_w32(p + 4, t->seq);
    pb_w32(p + 8, t->ack);
    p[12] = (uint8_t)((t->doff ? t->doff : (20 + optpad) / 4) << 4);
    p[13] = t->flags;
    pb_w16(p + 14, t->win);
    if (t->optlen)
        memcpy(p + 20, t->opts, t->optlen);
    return off;
}

/* ---- finishing ----------------------------------------------------------- */

/* RFC 1071 checksum of n bytes. */
static inline uint16_t pb_cksum(const uint8_t *p, size_t n)
{
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < n; i += 2)
        sum += (uint32_t)(p[i] << 8 | p[i + 1]);
    if (n & 1)
        sum += (uint32_t)p[n - 1] << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

/*
 * Fill the length fields of every marked layer, measured to the current end
 * of the frame, and the IPv4 header checksums. Returns the frame length.
 * Lengths that do not fit 16 bits abort.
 */
static inline size_t pb_finish(struct pb *b)
{
    for (unsigned i = 0; i < b->nlayers; i++) {
        size_t off = b->layers[i].off, n = b->len - off;
        uint8_t *p = b->buf + off;
        switch (b->layers[i].kind) {
        case PB_LEN_IPV4: break;
        case PB_LEN_IPV6: n -= 40; break;
        case PB_LEN_UDP: break;
        case PB_LEN_PPPOE: n -= 6; break;
        }
        if (n > 0xffff)
            abort();
        switch (b->layers[i].kind) {
        case PB_LEN_IPV4:
            pb_w16(p + 2, (uint16_t)n);
            pb_w16(p + 10, 0);
            pb_w16(p + 10, pb_cksum(p, (size_t)(p[0] & 0x0f) * 4));
            break;
        case PB_LEN_IPV6: pb_w16(p + 4, (uint16_t)n); break;
        case PB_LEN_UDP: pb_w16(p + 4, (uint16_t)n); break;
        case PB_LEN_PPPOE: pb_w16(p + 4, (uint16_t)n); break;
        }
    }
    return b->len;
}

#endif
