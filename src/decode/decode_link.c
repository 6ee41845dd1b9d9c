/* decode_link.c: datalink headers (Ethernet/VLAN/QinQ, SLL, SLL2, RAW, NULL, LOOP, MPLS, PPPoE). */
#include "decode.h"

#include <string.h>

#include "../util/hs_cur.h"
#include "../util/hs_mem.h"
#include "decode_int.h"

#define ETH_IPV4 0x0800
#define ETH_IPV6 0x86dd
#define ETH_VLAN 0x8100
#define ETH_QINQ 0x88a8
#define ETH_QINQ_OLD 0x9100
#define ETH_MPLS 0x8847
#define ETH_MPLS_MC 0x8848
#define ETH_PPPOE_SESS 0x8864

static const char *const kind_names[HS_DEC_NKINDS] = {
    [HS_DEC_TCP] = "tcp",
    [HS_DEC_NOT_IP] = "not-ip",
    [HS_DEC_UDP] = "udp",
    [HS_DEC_ICMP] = "icmp",
    [HS_DEC_ICMP6] = "icmp6",
    [HS_DEC_OTHER_PROTO] = "other-ip-proto",
    [HS_DEC_UNKNOWN_LINK] = "unknown-link",
    [HS_DEC_TRUNCATED] = "truncated-header",
    [HS_DEC_MALFORMED] = "malformed",
    [HS_DEC_FRAGMENT] = "ip-fragment-held",
    [HS_DEC_FRAG_DROPPED] = "ip-fragment-dropped",
    [HS_DEC_TOO_DEEP] = "encap-too-deep",
};

const char *hs_dec_kind_name(enum hs_dec_kind k)
{
    return (unsigned)k < HS_DEC_NKINDS ? kind_names[k] : "?";
}

/* IPv4 or IPv6 by the version nibble (DLT_RAW, MPLS payloads). */
static enum hs_dec_kind ip_by_version(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (cap < 1)
        return short_header(cap, wire, 1);
    switch (p[0] >> 4) {
    case 4: return hs_dec_ipv4(c, p, cap, wire);
    case 6: return hs_dec_ipv6(c, p, cap, wire);
    default: return HS_DEC_NOT_IP;
    }
}

/* MPLS label stack: skip labels up to bottom-of-stack, then guess IPv4/IPv6 by nibble. */
static enum hs_dec_kind mpls(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    for (unsigned n = 0;; n++) {
        if (cap < 4)
            return short_header(cap, wire, 4);
        if (n >= 16)
            return HS_DEC_TOO_DEEP;
        bool bottom = p[2] & 1;
        p += 4, cap -= 4, wire -= 4;
        if (bottom)
            break;
    }
    return ip_by_version(c, p, cap, wire);
}

/* PPPoE session stage (RFC 2516): 6-byte header, then a PPP protocol number. */
static enum hs_dec_kind pppoe(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (cap < 8)
        return short_header(cap, wire, 8);
    uint16_t ppp = hs_be16(p + 6);
    p += 8, cap -= 8, wire -= 8;
    if (ppp == 0x0021)
        return hs_dec_ipv4(c, p, cap, wire);
    if (ppp == 0x0057)
        return hs_dec_ipv6(c, p, cap, wire);
    return HS_DEC_NOT_IP;
}

enum hs_dec_kind hs_dec_ethertype(struct dctx *c, uint16_t type, const uint8_t *p, size_t cap,
                                  size_t wire)
{
    for (unsigned tags = 0;; tags++) {
        switch (type) {
        case ETH_IPV4: return hs_dec_ipv4(c, p, cap, wire);
        case ETH_IPV6: return hs_dec_ipv6(c, p, cap, wire);
        case ETH_MPLS:
        case ETH_MPLS_MC: return mpls(c, p, cap, wire);
        case ETH_PPPOE_SESS: return pppoe(c, p, cap, wire);
        case ETH_VLAN:
        case ETH_QINQ:
        case ETH_QINQ_OLD:
            /* 802.1Q / 802.1ad tag: TCI, then the next ethertype */
            if (tags >= 8)
                return HS_DEC_TOO_DEEP;
            if (cap < 4)
                return short_header(cap, wire, 4);
            type = hs_be16(p + 2);
            p += 4, cap -= 4, wire -= 4;
            continue;
        default: return HS_DEC_NOT_IP;
        }
    }
}

