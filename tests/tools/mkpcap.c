/* mkpcap: deterministic generator of synthetic pcap fixtures from a small line-based script. */

/*
 * Usage:  mkpcap SCRIPT OUT.pcap          (OUT may be "-" for stdout)
 *
 * Writes a classic pcap file (host byte order, microsecond timestamps) with libpcap's
 * pcap_open_dead() + pcap_dump_open() + pcap_dump(). Output depends on the script alone
 * (no clock, no randomness): the same script gives byte-identical output. IP, TCP, UDP and
 * ICMP checksums and all length fields are computed; TTL / hop limit is 64; the IPv4 ID
 * starts at 1 and counts up for every IPv4 header written (fragments of one packet share
 * theirs). MACs: client 02:00:00:00:00:01, server 02:00:00:00:00:02.
 *
 * LEXICAL
 *   One command per line, words separated by blanks. '#' outside a string starts a
 *   comment. A line ending in '\' continues on the next line. Numbers are decimal or 0x hex.
 *   STRING is "..." with the C escapes \r \n \t \0 \\ \" \xNN; adjacent strings are joined:
 *     send c "GET /x HTTP/1.1\r\n" "Host: example.test\r\n\r\n"
 *   Wherever a STRING is taken, @PATH takes the bytes of a file instead (PATH relative to
 *   the script's directory). ADDR is an IPv4 or IPv6 address; ENDPOINT is ADDR:PORT, with
 *   brackets for IPv6: 10.0.0.1:40000, [2001:db8::1]:443.
 *
 * FILE (before the first packet)
 *   link TYPE          EN10MB (default), LINUX_SLL, LINUX_SLL2, RAW (DLT_RAW), IPV4
 *                      (LINKTYPE_IPV4 228), IPV6 (229), NULL (family little-endian: 2 or 30),
 *                      LOOP (family big-endian: 2 or 24)
 *   snaplen N          default 262144; a longer packet is written with caplen N and its
 *                      real length as wire length
 *   ethpad on|off      (any time) pad EN10MB frames shorter than 60 bytes with zeros, as
 *                      a NIC does; IP lengths then exclude the trailer. Default off.
 *
 * TIME (the first packet is at 1700000000.000000; the clock moves by the step after each)
 *   step USEC          per-packet advance in microseconds (default 1000)
 *   sleep SECONDS      advance the clock: "sleep 400", "sleep 0.25"
 *   time SECONDS       set the clock: "time 1700000100.5"
 *
 * ENCAPSULATION STACK (applies to every following packet; lines push from outer to inner)
 *   encap none | encap pop         clear the stack / remove its innermost entry
 *   encap eth                      an (inner) Ethernet header; the layer above sees 0x6558
 *   encap vlan VID [pcp=N]         802.1Q tag
 *   encap qinq OUTER INNER         802.1ad tag (0x88a8) followed by an 802.1Q tag (0x8100)
 *   encap mpls LABEL...            MPLS label stack (0x8847), outer label first, TTL 64
 *   encap pppoe SESSION            PPPoE session (0x8864) + PPP protocol 0x0021 / 0x0057
 *   encap gre SRC4 DST4 [key=N] [seq=N] [csum]
 *                                  GRE in IPv4 (protocol 47) carrying the inner ethertype;
 *                                  optional key, sequence number (counts up per packet),
 *                                  checksum
 *   encap vxlan SRC4 DST4 [vni=N] [sport=N]
 *                                  IPv4/UDP dport 4789/VXLAN + inner Ethernet (vni 1000,
 *                                  sport 50000 by default)
 *   encap geneve SRC4 DST4 [vni=N] [sport=N]
 *                                  IPv4/UDP dport 6081/Geneve with one 4-byte option TLV
 *                                  (class 0x0101, type 0x01) + inner Ethernet
 *   encap ipip SRC4 DST4           IPv4 in IPv4 (protocol 4)
 *   encap 6in4 SRC4 DST4           IPv6 in IPv4 (protocol 41)
 *   encap 4in6 SRC6 DST6           IPv4 in IPv6 (next header 4)
 *   Tunnel SRC/DST are used for client-to-server packets and swapped for the other way.
 *
 * TCP CONNECTIONS
 *   conn NAME CLIENT SERVER [cisn=N] [sisn=N] [win=N] [synopts=0|1] [ext=H,...] [ipopt=O,...]
 *       Defines a connection and makes it current. CLIENT and SERVER are ENDPOINTs of one
 *       family. ISNs default to 1000000*k (client) and 5000000*k (server) for the k-th conn.
 *       win (default 65535) is the receive window in bytes. synopts=1 (default) puts MSS
 *       1460, window scale 7 and SACK-permitted on SYN and SYN-ACK; the window field of
 *       later segments then holds win >> 7.
 *       ext= (IPv6 only) extension headers before TCP, in the order given:
 *         hop (hop-by-hop, PadN), route (routing type 4 / SRH, one segment, segments left 0),
 *         route0 (routing type 0, one address, segments left 0), dst (destination options).
 *       ipopt= (IPv4 only): nop, rr (record route, 2 empty slots), ra (router alert), eol;
 *         padded with EOL to a multiple of 4 bytes.
 *       A second conn on the same 4-tuple (under another NAME) models port reuse.
 *   use NAME             make NAME the current connection (interleaving)
 *   handshake            SYN, SYN-ACK, ACK. Without it the connection is picked up
 *                        mid-stream: data starts at ISN+1 either way.
 *   syn | synack         one SYN (repeat it for a retransmission) / one SYN-ACK
 *   ack c|s              pure ACK from the client (c) or the server (s)
 *   send c|s STRING [seg=N] [noack] [nopush]
 *       Data cut into segments of at most N bytes (default 1460), numbered 1..n, all ACK,
 *       the last one ACK|PSH (unless nopush). Then the other side sends a pure ACK (unless
 *       noack). Sequence and acknowledgment numbers follow from all data sent: ACKs cover
 *       everything the peer sent, and the mutations below change only what the capture
 *       shows (a dropped segment is capture loss, not network loss).
 *   fin c|s [noack]      FIN|ACK; the other side ACKs it unless noack
 *   rst c|s              RST|ACK, window 0. If the peer's SYN was never answered, the
 *                        RST has seq 0 and acknowledges the SYN (a refused connection).
 *
 *   Mutations: lines right after a send act on its segments (K, M = segment numbers):
 *   reorder K after|before M         emit segment K right after / before segment M
 *   dup K [after|before M]           emit segment K once more (at the end by default)
 *   drop K                           never emit segment K
 *   overlap OFF LEN [after|before M] extra segment: bytes OFF..OFF+LEN-1 of this send again
 *   overlap OFF STRING [after|before M]
 *                                    extra segment at byte offset OFF of this send carrying
 *                                    other bytes (conflicting data); extra segments are
 *                                    ACK|PSH, duplicates keep the flags of their original
 *   seq K VALUE                      emit segment K with this raw sequence number
 *   frag K SIZE [order I,J,...] [overlap OFF STRING [at N]]
 *       Emit segment K as IP fragments (IPv4 offset/MF, or an IPv6 Fragment header after
 *       hop-by-hop and routing headers) of SIZE bytes each (a multiple of 8). `order` gives
 *       fragment numbers (from 1) in emit order; missing ones are lost, repeated ones are
 *       duplicated. `overlap` adds one more fragment at fragment offset OFF (a multiple of
 *       8, counted from the first byte after the IPv4 header / the Fragment header: the TCP
 *       header, or a destination-options header) carrying other bytes, emitted as the N-th
 *       fragment (0 = first; default last). Unfragmented TCP over IPv4 has DF set;
 *       fragments after the first carry only the IPv4 options with the copy bit.
 *
 * OTHER PACKETS (sent with the current encapsulation, client-to-server MACs)
 *   arp SRC4 DST4                    ARP who-has request, Ethernet broadcast
 *   udp SRC:PORT DST:PORT STRING     UDP datagram over IPv4 or IPv6
 *   icmp SRC4 DST4 [reply]           ICMP echo request (or reply), id 0x4d4b, seq 1
 *   icmp6 SRC6 DST6 [reply]          ICMPv6 echo request (or reply)
 *
 * Any error in the script is fatal and reported as SCRIPT:LINE: message.
 */

/*
 * <pcap/pcap.h> uses the BSD u_int/u_char typedefs, which glibc declares only with
 * _DEFAULT_SOURCE; the strict -D_POSIX_C_SOURCE=200809L build hides them.
 */
#define _DEFAULT_SOURCE 1

#include <arpa/inet.h>
#include <errno.h>
#include <pcap/pcap.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PKT 70000u       /* one IP packet plus all headers */
#define HEADROOM 4096u       /* room to prepend encapsulation headers */
#define MAX_ENC 16
#define MAX_CONN 64
#define MAX_TOK 64
#define MAX_EXT 8
#define MAX_FRAGS 256
#define MAX_DATA (16u * 1024u * 1024u)

#define ET_IP4 0x0800u
#define ET_IP6 0x86ddu
#define ET_ARP 0x0806u
#define ET_VLAN 0x8100u
#define ET_QINQ 0x88a8u
#define ET_MPLS 0x8847u
#define ET_PPPOE 0x8864u
#define ET_TEB 0x6558u