enum hs_dec_kind hs_dec_ethernet(struct dctx *c, const uint8_t *p, size_t cap, size_t wire)
{
    if (cap < 14)
        return short_header(cap, wire, 14);
    uint16_t type = hs_be16(p + 12);
    if (type < 0x0600) /* 802.3 length field: LLC/SNAP, never IP here */
        return HS_DEC_NOT_IP;
    return hs_dec_ethertype(c, type, p + 14, cap - 14, wire - 14);
}

/* BSD loopback address families: AF_INET is 2 everywhere; AF_INET6 is 10, 24, 28 or 30. */
static enum hs_dec_kind null_family(struct dctx *c, uint32_t fam, const uint8_t *p, size_t cap,
                                    size_t wire)
{
    if (fam == 2)
        return hs_dec_ipv4(c, p, cap, wire);
    if (fam == 10 || fam == 24 || fam == 28 || fam == 30)
        return hs_dec_ipv6(c, p, cap, wire);
    return HS_DEC_NOT_IP;
}

struct hs_dec *hs_dec_new(const struct hs_dec_limits *lim)
{
    struct hs_dec *d = hs_calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->lim = *lim; /* max_encap 0: no tunnel is followed */
    return d;
}

void hs_dec_free(struct hs_dec *d)
{
    if (!d)
        return;
    hs_dec_frag_free_all(d);
    hs_free(d->rbuf);
    hs_free(d);
}

const struct hs_dec_stats *hs_dec_stats(const struct hs_dec *d)
{
    return &d->st;
}

uint64_t hs_dec_mem(const struct hs_dec *d)
{
    return d->frag_bytes + (d->rbuf ? HS_DEC_MAX_DATAGRAM : 0);
}

enum hs_dec_kind hs_dec_packet(struct hs_dec *d, enum hs_link link, uint64_t ts_us,
                               const uint8_t *data, uint32_t caplen, uint32_t wirelen,
                               struct hs_pkt *out)
{
    struct dctx c = {d, out, 0};
    size_t cap = caplen, wire = wirelen < caplen ? caplen : wirelen;
    enum hs_dec_kind k;

    d->st.packets++;
    memset(out, 0, offsetof(struct hs_pkt, payload));
    out->ts_us = ts_us;
    out->wscale = -1;
    if (d->frag_head)
        hs_dec_frag_expire(d, ts_us);

    switch (link) {
    case HS_LINK_ETHERNET: k = hs_dec_ethernet(&c, data, cap, wire); break;
    case HS_LINK_SLL:
        /* 16 bytes: packet type, ARPHRD, addr len, addr[8], protocol */
        k = cap < 16 ? short_header(cap, wire, 16)
                     : hs_dec_ethertype(&c, hs_be16(data + 14), data + 16, cap - 16, wire - 16);
        break;
    case HS_LINK_SLL2:
        /* 20 bytes: protocol, reserved, ifindex, ARPHRD, packet type, addr len, addr[8] */
        k = cap < 20 ? short_header(cap, wire, 20)
                     : hs_dec_ethertype(&c, hs_be16(data), data + 20, cap - 20, wire - 20);
        break;
    case HS_LINK_RAW: k = ip_by_version(&c, data, cap, wire); break;
    case HS_LINK_IPV4: k = hs_dec_ipv4(&c, data, cap, wire); break;
    case HS_LINK_IPV6: k = hs_dec_ipv6(&c, data, cap, wire); break;
    case HS_LINK_NULL:
    case HS_LINK_LOOP:
        if (cap < 4) {
            k = short_header(cap, wire, 4);
        } else {
            uint32_t fam;
            if (link == HS_LINK_LOOP) {
                fam = hs_be32(data);
            } else {
                memcpy(&fam, data, 4); /* host byte order of the capturing machine */
                if (fam > 0xffff)      /* written on the other endianness */
                    fam = hs_bswap32(fam);
            }
            k = null_family(&c, fam, data + 4, cap - 4, wire - 4);
        }
        break;
    default: k = HS_DEC_UNKNOWN_LINK; break;
    }
    if (k == HS_DEC_TCP) {
        if (c.depth > 1) {
            out->tunnels = (uint8_t)(c.depth - 1);
            d->st.tunneled++;
        }
        if (out->missing)
            d->st.truncated_payload++;
    }
    d->st.skipped[k]++;
    return k;
}