#define TH_FIN 0x01u
#define TH_SYN 0x02u
#define TH_RST 0x04u
#define TH_PSH 0x08u
#define TH_ACK 0x10u

#define START_US 1700000000000000LL

enum dir { D_C2S = 0, D_S2C = 1, D_BCAST = 2 };

enum enc_kind {
    ENC_ETH,
    ENC_VLAN,
    ENC_QINQ,
    ENC_MPLS,
    ENC_PPPOE,
    ENC_GRE,
    ENC_VXLAN,
    ENC_GENEVE,
    ENC_IPIP,
    ENC_6IN4,
    ENC_4IN6
};

enum ext_kind { EXT_HOP, EXT_RT4, EXT_RT0, EXT_DST };

struct encap {
    enum enc_kind kind;
    uint32_t a, b;         /* vid / outer+inner vid / session / vni */
    uint32_t labels[8];
    int nlabels;
    uint8_t src[16], dst[16]; /* tunnel endpoints, client-to-server */
    bool has_key, has_seq, has_csum;
    uint32_t key, seq;
    uint16_t sport;
};

struct side {
    uint8_t addr[16];
    uint16_t port;
    uint32_t isn, nxt;
    bool syn_sent; /* sent SYN or SYN-ACK */
    bool sent_any; /* sent anything at all */
};

struct conn {
    char name[32];
    int af; /* 4 or 6 */
    struct side c, s;
    uint16_t win;
    bool synopts;
    enum ext_kind ext[MAX_EXT];
    int next;
    uint8_t ipopt[40];
    size_t ipoptlen;
};

struct fragspec {
    bool on;
    uint32_t size;
    int order[MAX_FRAGS];
    int norder;
    bool ovl;
    uint32_t ovl_off;
    uint8_t *ovl_data; /* owned */
    size_t ovl_len;
    int ovl_at; /* -1 = last */
};

struct seg {
    int orig;            /* 1-based segment number; 0 for extra segments */
    uint32_t off;        /* byte offset inside the send */
    const uint8_t *data; /* borrowed from the send, or equal to own */
    size_t len;
    uint8_t *own; /* owned, for overlap data */
    uint8_t flags;
    bool has_seq;
    uint32_t seq;
    struct fragspec frag;
};

struct pending {
    bool active;
    struct conn *cn; /* borrowed */
    enum dir dir;
    uint8_t *data; /* owned */
    size_t len;
    uint32_t base_seq, ack;
    bool ack_after;
    struct seg *segs; /* owned */
    int nsegs, cap, norig;
};

struct pbuf {
    uint8_t mem[HEADROOM + MAX_PKT];
    size_t off, len;
};

struct tok {
    char *s;        /* owned, NUL-terminated word (or NULL for a string) */
    uint8_t *bytes; /* owned, decoded string bytes */
    size_t len;
    bool str;
};

struct gen {
    const char *script; /* borrowed */
    char *dir;          /* owned, directory of the script */
    int lineno;
    const char *out;    /* borrowed */
    pcap_t *pd;
    pcap_dumper_t *dumper;
    int dlt;
    const char *linkname;
    int snaplen;
    bool ethpad;
    int64_t now_us, step_us;
    uint16_t ip_id;
    uint32_t frag6_id;
    struct encap enc[MAX_ENC];
    int nenc;
    struct conn conns[MAX_CONN];
    int nconn;
    struct conn *cur; /* borrowed, into conns */
    struct pending pend;
    unsigned long npkts;
};

static const uint8_t mac_client[6] = {0x02, 0, 0, 0, 0, 0x01};
static const uint8_t mac_server[6] = {0x02, 0, 0, 0, 0, 0x02};
static const uint8_t mac_bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

/*
 * A test tool: any script error is fatal. Reporting it with the script line and exiting is
 * the whole error policy (the library rules of STYLE.md 2.3 do not apply here).
 */
#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

static _Noreturn void die(const struct gen *g, const char *fmt, ...) PRINTF_LIKE(2, 3);

static _Noreturn void die(const struct gen *g, const char *fmt, ...)
{
    va_list ap;

    if (g != NULL && g->lineno > 0)
        fprintf(stderr, "%s:%d: ", g->script, g->lineno);
    else
        fprintf(stderr, "mkpcap: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void *xmalloc(const struct gen *g, size_t n)
{
    void *p = malloc(n == 0 ? 1 : n);

    if (p == NULL)
        die(g, "out of memory");
    return p;
}

/* ---- byte helpers ---- */

static void put16(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static void put32le(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static uint32_t sum16(uint32_t sum, const uint8_t *p, size_t len)
{
    size_t i;

    for (i = 0; i + 1 < len; i += 2)
        sum += (uint32_t)p[i] << 8 | p[i + 1];
    if (len & 1)
        sum += (uint32_t)p[len - 1] << 8;
    return sum;
}

static uint16_t fold(uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

/* Internet checksum of an upper-layer packet with the IPv4 or IPv6 pseudo-header. */
static uint16_t l4_csum(int af, const uint8_t *src, const uint8_t *dst, uint8_t proto,
                        const uint8_t *p, size_t len)
{
    uint32_t sum = 0;

    if (af == 4) {
        sum = sum16(sum, src, 4);
        sum = sum16(sum, dst, 4);
        sum += proto;
        sum += (uint32_t)len;
    } else {
        sum = sum16(sum, src, 16);
        sum = sum16(sum, dst, 16);
        sum += (uint32_t)(len >> 16) + (uint32_t)(len & 0xffff);
        sum += proto;
    }
    sum = sum16(sum, p, len);
    return fold(sum);
}

/* ---- packet buffer with headroom ---- */

static void pb_init(struct pbuf *pb)
{
    pb->off = HEADROOM;
    pb->len = 0;
}

static uint8_t *pb_data(struct pbuf *pb)
{
    return pb->mem + pb->off;
}

static uint8_t *pb_push(const struct gen *g, struct pbuf *pb, size_t n)
{
    if (n > pb->off)
        die(g, "too many headers");
    pb->off -= n;
    pb->len += n;
    memset(pb->mem + pb->off, 0, n);
    return pb->mem + pb->off;
}

static void pb_append(const struct gen *g, struct pbuf *pb, const uint8_t *p, size_t n)
{
    if (n == 0)
        return;
    if (n > sizeof(pb->mem) - pb->off - pb->len)
        die(g, "packet too large");
    memcpy(pb->mem + pb->off + pb->len, p, n);
    pb->len += n;
}

/* ---- header builders (each prepends one header to pb) ---- */

static void push_ip4(struct gen *g, struct pbuf *pb, const uint8_t *src, const uint8_t *dst,
                     uint8_t proto, uint16_t id, uint16_t fragfield, const uint8_t *opt,
                     size_t optlen)
{
    size_t hl = 20 + optlen;
    uint8_t *h;

    if (optlen % 4 != 0 || optlen > 40)
        die(g, "bad IPv4 options length %zu", optlen);
    if (pb->len + hl > 65535)
        die(g, "IPv4 packet longer than 65535 bytes");
    h = pb_push(g, pb, hl);
    h[0] = (uint8_t)(0x40 | (hl / 4));
    h[1] = 0;
    put16(h + 2, (uint32_t)pb->len);
    put16(h + 4, id);
    put16(h + 6, fragfield);
    h[8] = 64;
    h[9] = proto;
    memcpy(h + 12, src, 4);
    memcpy(h + 16, dst, 4);
    if (optlen > 0)
        memcpy(h + 20, opt, optlen);
    put16(h + 10, fold(sum16(0, h, hl)));
}

static void push_ip6(struct gen *g, struct pbuf *pb, const uint8_t *src, const uint8_t *dst,
                     uint8_t nh)
{
    size_t plen;
    uint8_t *h;

    if (pb->len > 65535)
        die(g, "IPv6 payload longer than 65535 bytes");
    plen = pb->len;
    h = pb_push(g, pb, 40);
    h[0] = 0x60;
    put16(h + 4, (uint32_t)plen);
    h[6] = nh;
    h[7] = 64;
    memcpy(h + 8, src, 16);
    memcpy(h + 24, dst, 16);
}

static uint8_t ext_proto(enum ext_kind k)
{
    switch (k) {
    case EXT_HOP:
        return 0;
    case EXT_RT4:
    case EXT_RT0:
        return 43;
    case EXT_DST:
        return 60;
    }
    return 59;
}

/* Prepends one IPv6 extension header whose next header is nh. */
static void push_ext(const struct gen *g, struct pbuf *pb, enum ext_kind k, uint8_t nh,
                     const uint8_t *final_dst)
{
    uint8_t *h;

    switch (k) {
    case EXT_HOP:
    case EXT_DST:
        h = pb_push(g, pb, 8);
        h[0] = nh;
        h[1] = 0;
        h[2] = 1; /* PadN */
        h[3] = 4;
        break;
    case EXT_RT4: /* RFC 8754 SRH, one segment (the final destination), segments left 0 */
        h = pb_push(g, pb, 24);
        h[0] = nh;
        h[1] = 2;
        h[2] = 4;
        h[3] = 0;
        h[4] = 0; /* last entry */
        memcpy(h + 8, final_dst, 16);
        break;
    case EXT_RT0: /* RFC 2460 type 0, one address, segments left 0 */
        h = pb_push(g, pb, 24);
        h[0] = nh;
        h[1] = 2;
        h[2] = 0;
        h[3] = 0;
        memcpy(h + 8, final_dst, 16);
        break;
    }
}

static void push_udp(const struct gen *g, struct pbuf *pb, int af, const uint8_t *src,
                     const uint8_t *dst, uint16_t sport, uint16_t dport)
{
    uint8_t *h = pb_push(g, pb, 8);
    uint16_t c;

    if (pb->len > 65535)
        die(g, "UDP datagram too long");
    put16(h, sport);
    put16(h + 2, dport);
    put16(h + 4, (uint32_t)pb->len);
    c = l4_csum(af, src, dst, 17, h, pb->len);
    put16(h + 6, c == 0 ? 0xffff : c);
}

static void push_eth(const struct gen *g, struct pbuf *pb, enum dir d, uint16_t et)
{
    uint8_t *h = pb_push(g, pb, 14);

    memcpy(h, d == D_BCAST ? mac_bcast : d == D_C2S ? mac_server : mac_client, 6);
    memcpy(h + 6, d == D_S2C ? mac_server : mac_client, 6);
    put16(h + 12, et);
}

/* ---- output ---- */

static void open_output(struct gen *g)
{
    if (g->dumper != NULL)
        return;
    g->pd = pcap_open_dead(g->dlt, g->snaplen);
    if (g->pd == NULL)
        die(g, "pcap_open_dead failed");
    g->dumper = pcap_dump_open(g->pd, g->out);
    if (g->dumper == NULL)
        die(g, "%s: %s", g->out, pcap_geterr(g->pd));
}

static void write_frame(struct gen *g, struct pbuf *pb)
{
    struct pcap_pkthdr h;

    open_output(g);
    memset(&h, 0, sizeof(h));
    h.ts.tv_sec = (time_t)(g->now_us / 1000000);
    h.ts.tv_usec = (suseconds_t)(g->now_us % 1000000);
    h.len = (bpf_u_int32)pb->len;
    h.caplen = pb->len > (size_t)g->snaplen ? (bpf_u_int32)g->snaplen : (bpf_u_int32)pb->len;
    pcap_dump((u_char *)g->dumper, &h, pb_data(pb));
    g->now_us += g->step_us;
    g->npkts++;
}

/* Wraps pb (whose content is of type et) in the encapsulation stack and link header. */
static void emit(struct gen *g, struct pbuf *pb, uint16_t et, enum dir d)
{
    int i, j;
    uint8_t *h;
    bool rev = d == D_S2C;

    for (i = g->nenc - 1; i >= 0; i--) {
        struct encap *e = &g->enc[i];
        const uint8_t *src = rev ? e->dst : e->src;
        const uint8_t *dst = rev ? e->src : e->dst;

        switch (e->kind) {
        case ENC_ETH:
            push_eth(g, pb, d, et);
            et = ET_TEB;
            break;
        case ENC_VLAN:
            h = pb_push(g, pb, 4);
            put16(h, e->b << 13 | e->a);
            put16(h + 2, et);
            et = ET_VLAN;
            break;
        case ENC_QINQ:
            h = pb_push(g, pb, 4);
            put16(h, e->b);
            put16(h + 2, et);
            h = pb_push(g, pb, 4);
            put16(h, e->a);
            put16(h + 2, ET_VLAN);
            et = ET_QINQ;
            break;
        case ENC_MPLS:
            if (et != ET_IP4 && et != ET_IP6)
                die(g, "MPLS must carry IPv4 or IPv6");
            for (j = e->nlabels - 1; j >= 0; j--) {
                h = pb_push(g, pb, 4);
                put32(h, e->labels[j] << 12 | (j == e->nlabels - 1 ? 0x100u : 0u) | 64u);
            }
            et = ET_MPLS;
            break;
        case ENC_PPPOE:
            if (et != ET_IP4 && et != ET_IP6)
                die(g, "PPPoE must carry IPv4 or IPv6");
            h = pb_push(g, pb, 2);
            put16(h, et == ET_IP4 ? 0x0021 : 0x0057);
            h = pb_push(g, pb, 6);
            h[0] = 0x11;
            h[1] = 0x00;
            put16(h + 2, e->a);
            put16(h + 4, (uint32_t)(pb->len - 6));
            et = ET_PPPOE;
            break;
        case ENC_GRE: {
            size_t hl = 4 + (e->has_csum ? 4 : 0) + (e->has_key ? 4 : 0) + (e->has_seq ? 4 : 0);
            size_t o = 4;

            h = pb_push(g, pb, hl);
            put16(h, (e->has_csum ? 0x8000u : 0) | (e->has_key ? 0x2000u : 0) |
                         (e->has_seq ? 0x1000u : 0));
            put16(h + 2, et);
            if (e->has_csum)
                o += 4;
            if (e->has_key) {
                put32(h + o, e->key);
                o += 4;
            }
            if (e->has_seq)
                put32(h + o, e->seq++);
            if (e->has_csum)
                put16(h + 4, fold(sum16(0, h, pb->len)));
            push_ip4(g, pb, src, dst, 47, g->ip_id++, 0, NULL, 0);
            et = ET_IP4;
            break;
        }
        case ENC_VXLAN:
            if (et != ET_TEB)
                push_eth(g, pb, d, et);
            h = pb_push(g, pb, 8);
            h[0] = 0x08;
            put32(h + 4, e->a << 8);
            push_udp(g, pb, 4, src, dst, e->sport, 4789);
            push_ip4(g, pb, src, dst, 17, g->ip_id++, 0, NULL, 0);
            et = ET_IP4;
            break;
        case ENC_GENEVE:
            if (et != ET_TEB)
                push_eth(g, pb, d, et);
            h = pb_push(g, pb, 16);
            h[0] = 2; /* version 0, option length 2 words */
            h[1] = 0;
            put16(h + 2, ET_TEB);
            put32(h + 4, e->a << 8);
            put16(h + 8, 0x0101); /* option class */
            h[10] = 0x01;         /* option type */
            h[11] = 1;            /* option data length: 1 word */
            put32(h + 12, 0x6d6b7063);
            push_udp(g, pb, 4, src, dst, e->sport, 6081);
            push_ip4(g, pb, src, dst, 17, g->ip_id++, 0, NULL, 0);
            et = ET_IP4;
            break;
        case ENC_IPIP:
            if (et != ET_IP4)
                die(g, "ipip must carry IPv4");
            push_ip4(g, pb, src, dst, 4, g->ip_id++, 0, NULL, 0);
            break;
        case ENC_6IN4:
            if (et != ET_IP6)
                die(g, "6in4 must carry IPv6");
            push_ip4(g, pb, src, dst, 41, g->ip_id++, 0, NULL, 0);
            et = ET_IP4;
            break;
        case ENC_4IN6:
            if (et != ET_IP4)
                die(g, "4in6 must carry IPv4");
            push_ip6(g, pb, src, dst, 4);
            et = ET_IP6;
            break;
        }
    }

    switch (g->dlt) {
    case DLT_EN10MB:
        push_eth(g, pb, d, et);
        if (g->ethpad && pb->len < 60) {
            static const uint8_t zero[60];

            pb_append(g, pb, zero, 60 - pb->len);
        }
        break;
    case DLT_LINUX_SLL:
        h = pb_push(g, pb, 16);
        put16(h, d == D_S2C ? 0 : 4); /* packet type: to us / outgoing */
        put16(h + 2, 1);
        put16(h + 4, 6);
        memcpy(h + 6, d == D_S2C ? mac_server : mac_client, 6);
        put16(h + 14, et);
        break;
    case DLT_LINUX_SLL2:
        h = pb_push(g, pb, 20);
        put16(h, et);
        put32(h + 4, 2); /* interface index */
        put16(h + 8, 1);
        h[10] = d == D_S2C ? 0 : 4;
        h[11] = 6;
        memcpy(h + 12, d == D_S2C ? mac_server : mac_client, 6);
        break;
    case DLT_RAW:
        if (et != ET_IP4 && et != ET_IP6)
            die(g, "link RAW carries only IPv4/IPv6 (got ethertype 0x%04x)", et);
        break;
    case DLT_IPV4:
        if (et != ET_IP4)
            die(g, "link IPV4 carries only IPv4 (got ethertype 0x%04x)", et);
        break;
    case DLT_IPV6:
        if (et != ET_IP6)
            die(g, "link IPV6 carries only IPv6 (got ethertype 0x%04x)", et);
        break;
    case DLT_NULL:
    case DLT_LOOP:
        if (et != ET_IP4 && et != ET_IP6)
            die(g, "link %s carries only IPv4/IPv6 (got ethertype 0x%04x)", g->linkname, et);
        h = pb_push(g, pb, 4);
        if (g->dlt == DLT_NULL)
            put32le(h, et == ET_IP4 ? 2 : 30); /* AF_INET, Darwin AF_INET6 */
        else
            put32(h, et == ET_IP4 ? 2 : 24); /* AF_INET, OpenBSD AF_INET6 */
        break;
    default:
        die(g, "unsupported link type");
    }
    write_frame(g, pb);
}

/* ---- TCP/IP packet construction ---- */

static const uint8_t *side_addr(const struct conn *cn, enum dir d, bool source)
{
    bool client = (d == D_S2C) != source;

    return client ? cn->c.addr : cn->s.addr;
}

/* Builds TCP header + data into a fresh pb. */
static void build_tcp(const struct gen *g, struct pbuf *pb, const struct conn *cn, enum dir d,
                      uint32_t seq, uint32_t ack, uint8_t flags, const uint8_t *data, size_t len)
{
    const struct side *sd = d == D_S2C ? &cn->s : &cn->c;
    const struct side *rd = d == D_S2C ? &cn->c : &cn->s;
    bool opts = (flags & TH_SYN) && cn->synopts;
    size_t hl = opts ? 32 : 20;
    uint8_t *h;

    pb_init(pb);
    pb_append(g, pb, data, len);
    h = pb_push(g, pb, hl);
    put16(h, sd->port);
    put16(h + 2, rd->port);
    put32(h + 4, seq);
    put32(h + 8, (flags & TH_ACK) ? ack : 0);
    h[12] = (uint8_t)((hl / 4) << 4);
    h[13] = flags;
    /* with window scaling (shift 7) in use, later segments carry the scaled-down value */
    if (flags & TH_RST)
        put16(h + 14, 0);
    else
        put16(h + 14, cn->synopts && !(flags & TH_SYN) ? cn->win >> 7 : cn->win);
    if (opts) {
        static const uint8_t o[12] = {2, 4, 0x05, 0xb4, 1, 3, 3, 7, 1, 1, 4, 2};

        memcpy(h + 20, o, sizeof(o));
    }
    put16(h + 16, l4_csum(cn->af, side_addr(cn, d, true), side_addr(cn, d, false), 6, h,
                          pb->len));
}

/* Options kept in IPv4 fragments after the first: those with the copy bit (RFC 791). */
static size_t copied_opts(const uint8_t *opt, size_t len, uint8_t *out)
{
    size_t i = 0, n = 0;

    while (i < len) {
        uint8_t t = opt[i];
        size_t ol;

        if (t == 0)
            break;
        if (t == 1) {
            i++;
            continue;
        }
        ol = i + 1 < len ? opt[i + 1] : 1;
        if (ol < 2 || ol > len - i)
            break;
        if (t & 0x80) {
            memcpy(out + n, opt + i, ol);
            n += ol;
        }
        i += ol;
    }
    while (n % 4 != 0)
        out[n++] = 0;
    return n;
}

/* Wraps a TCP segment in IP (with extension headers / options), fragmenting if asked. */
static void emit_tcp(struct gen *g, const struct conn *cn, enum dir d, struct pbuf *tcp,
                     const struct fragspec *fs)
{
    const uint8_t *src = side_addr(cn, d, true);
    const uint8_t *dst = side_addr(cn, d, false);
    static struct pbuf fp;
    uint8_t nh = 6;
    int i, nunfrag = 0;

    if (cn->af == 6 && fs != NULL && fs->on) {
        /* RFC 8200 4.5: the unfragmentable part runs up to the last routing header, or
         * else covers a leading hop-by-hop header */
        for (i = 0; i < cn->next; i++)
            if (cn->ext[i] == EXT_RT4 || cn->ext[i] == EXT_RT0)
                nunfrag = i + 1;
        if (nunfrag == 0 && cn->next > 0 && cn->ext[0] == EXT_HOP)
            nunfrag = 1;
    }
    if (cn->af == 6) {
        for (i = cn->next - 1; i >= nunfrag; i--) {
            push_ext(g, tcp, cn->ext[i], nh, dst);
            nh = ext_proto(cn->ext[i]);
        }
    }

    if (fs == NULL || !fs->on) {
        if (cn->af == 4) {
            push_ip4(g, tcp, src, dst, 6, g->ip_id++, 0x4000, cn->ipopt, cn->ipoptlen);
            emit(g, tcp, ET_IP4, d);
        } else {
            push_ip6(g, tcp, src, dst, nh);
            emit(g, tcp, ET_IP6, d);
        }
        return;
    }

    {
        const uint8_t *pl = pb_data(tcp);
        size_t total = tcp->len;
        int nfrag = (int)((total + fs->size - 1) / fs->size);
        int plan[MAX_FRAGS + 1];
        int nplan = 0, k;
        uint16_t id4 = g->ip_id++;
        uint32_t id6 = g->frag6_id++;
        uint8_t opt_rest[40];
        size_t opt_rest_len = copied_opts(cn->ipopt, cn->ipoptlen, opt_rest);

        if (nfrag > MAX_FRAGS)
            die(g, "too many fragments (%d)", nfrag);
        if (fs->norder > 0) {
            for (k = 0; k < fs->norder; k++) {
                if (fs->order[k] < 1 || fs->order[k] > nfrag)
                    die(g, "fragment %d out of range 1..%d", fs->order[k], nfrag);
                plan[nplan++] = fs->order[k];
            }
        } else {
            for (k = 1; k <= nfrag; k++)
                plan[nplan++] = k;
        }
        if (fs->ovl) {
            int at = fs->ovl_at < 0 || fs->ovl_at > nplan ? nplan : fs->ovl_at;

            if (nplan >= MAX_FRAGS)
                die(g, "too many fragments");
            memmove(plan + at + 1, plan + at, (size_t)(nplan - at) * sizeof(plan[0]));
            plan[at] = 0; /* the overlapping fragment */
            nplan++;
        }

        for (k = 0; k < nplan; k++) {
            size_t off, len;
            const uint8_t *p;
            bool more;

            if (plan[k] == 0) {
                off = fs->ovl_off;
                len = fs->ovl_len;
                p = fs->ovl_data;
            } else {
                off = (size_t)(plan[k] - 1) * fs->size;
                len = total - off < fs->size ? total - off : fs->size;
                p = pl + off;
            }
            more = off + len < total;
            pb_init(&fp);
            pb_append(g, &fp, p, len);
            if (cn->af == 4) {
                const uint8_t *o = off == 0 ? cn->ipopt : opt_rest;
                size_t ol = off == 0 ? cn->ipoptlen : opt_rest_len;

                push_ip4(g, &fp, src, dst, 6, id4, (uint16_t)((more ? 0x2000u : 0) | off / 8),
                         o, ol);
                emit(g, &fp, ET_IP4, d);
            } else {
                uint8_t *h = pb_push(g, &fp, 8);
                uint8_t nh2 = 44;

                h[0] = nh;
                put16(h + 2, (uint32_t)(off / 8 << 3 | (more ? 1u : 0u)));
                put32(h + 4, id6);
                for (i = nunfrag - 1; i >= 0; i--) {
                    push_ext(g, &fp, cn->ext[i], nh2, dst);
                    nh2 = ext_proto(cn->ext[i]);
                }
                push_ip6(g, &fp, src, dst, nh2);
                emit(g, &fp, ET_IP6, d);
            }
        }
    }
}

static void send_tcp(struct gen *g, struct conn *cn, enum dir d, uint32_t seq, uint32_t ack,
                     uint8_t flags, const uint8_t *data, size_t len, const struct fragspec *fs)
{
    static struct pbuf pb;

    build_tcp(g, &pb, cn, d, seq, ack, flags, data, len);
    emit_tcp(g, cn, d, &pb, fs);
    (d == D_S2C ? &cn->s : &cn->c)->sent_any = true;
}

/* ---- tokenizer ---- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void free_toks(struct tok *t, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        free(t[i].s);
        free(t[i].bytes);
    }
}

static const char *skip_blank(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    return p;
}

/* Decodes one "..." string starting at *pp (on the quote) and appends it to t. */
static void read_string(const struct gen *g, const char **pp, struct tok *t)
{
    const char *p = *pp + 1;
    size_t cap = t->len + strlen(p) + 1;
    uint8_t *b = xmalloc(g, cap);

    if (t->len > 0)
        memcpy(b, t->bytes, t->len);
    free(t->bytes);
    t->bytes = b;
    for (;;) {
        int c = (unsigned char)*p++;

        if (c == 0)
            die(g, "unterminated string");
        if (c == '"')
            break;
        if (c == '\\') {
            int e = (unsigned char)*p++;
            int h1, h2;

            switch (e) {
            case 'r': c = '\r'; break;
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case '0': c = 0; break;
            case '\\': c = '\\'; break;
            case '"': c = '"'; break;
            case '\'': c = '\''; break;
            case 'x':
                h1 = hexval((unsigned char)p[0]);
                h2 = h1 < 0 ? -1 : hexval((unsigned char)p[1]);
                if (h2 < 0)
                    die(g, "bad \\x escape (two hex digits needed)");
                c = h1 << 4 | h2;
                p += 2;
                break;
            default:
                die(g, "unknown escape \\%c", e);
            }
        }
        t->bytes[t->len++] = (uint8_t)c;
    }
    *pp = p;
}

static int tokenize(const struct gen *g, const char *line, struct tok *t)
{
    int n = 0;
    const char *p = line;

    for (;;) {
        p = skip_blank(p);
        if (*p == 0 || *p == '#')
            break;
        if (n == MAX_TOK)
            die(g, "too many words on a line");
        memset(&t[n], 0, sizeof(t[n]));
        if (*p == '"') {
            t[n].str = true;
            read_string(g, &p, &t[n]);
            for (;;) { /* adjacent strings are joined */
                const char *q = skip_blank(p);

                if (*q != '"')
                    break;
                p = q;
                read_string(g, &p, &t[n]);
            }
        } else {
            const char *s = p;
            size_t len;

            while (*p != 0 && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' && *p != '"')
                p++;
            len = (size_t)(p - s);
            t[n].s = xmalloc(g, len + 1);
            memcpy(t[n].s, s, len);
            t[n].s[len] = 0;
        }
        n++;
    }
    return n;
}

/* Strips a comment (outside strings); returns true if the line ends in a continuation '\'. */
static bool strip_line(char *line)
{
    bool inq = false;
    size_t i, n;

    for (i = 0; line[i] != 0; i++) {
        if (inq && line[i] == '\\' && line[i + 1] != 0) {
            i++;
            continue;
        }
        if (line[i] == '"')
            inq = !inq;
        else if (!inq && line[i] == '#') {
            line[i] = 0;
            break;
        }
    }
    n = strlen(line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r' ||
                     line[n - 1] == '\n'))
        line[--n] = 0;
    if (!inq && n > 0 && line[n - 1] == '\\') {
        line[n - 1] = ' ';
        return true;
    }
    return false;
}

/* ---- argument parsing ---- */

static const char *word(const struct gen *g, const struct tok *t, int n, int i, const char *what)
{
    if (i >= n || t[i].str)
        die(g, "expected %s", what);
    return t[i].s;
}

static uint32_t parse_u32(const struct gen *g, const char *s, uint32_t max)
{
    char *end;
    unsigned long long v;

    errno = 0;
    v = strtoull(s, &end, 0);
    if (errno != 0 || end == s || *end != 0 || s[0] == '-' || v > max)
        die(g, "bad number '%s' (0..%lu)", s, (unsigned long)max);
    return (uint32_t)v;
}

static uint32_t num(const struct gen *g, const struct tok *t, int n, int i, const char *what,
                    uint32_t max)
{
    return parse_u32(g, word(g, t, n, i, what), max);
}

/* "400", "0.25", "1700000000.000001" -> microseconds */
static int64_t parse_secs(const struct gen *g, const char *s)
{
    int64_t whole = 0, frac = 0;
    int digits = 0;
    const char *p = s;

    if (*p < '0' || *p > '9')
        die(g, "bad time '%s'", s);
    while (*p >= '0' && *p <= '9') {
        whole = whole * 10 + (*p++ - '0');
        if (whole > 100000000000LL)
            die(g, "time too large '%s'", s);
    }
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') {
            if (digits == 6)
                die(g, "more than 6 decimals in '%s'", s);
            frac = frac * 10 + (*p++ - '0');
            digits++;
        }
    }
    if (*p != 0)
        die(g, "bad time '%s'", s);
    while (digits++ < 6)
        frac *= 10;
    return whole * 1000000 + frac;
}

static int parse_addr(const struct gen *g, const char *s, uint8_t *out)
{
    memset(out, 0, 16);
    if (inet_pton(AF_INET, s, out) == 1)
        return 4;
    if (inet_pton(AF_INET6, s, out) == 1)
        return 6;
    die(g, "bad address '%s'", s);
}

static int parse_addr_fam(const struct gen *g, const char *s, uint8_t *out, int want)
{
    int af = parse_addr(g, s, out);

    if (af != want)
        die(g, "'%s' is not an IPv%d address", s, want);
    return af;
}

static int parse_endpoint(const struct gen *g, const char *s, uint8_t *addr, uint16_t *port)
{
    char buf[128];
    const char *colon;
    size_t alen;

    if (s[0] == '[') {
        const char *close = strchr(s, ']');

        if (close == NULL || close[1] != ':')
            die(g, "bad endpoint '%s' (want [v6addr]:port)", s);
        alen = (size_t)(close - s - 1);
        s++;
        colon = close + 1;
    } else {
        colon = strrchr(s, ':');
        if (colon == NULL)
            die(g, "bad endpoint '%s' (want addr:port)", s);
        alen = (size_t)(colon - s);
    }
    if (alen >= sizeof(buf))
        die(g, "address too long");
    memcpy(buf, s, alen);
    buf[alen] = 0;
    *port = (uint16_t)parse_u32(g, colon + 1, 65535);
    return parse_addr(g, buf, addr);
}

/* Reads the data argument: a STRING token or @PATH. Caller owns *out. */
static void take_data(const struct gen *g, const struct tok *t, int n, int i, uint8_t **out,
                      size_t *len)
{
    if (i >= n)
        die(g, "expected a string or @file");
    if (t[i].str) {
        *out = xmalloc(g, t[i].len);
        memcpy(*out, t[i].bytes, t[i].len);
        *len = t[i].len;
        return;
    }
    if (t[i].s[0] == '@') {
        char path[4096];
        FILE *f;
        size_t got, cap = 65536;
        uint8_t *b;

        if (t[i].s[1] == '/')
            snprintf(path, sizeof(path), "%s", t[i].s + 1);
        else
            snprintf(path, sizeof(path), "%s/%s", g->dir, t[i].s + 1);
        f = fopen(path, "rb");
        if (f == NULL)
            die(g, "%s: %s", path, strerror(errno));
        b = xmalloc(g, cap);
        *len = 0;
        while ((got = fread(b + *len, 1, cap - *len, f)) > 0) {
            *len += got;
            if (*len == cap) {
                if (cap >= MAX_DATA)
                    die(g, "%s: file too large", path);
                cap *= 2;
                b = realloc(b, cap);
                if (b == NULL)
                    die(g, "out of memory");
            }
        }
        if (ferror(f))
            die(g, "%s: read error", path);
        fclose(f);
        *out = b;
        return;
    }
    die(g, "expected a string or @file, got '%s'", t[i].s);
}

static enum dir parse_side(const struct gen *g, const struct tok *t, int n, int i)
{
    const char *s = word(g, t, n, i, "c or s");

    if (strcmp(s, "c") == 0)
        return D_C2S;
    if (strcmp(s, "s") == 0)
        return D_S2C;
    die(g, "expected c or s, got '%s'", s);
}

/* ---- pending send and its mutations ---- */

static struct seg *seg_insert(struct gen *g, int at)
{
    struct pending *pd = &g->pend;

    if (pd->nsegs == pd->cap) {
        pd->cap = pd->cap ? pd->cap * 2 : 16;
        pd->segs = realloc(pd->segs, (size_t)pd->cap * sizeof(*pd->segs));
        if (pd->segs == NULL)
            die(g, "out of memory");
    }
    memmove(pd->segs + at + 1, pd->segs + at, (size_t)(pd->nsegs - at) * sizeof(*pd->segs));
    pd->nsegs++;
    memset(&pd->segs[at], 0, sizeof(pd->segs[at]));
    return &pd->segs[at];
}

static int seg_find(const struct gen *g, int k)
{
    int i;

    if (k < 1 || k > g->pend.norig)
        die(g, "segment %d out of range 1..%d", k, g->pend.norig);
    for (i = 0; i < g->pend.nsegs; i++)
        if (g->pend.segs[i].orig == k)
            return i;
    die(g, "segment %d was dropped", k);
}

/* Parses an optional "after M" / "before M" at t[i]; returns the insert index or -1 = end. */
static int parse_pos(struct gen *g, const struct tok *t, int n, int i)
{
    const char *w;
    int m;

    if (i >= n)
        return -1;
    w = word(g, t, n, i, "after or before");
    m = seg_find(g, (int)num(g, t, n, i + 1, "segment number", 1u << 30));
    if (i + 2 != n)
        die(g, "trailing words");
    if (strcmp(w, "after") == 0)
        return m + 1;
    if (strcmp(w, "before") == 0)
        return m;
    die(g, "expected after or before, got '%s'", w);
}

static void flush_pending(struct gen *g)
{
    struct pending *pd = &g->pend;
    struct conn *cn = pd->cn;
    int i;

    if (!pd->active)
        return;
    for (i = 0; i < pd->nsegs; i++) {
        const struct seg *s = &pd->segs[i];
        uint32_t seq = s->has_seq ? s->seq : pd->base_seq + s->off;

        send_tcp(g, cn, pd->dir, seq, pd->ack, s->flags, s->data, s->len, &s->frag);
    }
    if (pd->ack_after) {
        struct side *rd = pd->dir == D_S2C ? &cn->c : &cn->s;
        struct side *sd = pd->dir == D_S2C ? &cn->s : &cn->c;

        send_tcp(g, cn, pd->dir == D_S2C ? D_C2S : D_S2C, rd->nxt, sd->nxt, TH_ACK, NULL, 0,
                 NULL);
    }
    for (i = 0; i < pd->nsegs; i++) {
        free(pd->segs[i].own);
        free(pd->segs[i].frag.ovl_data);
    }
    free(pd->data);
    free(pd->segs);
    memset(pd, 0, sizeof(*pd));
}

static void cmd_send(struct gen *g, const struct tok *t, int n)
{
    struct pending *pd = &g->pend;
    struct conn *cn = g->cur;
    enum dir d = parse_side(g, t, n, 1);
    struct side *sd = d == D_S2C ? &cn->s : &cn->c;
    struct side *rd = d == D_S2C ? &cn->c : &cn->s;
    uint32_t segsz = 1460;
    bool push = true;
    size_t off;
    int i;

    memset(pd, 0, sizeof(*pd));
    pd->ack_after = true;
    take_data(g, t, n, 2, &pd->data, &pd->len);
    if (pd->len == 0)
        die(g, "empty send");
    for (i = 3; i < n; i++) {
        const char *w = word(g, t, n, i, "option");

        if (strncmp(w, "seg=", 4) == 0)
            segsz = parse_u32(g, w + 4, 65000);
        else if (strcmp(w, "noack") == 0)
            pd->ack_after = false;
        else if (strcmp(w, "nopush") == 0)
            push = false;
        else
            die(g, "unknown send option '%s'", w);
    }
    if (segsz == 0)
        die(g, "seg=0");
    pd->active = true;
    pd->cn = cn;
    pd->dir = d;
    pd->base_seq = sd->nxt;
    pd->ack = rd->nxt;
    for (off = 0; off < pd->len; off += segsz) {
        struct seg *s = seg_insert(g, pd->nsegs);

        s->orig = ++pd->norig;
        s->off = (uint32_t)off;
        s->data = pd->data + off;
        s->len = pd->len - off < segsz ? pd->len - off : segsz;
        s->flags = TH_ACK;
        if (push && off + s->len == pd->len)
            s->flags |= TH_PSH;
    }
    sd->nxt += (uint32_t)pd->len;
}

static void mut_reorder(struct gen *g, const struct tok *t, int n)
{
    int k = seg_find(g, (int)num(g, t, n, 1, "segment number", 1u << 30));
    struct seg s = g->pend.segs[k];
    int at;

    memmove(g->pend.segs + k, g->pend.segs + k + 1,
            (size_t)(g->pend.nsegs - k - 1) * sizeof(s));
    g->pend.nsegs--;
    if (n < 3)
        die(g, "reorder K after|before M");
    at = parse_pos(g, t, n, 2);
    *seg_insert(g, at) = s;
}

static void mut_dup(struct gen *g, const struct tok *t, int n)
{
    int k = seg_find(g, (int)num(g, t, n, 1, "segment number", 1u << 30));
    struct seg s = g->pend.segs[k];
    int at = parse_pos(g, t, n, 2);

    s.orig = 0;
    s.own = NULL;
    memset(&s.frag, 0, sizeof(s.frag));
    *seg_insert(g, at < 0 ? g->pend.nsegs : at) = s;
}

static void mut_drop(struct gen *g, const struct tok *t, int n)
{
    int k = seg_find(g, (int)num(g, t, n, 1, "segment number", 1u << 30));

    if (n != 2)
        die(g, "drop K");
    free(g->pend.segs[k].frag.ovl_data);
    memmove(g->pend.segs + k, g->pend.segs + k + 1,
            (size_t)(g->pend.nsegs - k - 1) * sizeof(g->pend.segs[0]));
    g->pend.nsegs--;
}

static void mut_overlap(struct gen *g, const struct tok *t, int n)
{
    struct pending *pd = &g->pend;
    uint32_t off = num(g, t, n, 1, "offset", (uint32_t)pd->len);
    struct seg s;
    int at;

    memset(&s, 0, sizeof(s));
    s.off = off;
    s.flags = TH_ACK | TH_PSH;
    if (n > 2 && t[2].str) {
        s.own = xmalloc(g, t[2].len);
        memcpy(s.own, t[2].bytes, t[2].len);
        s.data = s.own;
        s.len = t[2].len;
    } else {
        uint32_t len = num(g, t, n, 2, "length or string", 65000);

        if (len == 0 || (size_t)off + len > pd->len)
            die(g, "overlap range %u+%u outside the send (%zu bytes)", off, len, pd->len);
        s.data = pd->data + off;
        s.len = len;
    }
    if (s.len == 0)
        die(g, "empty overlap");
    at = parse_pos(g, t, n, 3);
    *seg_insert(g, at < 0 ? pd->nsegs : at) = s;
}

static void mut_seq(struct gen *g, const struct tok *t, int n)
{
    int k = seg_find(g, (int)num(g, t, n, 1, "segment number", 1u << 30));

    if (n != 3)
        die(g, "seq K VALUE");
    g->pend.segs[k].has_seq = true;
    g->pend.segs[k].seq = num(g, t, n, 2, "sequence number", 0xffffffffu);
}

static void mut_frag(struct gen *g, const struct tok *t, int n)
{
    int k = seg_find(g, (int)num(g, t, n, 1, "segment number", 1u << 30));
    struct fragspec *fs = &g->pend.segs[k].frag;
    int i = 3;

    if (fs->on)
        die(g, "segment already fragmented");
    fs->on = true;
    fs->size = num(g, t, n, 2, "fragment size", 65000);
    fs->ovl_at = -1;
    if (fs->size == 0 || fs->size % 8 != 0)
        die(g, "fragment size must be a positive multiple of 8");
    while (i < n) {
        const char *w = word(g, t, n, i, "order or overlap");

        if (strcmp(w, "order") == 0) {
            word(g, t, n, i + 1, "fragment list");
            char *list = t[i + 1].s;
            char *save = NULL, *p;

            for (p = strtok_r(list, ",", &save); p != NULL; p = strtok_r(NULL, ",", &save)) {
                if (fs->norder == MAX_FRAGS)
                    die(g, "fragment list too long");
                fs->order[fs->norder++] = (int)parse_u32(g, p, MAX_FRAGS);
            }
            i += 2;
        } else if (strcmp(w, "overlap") == 0) {
            fs->ovl = true;
            fs->ovl_off = num(g, t, n, i + 1, "fragment offset", 65000);
            if (fs->ovl_off % 8 != 0)
                die(g, "fragment offset must be a multiple of 8");
            if (i + 2 >= n || !t[i + 2].str || t[i + 2].len == 0)
                die(g, "overlap OFF \"DATA\"");
            fs->ovl_data = xmalloc(g, t[i + 2].len);
            memcpy(fs->ovl_data, t[i + 2].bytes, t[i + 2].len);
            fs->ovl_len = t[i + 2].len;
            i += 3;
            if (i < n && !t[i].str && strcmp(t[i].s, "at") == 0) {
                fs->ovl_at = (int)num(g, t, n, i + 1, "position", MAX_FRAGS);
                i += 2;
            }
        } else {
            die(g, "unknown frag option '%s'", w);
        }
    }
}

/* ---- commands ---- */

static struct conn *need_conn(const struct gen *g)
{
    if (g->cur == NULL)
        die(g, "no current connection (use conn first)");
    return g->cur;
}

static void need_no_output(const struct gen *g, const char *what)
{
    if (g->dumper != NULL)
        die(g, "%s must come before the first packet", what);
}

static void cmd_link(struct gen *g, const struct tok *t, int n)
{
    static const struct {
        const char *name;
        int dlt;
    } links[] = {
        {"EN10MB", DLT_EN10MB},   {"LINUX_SLL", DLT_LINUX_SLL}, {"LINUX_SLL2", DLT_LINUX_SLL2},
        {"RAW", DLT_RAW},         {"IPV4", DLT_IPV4},           {"IPV6", DLT_IPV6},
        {"NULL", DLT_NULL},       {"LOOP", DLT_LOOP},
    };
    const char *w = word(g, t, n, 1, "link type");
    size_t i;

    need_no_output(g, "link");
    for (i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
        if (strcmp(w, links[i].name) == 0) {
            g->dlt = links[i].dlt;
            g->linkname = links[i].name;
            return;
        }
    }
    die(g, "unknown link type '%s'", w);
}

static void cmd_encap(struct gen *g, const struct tok *t, int n)
{
    const char *w = word(g, t, n, 1, "encapsulation");
    struct encap *e;
    int i;

    if (strcmp(w, "none") == 0) {
        g->nenc = 0;
        return;
    }
    if (strcmp(w, "pop") == 0) {
        if (g->nenc == 0)
            die(g, "encapsulation stack is empty");
        g->nenc--;
        return;
    }
    if (g->nenc == MAX_ENC)
        die(g, "encapsulation stack too deep");
    e = &g->enc[g->nenc];
    memset(e, 0, sizeof(*e));
    i = 2;
    if (strcmp(w, "eth") == 0) {
        e->kind = ENC_ETH;
    } else if (strcmp(w, "vlan") == 0) {
        e->kind = ENC_VLAN;
        e->a = num(g, t, n, 2, "VLAN id", 4095);
        i = 3;
        if (n > 3 && !t[3].str && strncmp(t[3].s, "pcp=", 4) == 0) {
            e->b = parse_u32(g, t[3].s + 4, 7);
            i = 4;
        }
    } else if (strcmp(w, "qinq") == 0) {
        e->kind = ENC_QINQ;
        e->a = num(g, t, n, 2, "outer VLAN id", 4095);
        e->b = num(g, t, n, 3, "inner VLAN id", 4095);
        i = 4;
    } else if (strcmp(w, "mpls") == 0) {
        e->kind = ENC_MPLS;
        for (; i < n; i++) {
            if (e->nlabels == 8)
                die(g, "at most 8 MPLS labels");
            e->labels[e->nlabels++] = num(g, t, n, i, "label", 0xfffff);
        }
        if (e->nlabels == 0)
            die(g, "encap mpls LABEL...");
    } else if (strcmp(w, "pppoe") == 0) {
        e->kind = ENC_PPPOE;
        e->a = num(g, t, n, 2, "session id", 0xffff);
        i = 3;
    } else if (strcmp(w, "gre") == 0 || strcmp(w, "vxlan") == 0 || strcmp(w, "geneve") == 0 ||
               strcmp(w, "ipip") == 0 || strcmp(w, "6in4") == 0) {
        e->kind = w[0] == 'g' ? (w[1] == 'r' ? ENC_GRE : ENC_GENEVE)
                  : w[0] == 'v' ? ENC_VXLAN
                  : w[0] == 'i' ? ENC_IPIP
                                : ENC_6IN4;
        parse_addr_fam(g, word(g, t, n, 2, "tunnel source"), e->src, 4);
        parse_addr_fam(g, word(g, t, n, 3, "tunnel destination"), e->dst, 4);
        e->a = 1000;
        e->sport = 50000;
        for (i = 4; i < n; i++) {
            const char *o = word(g, t, n, i, "option");

            if (e->kind == ENC_GRE && strncmp(o, "key=", 4) == 0) {
                e->has_key = true;
                e->key = parse_u32(g, o + 4, 0xffffffffu);
            } else if (e->kind == ENC_GRE && strncmp(o, "seq=", 4) == 0) {
                e->has_seq = true;
                e->seq = parse_u32(g, o + 4, 0xffffffffu);
            } else if (e->kind == ENC_GRE && strcmp(o, "csum") == 0) {
                e->has_csum = true;
            } else if ((e->kind == ENC_VXLAN || e->kind == ENC_GENEVE) &&
                       strncmp(o, "vni=", 4) == 0) {
                e->a = parse_u32(g, o + 4, 0xffffff);
            } else if ((e->kind == ENC_VXLAN || e->kind == ENC_GENEVE) &&
                       strncmp(o, "sport=", 6) == 0) {
                e->sport = (uint16_t)parse_u32(g, o + 6, 65535);
            } else {
                die(g, "unknown %s option '%s'", w, o);
            }
        }
    } else if (strcmp(w, "4in6") == 0) {
        e->kind = ENC_4IN6;
        parse_addr_fam(g, word(g, t, n, 2, "tunnel source"), e->src, 6);
        parse_addr_fam(g, word(g, t, n, 3, "tunnel destination"), e->dst, 6);
        i = 4;
    } else {
        die(g, "unknown encapsulation '%s'", w);
    }
    if (i != n)
        die(g, "trailing words after encap %s", w);
    g->nenc++;
}

static void parse_ipopts(struct gen *g, struct conn *cn, char *list)
{
    char *save = NULL, *p;

    for (p = strtok_r(list, ",", &save); p != NULL; p = strtok_r(NULL, ",", &save)) {
        uint8_t o[12];
        size_t ol;

        memset(o, 0, sizeof(o));
        if (strcmp(p, "nop") == 0) {
            o[0] = 1;
            ol = 1;
        } else if (strcmp(p, "eol") == 0) {
            ol = 1;
        } else if (strcmp(p, "rr") == 0) {
            o[0] = 7;
            o[1] = 11;
            o[2] = 4;
            ol = 11;
        } else if (strcmp(p, "ra") == 0) {
            o[0] = 0x94;
            o[1] = 4;
            ol = 4;
        } else {
            die(g, "unknown IPv4 option '%s'", p);
        }
        if (cn->ipoptlen + ol > 40)
            die(g, "IPv4 options longer than 40 bytes");
        memcpy(cn->ipopt + cn->ipoptlen, o, ol);
        cn->ipoptlen += ol;
    }
    while (cn->ipoptlen % 4 != 0)
        cn->ipopt[cn->ipoptlen++] = 0;
    if (cn->ipoptlen > 40)
        die(g, "IPv4 options longer than 40 bytes");
}

static void parse_exts(struct gen *g, struct conn *cn, char *list)
{
    char *save = NULL, *p;

    for (p = strtok_r(list, ",", &save); p != NULL; p = strtok_r(NULL, ",", &save)) {
        if (cn->next == MAX_EXT)
            die(g, "too many extension headers");
        if (strcmp(p, "hop") == 0)
            cn->ext[cn->next++] = EXT_HOP;
        else if (strcmp(p, "route") == 0)
            cn->ext[cn->next++] = EXT_RT4;
        else if (strcmp(p, "route0") == 0)
            cn->ext[cn->next++] = EXT_RT0;
        else if (strcmp(p, "dst") == 0)
            cn->ext[cn->next++] = EXT_DST;
        else
            die(g, "unknown extension header '%s'", p);
    }
}

static void cmd_conn(struct gen *g, struct tok *t, int n)
{
    const char *name = word(g, t, n, 1, "connection name");
    struct conn *cn;
    int i, af2;

    if (strlen(name) >= sizeof(cn->name))
        die(g, "connection name too long");
    for (i = 0; i < g->nconn; i++)
        if (strcmp(g->conns[i].name, name) == 0)
            die(g, "connection '%s' already defined", name);
    if (g->nconn == MAX_CONN)
        die(g, "too many connections");
    cn = &g->conns[g->nconn++];
    memset(cn, 0, sizeof(*cn));
    snprintf(cn->name, sizeof(cn->name), "%s", name);
    cn->af = parse_endpoint(g, word(g, t, n, 2, "client endpoint"), cn->c.addr, &cn->c.port);
    af2 = parse_endpoint(g, word(g, t, n, 3, "server endpoint"), cn->s.addr, &cn->s.port);
    if (af2 != cn->af)
        die(g, "client and server are of different address families");
    cn->c.isn = 1000000u * (uint32_t)g->nconn;
    cn->s.isn = 5000000u * (uint32_t)g->nconn;
    cn->win = 65535;
    cn->synopts = true;
    for (i = 4; i < n; i++) {
        char *w = t[i].s;

        word(g, t, n, i, "option");
        if (strncmp(w, "cisn=", 5) == 0)
            cn->c.isn = parse_u32(g, w + 5, 0xffffffffu);
        else if (strncmp(w, "sisn=", 5) == 0)
            cn->s.isn = parse_u32(g, w + 5, 0xffffffffu);
        else if (strncmp(w, "win=", 4) == 0)
            cn->win = (uint16_t)parse_u32(g, w + 4, 65535);
        else if (strncmp(w, "synopts=", 8) == 0)
            cn->synopts = parse_u32(g, w + 8, 1) != 0;
        else if (strncmp(w, "ext=", 4) == 0 && cn->af == 6)
            parse_exts(g, cn, w + 4);
        else if (strncmp(w, "ipopt=", 6) == 0 && cn->af == 4)
            parse_ipopts(g, cn, w + 6);
        else
            die(g, "unknown or misplaced conn option '%s'", w);
    }
    cn->c.nxt = cn->c.isn + 1;
    cn->s.nxt = cn->s.isn + 1;
    g->cur = cn;
}

static void cmd_tcpflag(struct gen *g, const char *cmd, int n)
{
    struct conn *cn = need_conn(g);

    if (n != 1)
        die(g, "%s takes no arguments", cmd);
    if (strcmp(cmd, "handshake") == 0 || strcmp(cmd, "syn") == 0) {
        send_tcp(g, cn, D_C2S, cn->c.isn, 0, TH_SYN, NULL, 0, NULL);
        cn->c.syn_sent = true;
    }
    if (strcmp(cmd, "handshake") == 0 || strcmp(cmd, "synack") == 0) {
        send_tcp(g, cn, D_S2C, cn->s.isn, cn->c.nxt, TH_SYN | TH_ACK, NULL, 0, NULL);
        cn->s.syn_sent = true;
    }
    if (strcmp(cmd, "handshake") == 0)
        send_tcp(g, cn, D_C2S, cn->c.nxt, cn->s.nxt, TH_ACK, NULL, 0, NULL);
}

static void cmd_ack_fin_rst(struct gen *g, const char *cmd, const struct tok *t, int n)
{
    struct conn *cn = need_conn(g);
    enum dir d = parse_side(g, t, n, 1);
    enum dir rdir = d == D_S2C ? D_C2S : D_S2C;
    struct side *sd = d == D_S2C ? &cn->s : &cn->c;
    struct side *rd = d == D_S2C ? &cn->c : &cn->s;
    bool ack_after = true;

    if (n == 3 && !t[2].str && strcmp(t[2].s, "noack") == 0 && strcmp(cmd, "fin") == 0)
        ack_after = false;
    else if (n != 2)
        die(g, "%s c|s%s", cmd, strcmp(cmd, "fin") == 0 ? " [noack]" : "");

    if (strcmp(cmd, "ack") == 0) {
        send_tcp(g, cn, d, sd->nxt, rd->nxt, TH_ACK, NULL, 0, NULL);
    } else if (strcmp(cmd, "fin") == 0) {
        send_tcp(g, cn, d, sd->nxt, rd->nxt, TH_FIN | TH_ACK, NULL, 0, NULL);
        sd->nxt++;
        if (ack_after)
            send_tcp(g, cn, rdir, rd->nxt, sd->nxt, TH_ACK, NULL, 0, NULL);
    } else {
        if (rd->syn_sent && !sd->sent_any) /* refusing an unanswered SYN */
            send_tcp(g, cn, d, 0, rd->nxt, TH_RST | TH_ACK, NULL, 0, NULL);
        else
            send_tcp(g, cn, d, sd->nxt, rd->nxt, TH_RST | TH_ACK, NULL, 0, NULL);
    }
}

static void cmd_arp(struct gen *g, const struct tok *t, int n)
{
    static struct pbuf pb;
    uint8_t spa[16], tpa[16];
    uint8_t *h;

    if (n != 3)
        die(g, "arp SRC4 DST4");
    parse_addr_fam(g, word(g, t, n, 1, "sender address"), spa, 4);
    parse_addr_fam(g, word(g, t, n, 2, "target address"), tpa, 4);
    pb_init(&pb);
    h = pb_push(g, &pb, 28);
    put16(h, 1);
    put16(h + 2, ET_IP4);
    h[4] = 6;
    h[5] = 4;
    put16(h + 6, 1);
    memcpy(h + 8, mac_client, 6);
    memcpy(h + 14, spa, 4);
    memcpy(h + 24, tpa, 4);
    emit(g, &pb, ET_ARP, D_BCAST);
}

static void emit_ip_l4(struct gen *g, struct pbuf *pb, int af, const uint8_t *src,
                       const uint8_t *dst, uint8_t proto)
{
    if (af == 4) {
        push_ip4(g, pb, src, dst, proto, g->ip_id++, 0, NULL, 0);
        emit(g, pb, ET_IP4, D_C2S);
    } else {
        push_ip6(g, pb, src, dst, proto);
        emit(g, pb, ET_IP6, D_C2S);
    }
}

static void cmd_udp(struct gen *g, const struct tok *t, int n)
{
    static struct pbuf pb;
    uint8_t src[16], dst[16], *data;
    uint16_t sport, dport;
    size_t len;
    int af;

    if (n != 4)
        die(g, "udp SRC:PORT DST:PORT STRING");
    af = parse_endpoint(g, word(g, t, n, 1, "source"), src, &sport);
    if (parse_endpoint(g, word(g, t, n, 2, "destination"), dst, &dport) != af)
        die(g, "source and destination are of different address families");
    take_data(g, t, n, 3, &data, &len);
    pb_init(&pb);
    pb_append(g, &pb, data, len);
    free(data);
    push_udp(g, &pb, af, src, dst, sport, dport);
    emit_ip_l4(g, &pb, af, src, dst, 17);
}

static void cmd_icmp(struct gen *g, const char *cmd, const struct tok *t, int n)
{
    static const uint8_t payload[16] = "mkpcap echo data";
    static struct pbuf pb;
    int af = strcmp(cmd, "icmp6") == 0 ? 6 : 4;
    bool reply = n == 4 && !t[3].str && strcmp(t[3].s, "reply") == 0;
    uint8_t src[16], dst[16], *h;

    if (n != 3 && !reply)
        die(g, "%s SRC DST [reply]", cmd);
    parse_addr_fam(g, word(g, t, n, 1, "source"), src, af);
    parse_addr_fam(g, word(g, t, n, 2, "destination"), dst, af);
    pb_init(&pb);
    pb_append(g, &pb, payload, sizeof(payload));
    h = pb_push(g, &pb, 8);
    h[0] = af == 4 ? (reply ? 0 : 8) : (reply ? 129 : 128);
    put16(h + 4, 0x4d4b);
    put16(h + 6, 1);
    if (af == 4)
        put16(h + 2, fold(sum16(0, h, pb.len)));
    else
        put16(h + 2, l4_csum(6, src, dst, 58, h, pb.len));
    emit_ip_l4(g, &pb, af, src, dst, af == 4 ? 1 : 58);
}

static bool is_mutation(const char *c)
{
    return strcmp(c, "reorder") == 0 || strcmp(c, "dup") == 0 || strcmp(c, "drop") == 0 ||
           strcmp(c, "overlap") == 0 || strcmp(c, "seq") == 0 || strcmp(c, "frag") == 0;
}

static void run_line(struct gen *g, struct tok *t, int n)
{
    const char *c;

    if (n == 0)
        return;
    c = word(g, t, n, 0, "command");
    if (is_mutation(c)) {
        if (!g->pend.active)
            die(g, "%s must follow a send", c);
        if (strcmp(c, "reorder") == 0)
            mut_reorder(g, t, n);
        else if (strcmp(c, "dup") == 0)
            mut_dup(g, t, n);
        else if (strcmp(c, "drop") == 0)
            mut_drop(g, t, n);
        else if (strcmp(c, "overlap") == 0)
            mut_overlap(g, t, n);
        else if (strcmp(c, "seq") == 0)
            mut_seq(g, t, n);
        else
            mut_frag(g, t, n);
        return;
    }
    flush_pending(g);

    if (strcmp(c, "link") == 0) {
        cmd_link(g, t, n);
    } else if (strcmp(c, "snaplen") == 0) {
        need_no_output(g, "snaplen");
        g->snaplen = (int)num(g, t, n, 1, "snaplen", 262144);
        if (g->snaplen < 1)
            die(g, "snaplen must be positive");
    } else if (strcmp(c, "ethpad") == 0) {
        const char *v = word(g, t, n, 1, "on or off");

        if (strcmp(v, "on") != 0 && strcmp(v, "off") != 0)
            die(g, "ethpad on|off");
        g->ethpad = v[1] == 'n';
    } else if (strcmp(c, "step") == 0) {
        g->step_us = num(g, t, n, 1, "microseconds", 0xffffffffu);
    } else if (strcmp(c, "sleep") == 0) {
        g->now_us += parse_secs(g, word(g, t, n, 1, "seconds"));
    } else if (strcmp(c, "time") == 0) {
        g->now_us = parse_secs(g, word(g, t, n, 1, "seconds"));
    } else if (strcmp(c, "encap") == 0) {
        cmd_encap(g, t, n);
    } else if (strcmp(c, "conn") == 0) {
        cmd_conn(g, t, n);
    } else if (strcmp(c, "use") == 0) {
        const char *name = word(g, t, n, 1, "connection name");
        int i;

        for (i = 0; i < g->nconn; i++)
            if (strcmp(g->conns[i].name, name) == 0)
                break;
        if (i == g->nconn)
            die(g, "unknown connection '%s'", name);
        g->cur = &g->conns[i];
    } else if (strcmp(c, "handshake") == 0 || strcmp(c, "syn") == 0 ||
               strcmp(c, "synack") == 0) {
        cmd_tcpflag(g, c, n);
    } else if (strcmp(c, "ack") == 0 || strcmp(c, "fin") == 0 || strcmp(c, "rst") == 0) {
        cmd_ack_fin_rst(g, c, t, n);
    } else if (strcmp(c, "send") == 0) {
        need_conn(g);
        cmd_send(g, t, n);
    } else if (strcmp(c, "arp") == 0) {
        cmd_arp(g, t, n);
    } else if (strcmp(c, "udp") == 0) {
        cmd_udp(g, t, n);
    } else if (strcmp(c, "icmp") == 0 || strcmp(c, "icmp6") == 0) {
        cmd_icmp(g, c, t, n);
    } else {
        die(g, "unknown command '%s'", c);
    }
}

/* Reads one logical line (joining '\' continuations) into a malloc'ed buffer. */
static char *read_logical_line(struct gen *g, FILE *f)
{
    char *acc = NULL;
    size_t acclen = 0;
    char *line = NULL;
    size_t cap = 0;

    for (;;) {
        ssize_t got = getline(&line, &cap, f);
        bool cont;
        size_t l;

        if (got < 0) {
            free(line);
            if (acc != NULL)
                return acc;
            return NULL;
        }
        g->lineno++;
        cont = strip_line(line);
        l = strlen(line);
        acc = realloc(acc, acclen + l + 1);
        if (acc == NULL)
            die(g, "out of memory");
        memcpy(acc + acclen, line, l + 1);
        acclen += l;
        if (!cont) {
            free(line);
            return acc;
        }
    }
}

int main(int argc, char **argv)
{
    static struct gen gen;
    struct gen *g = &gen;
    struct tok t[MAX_TOK];
    FILE *f;
    char *line, *slash;
    int n;

    if (argc != 3) {
        fprintf(stderr, "usage: mkpcap SCRIPT OUT.pcap   (see the comment atop mkpcap.c)\n");
        return 2;
    }
    g->script = argv[1];
    g->out = argv[2];
    g->dlt = DLT_EN10MB;
    g->linkname = "EN10MB";
    g->snaplen = 262144;
    g->now_us = START_US;
    g->step_us = 1000;
    g->ip_id = 1;
    g->frag6_id = 1;
    g->dir = xmalloc(g, strlen(argv[1]) + 2);
    strcpy(g->dir, argv[1]);
    slash = strrchr(g->dir, '/');
    if (slash != NULL)
        *slash = 0;
    else
        strcpy(g->dir, ".");

    f = fopen(g->script, "r");
    if (f == NULL)
        die(NULL, "%s: %s", g->script, strerror(errno));
    while ((line = read_logical_line(g, f)) != NULL) {
        n = tokenize(g, line, t);
        run_line(g, t, n);
        free_toks(t, n);
        free(line);
    }
    fclose(f);
    flush_pending(g);
    g->lineno = 0;
    open_output(g); /* an empty script still yields a valid, empty pcap */
    pcap_dump_close(g->dumper);
    pcap_close(g->pd);
    free(g->dir);
    return 0;
}
