/* test_decode.c: cmocka unit tests of the decoder (link, IP, tunnels, TCP, defragmenter). */
/* System headers first: under UNIT_TESTING cmocka.h turns malloc/free into macros. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "decode/decode.h"
#include "pktbuild.h"
#include "util/hs_mem.h"

/*
 * Layout of this file:
 *   1. harness: guard page, decode wrapper, prefix sweep, counter checks
 *   2. the standard segment every frame carries, and its expected fields
 *   3. frame table: link types, IPv4/IPv6, TCP header, truncation, non-TCP,
 *      tunnels (one cmocka test per row)
 *   4. TCP options table
 *   5. encapsulation limit table
 *   6. IPv4 / IPv6 defragmentation
 *   7. miscellaneous (kind names, allocation failures, counters over a run)
 *
 * Every decode goes through dec(), which copies the frame to the end of a
 * page followed by a PROT_NONE page, so a one-byte over-read crashes even
 * without ASan. Every frame of the tables is also decoded at each prefix
 * length 0..caplen-1 with the original wirelen (sweep()).
 *
 * Regression tests for bugs found while writing these: extension headers
 * after an IPv6 Fragment header, IPv6 fragments keyed without the next
 * header, and overlaps counted once per fragment.
 */

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ===== 1. harness ========================================================= */

/* Limits used unless a test says otherwise. */
static const struct hs_dec_limits LIM = {
    .frag_max_datagrams = 16,
    .frag_max_frags = 16,
    .frag_max_bytes = 1u << 20,
    .frag_timeout_us = 30 * 1000000ull,
    .max_encap = 2,
};

#define TS0 1700000000000000ull /* packet time of the first packet of a test */

static uint8_t *guard_area; /* guard_cap writable bytes, then one PROT_NONE page */
static size_t guard_cap;
static size_t guard_page;

/* Map the guard area once for the whole run (STYLE.md 3.1). */
static int guard_init(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    if (pg <= 0)
        return -1;
    guard_page = (size_t)pg;
    guard_cap = (PB_MAX + guard_page - 1) / guard_page * guard_page;
    size_t total = guard_cap + guard_page;
    void *m;
#ifdef MAP_ANONYMOUS
    m = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#else
    /* _POSIX_C_SOURCE hides MAP_ANONYMOUS on glibc: map /dev/zero instead. */
    int fd = open("/dev/zero", O_RDWR);
    if (fd < 0)
        return -1;
    m = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    close(fd);
#endif
    if (m == MAP_FAILED)
        return -1;
    guard_area = m;
    if (mprotect(guard_area + guard_cap, guard_page, PROT_NONE) != 0)
        return -1;
    return 0;
}

static void guard_fini(void)
{
    if (guard_area)
        munmap(guard_area, guard_cap + guard_page);
}

static struct hs_dec *new_dec(const struct hs_dec_limits *lim)
{
    struct hs_dec *d = hs_dec_new(lim);
    assert_non_null(d);
    return d;
}

/*
 * Decode frame[0..caplen) of a wirelen-byte frame, placed right before the
 * guard page. *out is poisoned first, so every field the decoder forgets to
 * set shows up. Checks the invariants every result must satisfy.
 */
static enum hs_dec_kind dec(struct hs_dec *d, enum hs_link link, uint64_t ts,
                            const uint8_t *frame, size_t caplen, size_t wirelen,
                            struct hs_pkt *out)
{
    assert_true(caplen <= guard_cap);
    uint8_t *at = guard_area + guard_cap - caplen;
    if (caplen)
        memcpy(at, frame, caplen);
    memset(out, 0xa5, sizeof *out);
    enum hs_dec_kind k =
        hs_dec_packet(d, link, ts, at, (uint32_t)caplen, (uint32_t)wirelen, out);
    assert_in_range(k, HS_DEC_TCP, HS_DEC_NKINDS - 1);
    if (k == HS_DEC_TCP) {
        assert_int_equal(out->ts_us, ts);
        assert_true(out->af == 4 || out->af == 6);
        assert_true(out->wscale >= -1 && out->wscale <= 14);
        if (out->defragmented) {
            assert_true(out->paylen <= 65535);
            assert_int_equal(out->missing, 0);
        } else {
            /* the payload is a span of the captured bytes */
            assert_true(out->payload >= at);
            assert_true(out->paylen <= caplen);
            assert_true((size_t)(out->payload - at) <= caplen - out->paylen);
        }
    }
    return k;
}

/* Compare kinds by name so a failure prints "udp" != "tcp" rather than numbers. */
static void assert_kind(enum hs_dec_kind got, enum hs_dec_kind want)
{
    assert_string_equal(hs_dec_kind_name(got), hs_dec_kind_name(want));
}

/* Everything but the payload span: what must not change when only the payload is cut. */
static void assert_same_headers(const struct hs_pkt *a, const struct hs_pkt *b)
{
    assert_int_equal(a->af, b->af);
    assert_int_equal(a->tunnels, b->tunnels);
    assert_int_equal(a->flags, b->flags);
    assert_int_equal(a->defragmented, b->defragmented);
    assert_memory_equal(a->src, b->src, 16);
    assert_memory_equal(a->dst, b->dst, 16);
    assert_int_equal(a->sport, b->sport);
    assert_int_equal(a->dport, b->dport);
    assert_int_equal(a->seq, b->seq);
    assert_int_equal(a->ack, b->ack);
    assert_int_equal(a->win, b->win);
    assert_int_equal(a->mss, b->mss);
    assert_int_equal(a->wscale, b->wscale);
}

/*
 * Decode every prefix 0..caplen-1 of frame with wirelen kept, each with a
 * fresh decoder. Never crashes or over-reads (guard page). With strict, the
 * whole frame decoded to whole_kind (*whole, payload copy whole_pay when TCP)
 * and every prefix must give either HS_DEC_TRUNCATED or the same kind; a TCP
 * prefix must have the same headers and a prefix of the same payload, with
 * paylen + missing unchanged.
 */
static void sweep(enum hs_link link, const uint8_t *frame, size_t caplen, size_t wirelen,
                  bool strict, enum hs_dec_kind whole_kind, const struct hs_pkt *whole,
                  const uint8_t *whole_pay)
{
    for (size_t n = 0; n < caplen; n++) {
        struct hs_dec *d = new_dec(&LIM);
        struct hs_pkt p;
        enum hs_dec_kind k = dec(d, link, TS0, frame, n, wirelen, &p);
        if (strict) {
            if (k != HS_DEC_TRUNCATED)
                assert_kind(k, whole_kind);
            if (k == HS_DEC_TCP) {
                assert_same_headers(&p, whole);
                assert_true(p.paylen <= whole->paylen);
                assert_int_equal((uint64_t)p.paylen + p.missing,
                                 (uint64_t)whole->paylen + whole->missing);
                assert_memory_equal(p.payload, whole_pay, p.paylen);
            }
        }
        const struct hs_dec_stats *st = hs_dec_stats(d);
        assert_int_equal(st->packets, 1);
        assert_int_equal(st->skipped[k], 1);
        hs_dec_free(d);
    }
}

/* Counters after exactly one packet of kind k that was not a fragment. */
static void assert_one_packet_stats(const struct hs_dec *d, enum hs_dec_kind k, uint8_t tunnels,
                                    uint32_t missing)
{
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->packets, 1);
    for (int i = 0; i < HS_DEC_NKINDS; i++)
        assert_int_equal(st->skipped[i], i == (int)k ? 1 : 0);
    assert_int_equal(st->tunneled, k == HS_DEC_TCP && tunnels > 0 ? 1 : 0);
    assert_int_equal(st->truncated_payload, k == HS_DEC_TCP && missing > 0 ? 1 : 0);
    assert_int_equal(st->frag_datagrams, 0);
    assert_int_equal(st->frag_overlaps, 0);
    assert_int_equal(st->frag_overlap_conflicts, 0);
    assert_int_equal(st->frag_timeouts, 0);
    assert_int_equal(st->frag_limit_hits, 0);
    assert_int_equal(hs_dec_mem(d), 0);
}

/* ===== 2. the standard segment ============================================ */

/* Innermost addresses (what the decoder must report) and outer tunnel addresses. */
static const uint8_t IN4_SRC[16] = {10, 0, 0, 1};
static const uint8_t IN4_DST[16] = {10, 0, 0, 2};
static const uint8_t OUT4_SRC[4] = {192, 0, 2, 1};
static const uint8_t OUT4_DST[4] = {192, 0, 2, 2};
static const uint8_t IN6_SRC[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
static const uint8_t IN6_DST[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
static const uint8_t OUT6_SRC[16] = {0x20, 0x01, 0x0d, 0xb8, 0xff, 0xff, 0, 0,
                                     0,    0,    0,    0,    0,    0,    0, 1};
static const uint8_t OUT6_DST[16] = {0x20, 0x01, 0x0d, 0xb8, 0xff, 0xff, 0, 0,
                                     0,    0,    0,    0,    0,    0,    0, 2};

#define STD_SPORT 40000
#define STD_DPORT 80
#define STD_SEQ 0x01020304u
#define STD_ACK 0xa0b0c0d0u
#define STD_FLAGS (HS_TCP_PSH | HS_TCP_ACK)
#define STD_WIN 501
static const char STD_PAY[] = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
#define STD_PAYLEN ((uint32_t)(sizeof STD_PAY - 1))

/* IPv4 header: inner (10.0.0.x) or outer (192.0.2.x) addresses. */
static size_t ip4(struct pb *b, bool outer, uint8_t proto)
{
    struct pb_ip4 h = {.proto = proto, .id = 0x4242, .df = true};
    memcpy(h.src, outer ? OUT4_SRC : IN4_SRC, 4);
    memcpy(h.dst, outer ? OUT4_DST : IN4_DST, 4);
    return pb_ipv4(b, &h);
}

/* IPv6 header: inner (2001:db8::x) or outer (2001:db8:ffff::x) addresses. */
static size_t ip6(struct pb *b, bool outer, uint8_t nh)
{
    struct pb_ip6 h = {.nh = nh};
    memcpy(h.src, outer ? OUT6_SRC : IN6_SRC, 16);
    memcpy(h.dst, outer ? OUT6_DST : IN6_DST, 16);
    return pb_ipv6(b, &h);
}

static size_t outer_ip(struct pb *b, uint32_t af, uint8_t proto)
{
    return af == 4 ? ip4(b, true, proto) : ip6(b, true, proto);
}

static uint16_t ethertype(uint32_t af)
{
    return af == 4 ? PB_ETH_IPV4 : PB_ETH_IPV6;
}

/* The standard TCP header and payload, optionally with another data offset. */
static size_t tcp_std_doff(struct pb *b, uint8_t doff)
{
    size_t off = pb_tcp(b, &(struct pb_tcp){.sport = STD_SPORT,
                                            .dport = STD_DPORT,
                                            .seq = STD_SEQ,
                                            .ack = STD_ACK,
                                            .flags = STD_FLAGS,
                                            .win = STD_WIN,
                                            .doff = doff});
    pb_bytes(b, STD_PAY, STD_PAYLEN);
    return off;
}

static size_t tcp_std(struct pb *b)
{
    return tcp_std_doff(b, 0);
}

/* Inner IP header (af 4 or 6) + the standard segment. */
static void inner(struct pb *b, uint32_t af)
{
    if (af == 4)
        ip4(b, false, PB_IPPROTO_TCP);
    else
        ip6(b, false, PB_IPPROTO_TCP);
    tcp_std(b);
}

/* Expected fields of the standard segment (no TCP options, not defragmented). */
static void assert_std_tcp(const struct hs_pkt *p, uint8_t af, uint8_t tunnels, uint32_t paylen,
                           uint32_t missing)
{
    assert_int_equal(p->af, af);
    assert_memory_equal(p->src, af == 4 ? IN4_SRC : IN6_SRC, 16);
    assert_memory_equal(p->dst, af == 4 ? IN4_DST : IN6_DST, 16);
    assert_int_equal(p->sport, STD_SPORT);
    assert_int_equal(p->dport, STD_DPORT);
    assert_int_equal(p->seq, STD_SEQ);
    assert_int_equal(p->ack, STD_ACK);
    assert_int_equal(p->flags, STD_FLAGS);
    assert_int_equal(p->win, STD_WIN);
    assert_int_equal(p->mss, 0);
    assert_int_equal(p->wscale, -1);
    assert_int_equal(p->tunnels, tunnels);
    assert_false(p->defragmented);
    assert_int_equal(p->paylen, paylen);
    assert_int_equal(p->missing, missing);
    assert_memory_equal(p->payload, STD_PAY, paylen);
}

/* ===== 3. frame table ===================================================== */

/* Builders append a frame (arg is row-specific); pb_finish() runs after them. */
typedef void (*build_fn)(struct pb *b, uint32_t arg);
/* Post hooks run after pb_finish(): bad lengths, padding. Ethernet + IP at 14. */
typedef void (*post_fn)(struct pb *b);

/* -- link layers -- */

static void b_eth(struct pb *b, uint32_t af)
{
    pb_eth(b, ethertype(af));
    inner(b, af);
}

static void b_eth_vlan(struct pb *b, uint32_t af)
{
    pb_eth(b, PB_ETH_VLAN);
    pb_vlan(b, 100, ethertype(af));
    inner(b, af);
}

/* 802.1ad service tag, then 802.1Q customer tag. */
static void b_eth_qinq(struct pb *b, uint32_t af)
{
    pb_eth(b, PB_ETH_QINQ);
    pb_vlan(b, 10, PB_ETH_VLAN);
    pb_vlan(b, 20, ethertype(af));
    inner(b, af);
}

/* Pre-standard QinQ TPID 0x9100. */
static void b_eth_qinq_old(struct pb *b, uint32_t af)
{
    pb_eth(b, PB_ETH_QINQ_OLD);
    pb_vlan(b, 10, PB_ETH_VLAN);
    pb_vlan(b, 20, ethertype(af));
    inner(b, af);
}

/* n stacked 802.1Q tags. */
static void b_eth_vlans(struct pb *b, uint32_t n)
{
    pb_eth(b, PB_ETH_VLAN);
    for (uint32_t i = 1; i < n; i++)
        pb_vlan(b, (uint16_t)i, PB_ETH_VLAN);
    pb_vlan(b, (uint16_t)n, PB_ETH_IPV4);
    inner(b, 4);
}

/* 802.3 frame (length field 38) with an STP BPDU in LLC. */
static void b_eth_8023(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, 38);
    pb_bytes(b, "\x42\x42\x03", 3);
    pb_zeros(b, 35);
}

static void b_eth_arp(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_ARP);
    pb_arp(b);
    pb_zeros(b, 18); /* pad to 60 */
}

/* 10 bytes: shorter than an Ethernet header, and not cut by snaplen. */
static void b_runt(struct pb *b, uint32_t len)
{
    pb_zeros(b, len);
}

static void b_sll(struct pb *b, uint32_t af)
{
    pb_sll(b, ethertype(af));
    inner(b, af);
}

static void b_sll_arp(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_sll(b, PB_ETH_ARP);
    pb_arp(b);
}

static void b_sll2(struct pb *b, uint32_t af)
{
    pb_sll2(b, ethertype(af));
    inner(b, af);
}

/* No link header: RAW, IPV4 and IPV6 link types. */
static void b_ip(struct pb *b, uint32_t af)
{
    inner(b, af);
}

/* An IPv4 packet whose version nibble says 5. */
static void b_ip_v5(struct pb *b, uint32_t arg)
{
    (void)arg;
    inner(b, 4);
    b->buf[0] = 0x55;
}

#define NULL_SWAPPED 0x100u /* b_null arg: family | NULL_SWAPPED */

static uint32_t family_af(uint32_t fam)
{
    return fam == 2 || fam == 7 ? 4 : 6;
}

static void b_null(struct pb *b, uint32_t arg)
{
    uint32_t fam = arg & 0xff;
    pb_null(b, fam, (arg & NULL_SWAPPED) != 0);
    inner(b, family_af(fam));
}

static void b_loop(struct pb *b, uint32_t fam)
{
    pb_loop(b, fam);
    inner(b, family_af(fam));
}

/* -- IPv4 -- */

/* IPv4 with optlen bytes of options (8: NOP + record route; 40: the maximum). */
static void b_ip4_opts(struct pb *b, uint32_t optlen)
{
    static const uint8_t rr8[8] = {1, 7, 7, 4, 0, 0, 0, 0};
    static const uint8_t rr40[40] = {7, 39, 4};
    struct pb_ip4 h = {.proto = PB_IPPROTO_TCP, .opts = optlen == 8 ? rr8 : rr40,
                       .optlen = optlen};
    memcpy(h.src, IN4_SRC, 4);
    memcpy(h.dst, IN4_DST, 4);
    pb_eth(b, PB_ETH_IPV4);
    pb_ipv4(b, &h);
    tcp_std(b);
}

static void p_pad6(struct pb *b)
{
    memset(pb_put(b, 6), 0xee, 6);
}

static void p_ip4_total0(struct pb *b)
{
    pb_set_be16(b, 14 + 2, 0);
}

static void p_ip4_total_plus1(struct pb *b)
{
    pb_set_be16(b, 14 + 2, (uint16_t)(b->len - 14 + 1));
}

/* IHL says 20 bytes, total says 16. */
static void p_ip4_total16(struct pb *b)
{
    pb_set_be16(b, 14 + 2, 16);
}

/* Total covers only 10 bytes of the TCP header. */
static void p_ip4_total30(struct pb *b)
{
    pb_set_be16(b, 14 + 2, 30);
}

static void p_ip4_ihl4(struct pb *b)
{
    pb_set_u8(b, 14, 0x44);
}

static void p_ip6_plen_plus1(struct pb *b)
{
    pb_set_be16(b, 14 + 4, (uint16_t)(b->len - 54 + 1));
}

static void p_ip6_plen0(struct pb *b)
{
    pb_set_be16(b, 14 + 4, 0);
}

/* -- IPv6 extension headers -- */

/* Hop-by-hop (8) -> routing (24) -> destination options (16) -> TCP. */
static void b_ip6_chain(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, false, PB_IPPROTO_HOPOPTS);
    pb_ip6_ext(b, PB_IPPROTO_ROUTING, 0);
    pb_ip6_ext(b, PB_IPPROTO_DSTOPTS, 2);
    pb_ip6_ext(b, PB_IPPROTO_TCP, 1);
    tcp_std(b);
}

/* AH (24 bytes, 96-bit ICV) -> TCP. */
static void b_ip6_ah(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, false, PB_IPPROTO_AH);
    pb_ah(b, PB_IPPROTO_TCP, 0x1000, 3);
    tcp_std(b);
}

/* Hop-by-hop -> AH (16 bytes) -> destination options -> TCP. */
static void b_ip6_hbh_ah_dst(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, false, PB_IPPROTO_HOPOPTS);
    pb_ip6_ext(b, PB_IPPROTO_AH, 0);
    pb_ah(b, PB_IPPROTO_DSTOPTS, 0x1000, 1);
    pb_ip6_ext(b, PB_IPPROTO_TCP, 0);
    tcp_std(b);
}

/* Next header 59 directly, or after a hop-by-hop header; TCP-looking bytes follow anyway. */
static void b_ip6_nonext(struct pb *b, uint32_t after_hbh)
{
    pb_eth(b, PB_ETH_IPV6);
    if (after_hbh) {
        ip6(b, false, PB_IPPROTO_HOPOPTS);
        pb_ip6_ext(b, PB_IPPROTO_NONE, 0);
    } else {
        ip6(b, false, PB_IPPROTO_NONE);
    }
    tcp_std(b);
}

/* Atomic fragment (RFC 6946): offset 0, M clear. */
static void b_ip6_atomic(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, false, PB_IPPROTO_FRAGMENT);
    pb_ip6_frag(b, PB_IPPROTO_TCP, 0, false, 0x12345678);
    tcp_std(b);
}

/* Hop-by-hop header claiming 2048 bytes. */
static void b_ip6_ext_long(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, false, PB_IPPROTO_HOPOPTS);
    size_t off = pb_ip6_ext(b, PB_IPPROTO_TCP, 0);
    b->buf[off + 1] = 255;
    tcp_std(b);
}

/* -- TCP header -- */

static void b_tcp_doff(struct pb *b, uint32_t doff)
{
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, false, PB_IPPROTO_TCP);
    tcp_std_doff(b, (uint8_t)doff);
}

/* -- non-TCP -- */

static void b_udp(struct pb *b, uint32_t af)
{
    pb_eth(b, ethertype(af));
    if (af == 4)
        ip4(b, false, PB_IPPROTO_UDP);
    else
        ip6(b, false, PB_IPPROTO_UDP);
    pb_udp(b, 5353, 53);
    pb_bytes(b, STD_PAY, STD_PAYLEN);
}

static void b_icmp(struct pb *b, uint32_t af)
{
    pb_eth(b, ethertype(af));
    if (af == 4) {
        ip4(b, false, PB_IPPROTO_ICMP);
        pb_icmp(b, 8, 0);
    } else {
        ip6(b, false, PB_IPPROTO_ICMPV6);
        pb_icmp(b, 128, 0);
    }
    pb_zeros(b, 32);
}

/* IPv4 carrying arg (SCTP, ESP, ...) with 32 bytes of payload. */
static void b_proto4(struct pb *b, uint32_t proto)
{
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, false, (uint8_t)proto);
    pb_zeros(b, 32);
}

static void b_proto6(struct pb *b, uint32_t proto)
{
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, false, (uint8_t)proto);
    pb_zeros(b, 32);
}

/* -- link-level shims: MPLS, PPPoE -- */

/* n MPLS labels, then IPv4. */
static void b_mpls(struct pb *b, uint32_t n)
{
    pb_eth(b, PB_ETH_MPLS);
    for (uint32_t i = 0; i < n; i++)
        pb_mpls(b, 16 + i, i + 1 == n);
    inner(b, 4);
}

static void b_mpls_ip6(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_MPLS);
    pb_mpls(b, 2, true); /* IPv6 explicit null */
    inner(b, 6);
}

/* Pseudowire: a zero control word after the label stack, then Ethernet. */
static void b_mpls_pw(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_MPLS);
    pb_mpls(b, 100, true);
    pb_be32(b, 0);
    pb_eth(b, PB_ETH_IPV4);
    inner(b, 4);
}

static void b_pppoe(struct pb *b, uint32_t af)
{
    pb_eth(b, PB_ETH_PPPOE_SESS);
    pb_pppoe(b, 0x1234, af == 4 ? PB_PPP_IPV4 : PB_PPP_IPV6);
    inner(b, af);
}

static void b_pppoe_lcp(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_PPPOE_SESS);
    pb_pppoe(b, 0x1234, PB_PPP_LCP);
    pb_bytes(b, "\x09\x01\x00\x08\x11\x22\x33\x44", 8); /* echo request */
}

/* PPPoE inside an 802.1Q tag, as ISPs deliver it. */
static void b_vlan_pppoe(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_VLAN);
    pb_vlan(b, 7, PB_ETH_PPPOE_SESS);
    pb_pppoe(b, 1, PB_PPP_IPV4);
    inner(b, 4);
}

/* -- IP tunnels -- */

#define GRE_KEY 1u
#define GRE_SEQ 2u
#define GRE_CSUM 4u

/* IPv4 / GRE (optional words from arg) / IPv4. */
static void b_gre(struct pb *b, uint32_t opt)
{
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_GRE);
    pb_gre(b, &(struct pb_gre){.proto = PB_ETH_IPV4,
                               .key = opt & GRE_KEY,
                               .seq = opt & GRE_SEQ,
                               .csum = opt & GRE_CSUM,
                               .key_val = 0xdeadbeef,
                               .seq_val = 7});
    inner(b, 4);
}

/* GRE transparent Ethernet bridging: an Ethernet frame inside. */
static void b_gre_teb(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_GRE);
    pb_gre(b, &(struct pb_gre){.proto = PB_ETH_TEB, .key = true, .key_val = 5});
    pb_eth(b, PB_ETH_IPV4);
    inner(b, 4);
}

/* PPTP enhanced GRE (version 1) carrying PPP: not followed. */
static void b_gre_v1(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_GRE);
    pb_gre(b, &(struct pb_gre){.proto = 0x880b, .key = true, .version = 1});
    pb_be16(b, PB_PPP_IPV4);
    inner(b, 4);
}

/* IPv6 / GRE / IPv6. */
static void b_gre6(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV6);
    ip6(b, true, PB_IPPROTO_GRE);
    pb_gre(b, &(struct pb_gre){.proto = PB_ETH_IPV6});
    inner(b, 6);
}

/* IPv4 / GRE / MPLS / IPv4. */
static void b_gre_mpls(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_GRE);
    pb_gre(b, &(struct pb_gre){.proto = PB_ETH_MPLS});
    pb_mpls(b, 300, true);
    inner(b, 4);
}

/* Outer IP (af) / UDP 4789 / VXLAN / Ethernet / inner IP (af). */
static void b_vxlan(struct pb *b, uint32_t af)
{
    pb_eth(b, ethertype(af));
    outer_ip(b, af, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_VXLAN);
    pb_vxlan(b, 0x08, 42);
    pb_eth(b, ethertype(af));
    inner(b, af);
}

/* VXLAN without the I flag: not decapsulated. */
static void b_vxlan_noi(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_VXLAN);
    pb_vxlan(b, 0x00, 42);
    pb_eth(b, PB_ETH_IPV4);
    inner(b, 4);
}

/* VXLAN carrying ARP, or carrying a VLAN-tagged frame (arg 1). */
static void b_vxlan_inner(struct pb *b, uint32_t vlan)
{
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_VXLAN);
    pb_vxlan(b, 0x08, 42);
    if (vlan) {
        pb_eth(b, PB_ETH_VLAN);
        pb_vlan(b, 33, PB_ETH_IPV4);
        inner(b, 4);
    } else {
        pb_eth(b, PB_ETH_ARP);
        pb_arp(b);
    }
}

/* Outer IPv4 / UDP 6081 / Geneve with a 3-word option / Ethernet / IPv4. */
static void b_geneve_teb(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_GENEVE);
    pb_geneve(b, 0, PB_ETH_TEB, 9, 3);
    pb_eth(b, PB_ETH_IPV4);
    inner(b, 4);
}

/* Geneve with a 2-word option carrying IP (af) directly. */
static void b_geneve_ip(struct pb *b, uint32_t af)
{
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_GENEVE);
    pb_geneve(b, 0, ethertype(af), 9, 2);
    inner(b, af);
}

/* Geneve version 1: unknown, left as UDP. */
static void b_geneve_v1(struct pb *b, uint32_t arg)
{
    (void)arg;
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_GENEVE);
    pb_geneve(b, 1, PB_ETH_TEB, 9, 0);
    pb_eth(b, PB_ETH_IPV4);
    inner(b, 4);
}

/* IP-in-IP (arg: outer af * 10 + inner af: 44, 46, 64, 66). */
static void b_ipip(struct pb *b, uint32_t afs)
{
    uint32_t out = afs / 10, in = afs % 10;
    pb_eth(b, ethertype(out));
    outer_ip(b, out, in == 4 ? PB_IPPROTO_IPIP : PB_IPPROTO_IPV6);
    inner(b, in);
}

/* n IPv4 outer headers (IP-in-IP nested n deep) around the standard segment. */
static void b_ipip_n(struct pb *b, uint32_t n)
{
    pb_eth(b, PB_ETH_IPV4);
    for (uint32_t i = 0; i < n; i++)
        ip4(b, true, PB_IPPROTO_IPIP);
    inner(b, 4);
}

/* VXLAN / GRE / IPv4 (2 tunnels), plus an IP-in-IP layer when arg (3 tunnels). */
static void b_vxlan_gre(struct pb *b, uint32_t ipip)
{
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_UDP);
    pb_udp(b, 51000, PB_PORT_VXLAN);
    pb_vxlan(b, 0x08, 42);
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, true, PB_IPPROTO_GRE);
    pb_gre(b, &(struct pb_gre){.proto = PB_ETH_IPV4});
    if (ipip)
        ip4(b, true, PB_IPPROTO_IPIP);
    inner(b, 4);
}

/*
 * One row: build (+ post) a frame, decode it on link with a capture of
 * min(snap, len) bytes (0: all) of the len-byte frame, expect kind, and for
 * TCP the standard segment of family af under tunnels layers with the last
 * len - caplen payload bytes missing.
 */
struct fcase {
    const char *name;
    enum hs_link link;
    build_fn build;
    uint32_t arg;
    post_fn post;
    uint32_t snap;
    enum hs_dec_kind kind;
    uint8_t af;
    uint8_t tunnels;
};

#define ROW(n, l, b, a, k, af, t) {n, HS_LINK_##l, b, a, NULL, 0, HS_DEC_##k, af, t}
#define ROWP(n, l, b, a, p, k, af) {n, HS_LINK_##l, b, a, p, 0, HS_DEC_##k, af, 0}
#define ROWS(n, l, b, a, s, k, af, t) {n, HS_LINK_##l, b, a, NULL, s, HS_DEC_##k, af, t}

static struct fcase fcases[] = {
    /* Ethernet and tags */
    ROW("eth_ipv4", ETHERNET, b_eth, 4, TCP, 4, 0),
    ROW("eth_ipv6", ETHERNET, b_eth, 6, TCP, 6, 0),
    ROW("eth_vlan_ipv4", ETHERNET, b_eth_vlan, 4, TCP, 4, 0),
    ROW("eth_vlan_ipv6", ETHERNET, b_eth_vlan, 6, TCP, 6, 0),
    ROW("eth_qinq_88a8_8100_ipv4", ETHERNET, b_eth_qinq, 4, TCP, 4, 0),
    ROW("eth_qinq_88a8_8100_ipv6", ETHERNET, b_eth_qinq, 6, TCP, 6, 0),
    ROW("eth_qinq_9100_ipv4", ETHERNET, b_eth_qinq_old, 4, TCP, 4, 0),
    ROW("eth_8_vlan_tags", ETHERNET, b_eth_vlans, 8, TCP, 4, 0),
    ROW("eth_9_vlan_tags_too_deep", ETHERNET, b_eth_vlans, 9, TOO_DEEP, 0, 0),
    ROW("eth_8023_llc_not_ip", ETHERNET, b_eth_8023, 0, NOT_IP, 0, 0),
    ROW("eth_arp_not_ip", ETHERNET, b_eth_arp, 0, NOT_IP, 0, 0),
    ROW("eth_runt_malformed", ETHERNET, b_runt, 10, MALFORMED, 0, 0),
    /* Linux cooked captures */
    ROW("sll_ipv4", SLL, b_sll, 4, TCP, 4, 0),
    ROW("sll_ipv6", SLL, b_sll, 6, TCP, 6, 0),
    ROW("sll_arp_not_ip", SLL, b_sll_arp, 0, NOT_IP, 0, 0),
    ROW("sll_runt_malformed", SLL, b_runt, 15, MALFORMED, 0, 0),
    ROW("sll2_ipv4", SLL2, b_sll2, 4, TCP, 4, 0),
    ROW("sll2_ipv6", SLL2, b_sll2, 6, TCP, 6, 0),
    ROW("sll2_runt_malformed", SLL2, b_runt, 19, MALFORMED, 0, 0),
    /* no link header */
    ROW("raw_ipv4", RAW, b_ip, 4, TCP, 4, 0),
    ROW("raw_ipv6", RAW, b_ip, 6, TCP, 6, 0),
    ROW("raw_version5_not_ip", RAW, b_ip_v5, 0, NOT_IP, 0, 0),
    ROW("raw_empty_malformed", RAW, b_runt, 0, MALFORMED, 0, 0),
    ROW("linktype_ipv4", IPV4, b_ip, 4, TCP, 4, 0),
    ROW("linktype_ipv6", IPV6, b_ip, 6, TCP, 6, 0),
    ROW("linktype_ipv4_given_ipv6_malformed", IPV4, b_ip, 6, MALFORMED, 0, 0),
    ROW("linktype_ipv6_given_ipv4_malformed", IPV6, b_ip, 4, MALFORMED, 0, 0),
    /* BSD loopback: host order, the other byte order, and every AF_INET6 */
    ROW("null_host_af2", NULL, b_null, 2, TCP, 4, 0),
    ROW("null_host_af10", NULL, b_null, 10, TCP, 6, 0),
    ROW("null_host_af24", NULL, b_null, 24, TCP, 6, 0),
    ROW("null_host_af28", NULL, b_null, 28, TCP, 6, 0),
    ROW("null_host_af30", NULL, b_null, 30, TCP, 6, 0),
    ROW("null_swapped_af2", NULL, b_null, 2 | NULL_SWAPPED, TCP, 4, 0),
    ROW("null_swapped_af10", NULL, b_null, 10 | NULL_SWAPPED, TCP, 6, 0),
    ROW("null_swapped_af24", NULL, b_null, 24 | NULL_SWAPPED, TCP, 6, 0),
    ROW("null_swapped_af28", NULL, b_null, 28 | NULL_SWAPPED, TCP, 6, 0),
    ROW("null_swapped_af30", NULL, b_null, 30 | NULL_SWAPPED, TCP, 6, 0),
    ROW("null_af7_not_ip", NULL, b_null, 7, NOT_IP, 0, 0),
    ROW("null_runt_malformed", NULL, b_runt, 3, MALFORMED, 0, 0),
    ROW("loop_af2", LOOP, b_loop, 2, TCP, 4, 0),
    ROW("loop_af10", LOOP, b_loop, 10, TCP, 6, 0),
    ROW("loop_af24", LOOP, b_loop, 24, TCP, 6, 0),
    ROW("loop_af28", LOOP, b_loop, 28, TCP, 6, 0),
    ROW("loop_af30", LOOP, b_loop, 30, TCP, 6, 0),
    ROW("loop_af7_not_ip", LOOP, b_loop, 7, NOT_IP, 0, 0),
    ROW("link_unknown", UNKNOWN, b_eth, 4, UNKNOWN_LINK, 0, 0),
    {"link_out_of_range", (enum hs_link)99, b_eth, 4, NULL, 0, HS_DEC_UNKNOWN_LINK, 0, 0},
    /* IPv4 header */
    ROW("ipv4_options_8", ETHERNET, b_ip4_opts, 8, TCP, 4, 0),
    ROW("ipv4_options_40", ETHERNET, b_ip4_opts, 40, TCP, 4, 0),
    ROWP("ipv4_total0_tso_trusts_frame", ETHERNET, b_eth, 4, p_ip4_total0, TCP, 4),
    ROWP("ipv4_eth_padding_trimmed", ETHERNET, b_eth, 4, p_pad6, TCP, 4),
    ROWP("ipv4_total_gt_frame_malformed", ETHERNET, b_eth, 4, p_ip4_total_plus1, MALFORMED, 0),
    ROWP("ipv4_ihl4_malformed", ETHERNET, b_eth, 4, p_ip4_ihl4, MALFORMED, 0),
    ROWP("ipv4_total_lt_ihl_malformed", ETHERNET, b_eth, 4, p_ip4_total16, MALFORMED, 0),
    ROWP("ipv4_total_cuts_tcp_hdr_malformed", ETHERNET, b_eth, 4, p_ip4_total30, MALFORMED, 0),
    /* IPv6 header and extension headers */
    ROWP("ipv6_eth_padding_trimmed", ETHERNET, b_eth, 6, p_pad6, TCP, 6),
    ROWP("ipv6_plen0_trusts_frame", ETHERNET, b_eth, 6, p_ip6_plen0, TCP, 6),
    ROWP("ipv6_plen_gt_frame_malformed", ETHERNET, b_eth, 6, p_ip6_plen_plus1, MALFORMED, 0),
    ROW("ipv6_hbh_routing_dstopts", ETHERNET, b_ip6_chain, 0, TCP, 6, 0),
    ROW("ipv6_ah", ETHERNET, b_ip6_ah, 0, TCP, 6, 0),
    ROW("ipv6_hbh_ah_dstopts", ETHERNET, b_ip6_hbh_ah_dst, 0, TCP, 6, 0),
    ROW("ipv6_no_next_header", ETHERNET, b_ip6_nonext, 0, OTHER_PROTO, 0, 0),
    ROW("ipv6_hbh_no_next_header", ETHERNET, b_ip6_nonext, 1, OTHER_PROTO, 0, 0),
    ROW("ipv6_atomic_fragment", ETHERNET, b_ip6_atomic, 0, TCP, 6, 0),
    ROW("ipv6_ext_len_beyond_packet", ETHERNET, b_ip6_ext_long, 0, MALFORMED, 0, 0),
    /* TCP header (0x10: non-zero so pb_tcp keeps it; wraps to 0 in the 4-bit field) */
    ROW("tcp_doff0_malformed", ETHERNET, b_tcp_doff, 0x10, MALFORMED, 0, 0),
    ROW("tcp_doff4_malformed", ETHERNET, b_tcp_doff, 4, MALFORMED, 0, 0),
    ROW("tcp_doff15_beyond_segment", ETHERNET, b_tcp_doff, 15, MALFORMED, 0, 0),
    /* snapshot length (caplen < wirelen) */
    ROWS("snap_in_eth_hdr", ETHERNET, b_eth, 4, 10, TRUNCATED, 0, 0),
    ROWS("snap_in_vlan_tag", ETHERNET, b_eth_vlan, 4, 16, TRUNCATED, 0, 0),
    ROWS("snap_in_ipv4_hdr", ETHERNET, b_eth, 4, 14 + 10, TRUNCATED, 0, 0),
    ROWS("snap_in_ipv4_options", ETHERNET, b_ip4_opts, 8, 14 + 24, TRUNCATED, 0, 0),
    ROWS("snap_in_ipv6_hdr", ETHERNET, b_eth, 6, 14 + 39, TRUNCATED, 0, 0),
    ROWS("snap_in_ipv6_ext", ETHERNET, b_ip6_chain, 0, 14 + 40 + 8 + 20, TRUNCATED, 0, 0),
    ROWS("snap_in_tcp_hdr", ETHERNET, b_eth, 4, 14 + 20 + 19, TRUNCATED, 0, 0),
    ROWS("snap_at_payload_start", ETHERNET, b_eth, 4, 14 + 20 + 20, TCP, 4, 0),
    ROWS("snap_in_payload_ipv4", ETHERNET, b_eth, 4, 14 + 20 + 20 + 10, TCP, 4, 0),
    ROWS("snap_in_payload_ipv6", ETHERNET, b_eth, 6, 14 + 40 + 20 + 1, TCP, 6, 0),
    ROWS("snap_in_payload_vxlan", ETHERNET, b_vxlan, 4, 14 + 20 + 8 + 8 + 14 + 20 + 20 + 5,
         TCP, 4, 1),
    ROWS("snap_in_gre_hdr", ETHERNET, b_gre, GRE_KEY | GRE_SEQ, 14 + 20 + 10, TRUNCATED, 0,
         0),
    /* not TCP */
    ROW("ipv4_udp", ETHERNET, b_udp, 4, UDP, 0, 0),
    ROW("ipv6_udp", ETHERNET, b_udp, 6, UDP, 0, 0),
    ROW("ipv4_icmp", ETHERNET, b_icmp, 4, ICMP, 0, 0),
    ROW("ipv6_icmp6", ETHERNET, b_icmp, 6, ICMP6, 0, 0),
    ROW("ipv4_sctp", ETHERNET, b_proto4, PB_IPPROTO_SCTP, OTHER_PROTO, 0, 0),
    ROW("ipv4_esp", ETHERNET, b_proto4, PB_IPPROTO_ESP, OTHER_PROTO, 0, 0),
    ROW("ipv6_sctp", ETHERNET, b_proto6, PB_IPPROTO_SCTP, OTHER_PROTO, 0, 0),
    /* MPLS and PPPoE: link-level shims, not counted as tunnels */
    ROW("mpls_2_labels", ETHERNET, b_mpls, 2, TCP, 4, 0),
    ROW("mpls_16_labels", ETHERNET, b_mpls, 16, TCP, 4, 0),
    ROW("mpls_17_labels_too_deep", ETHERNET, b_mpls, 17, TOO_DEEP, 0, 0),
    ROW("mpls_ipv6", ETHERNET, b_mpls_ip6, 0, TCP, 6, 0),
    ROW("mpls_pseudowire_not_ip", ETHERNET, b_mpls_pw, 0, NOT_IP, 0, 0),
    ROW("pppoe_ipv4", ETHERNET, b_pppoe, 4, TCP, 4, 0),
    ROW("pppoe_ipv6", ETHERNET, b_pppoe, 6, TCP, 6, 0),
    ROW("pppoe_lcp_not_ip", ETHERNET, b_pppoe_lcp, 0, NOT_IP, 0, 0),
    ROW("vlan_pppoe_ipv4", ETHERNET, b_vlan_pppoe, 0, TCP, 4, 0),
    /* IP tunnels: innermost addresses reported, tunnels counted */
    ROW("gre_plain", ETHERNET, b_gre, 0, TCP, 4, 1),
    ROW("gre_key_seq", ETHERNET, b_gre, GRE_KEY | GRE_SEQ, TCP, 4, 1),
    ROW("gre_csum_key_seq", ETHERNET, b_gre, GRE_CSUM | GRE_KEY | GRE_SEQ, TCP, 4, 1),
    ROW("gre_teb_ethernet", ETHERNET, b_gre_teb, 0, TCP, 4, 1),
    ROW("gre_v1_pptp_other", ETHERNET, b_gre_v1, 0, OTHER_PROTO, 0, 0),
    ROW("gre_over_ipv6", ETHERNET, b_gre6, 0, TCP, 6, 1),
    ROW("gre_mpls", ETHERNET, b_gre_mpls, 0, TCP, 4, 1),
    ROW("vxlan_ipv4", ETHERNET, b_vxlan, 4, TCP, 4, 1),
    ROW("vxlan_ipv6", ETHERNET, b_vxlan, 6, TCP, 6, 1),
    ROW("vxlan_no_i_flag_udp", ETHERNET, b_vxlan_noi, 0, UDP, 0, 0),
    ROW("vxlan_inner_arp_not_ip", ETHERNET, b_vxlan_inner, 0, NOT_IP, 0, 0),
    ROW("vxlan_inner_vlan", ETHERNET, b_vxlan_inner, 1, TCP, 4, 1),
    ROW("geneve_option_teb", ETHERNET, b_geneve_teb, 0, TCP, 4, 1),
    ROW("geneve_option_ipv4", ETHERNET, b_geneve_ip, 4, TCP, 4, 1),
    ROW("geneve_option_ipv6", ETHERNET, b_geneve_ip, 6, TCP, 6, 1),
    ROW("geneve_version1_udp", ETHERNET, b_geneve_v1, 0, UDP, 0, 0),
    ROW("ipip_4in4", ETHERNET, b_ipip, 44, TCP, 4, 1),
    ROW("ipip_6in4", ETHERNET, b_ipip, 46, TCP, 6, 1),
    ROW("ipip_4in6", ETHERNET, b_ipip, 64, TCP, 4, 1),
    ROW("ipip_6in6", ETHERNET, b_ipip, 66, TCP, 6, 1),
    ROW("nested_ipip_2_at_limit", ETHERNET, b_ipip_n, 2, TCP, 4, 2),
    ROW("nested_ipip_3_too_deep", ETHERNET, b_ipip_n, 3, TOO_DEEP, 0, 0),
    ROW("nested_vxlan_gre_at_limit", ETHERNET, b_vxlan_gre, 0, TCP, 4, 2),
    ROW("nested_vxlan_gre_ipip_too_deep", ETHERNET, b_vxlan_gre, 1, TOO_DEEP, 0, 0),
};

static void build_row(const struct fcase *c, struct pb *b)
{
    pb_init(b);
    c->build(b, c->arg);
    pb_finish(b);
    if (c->post)
        c->post(b);
}

static void run_frame_case(void **state)
{
    const struct fcase *c = *state;
    struct pb b;
    build_row(c, &b);
    size_t wire = b.len, cap = c->snap && c->snap < wire ? c->snap : wire;
    uint32_t missing = (uint32_t)(wire - cap);

    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    enum hs_dec_kind k = dec(d, c->link, TS0, b.buf, cap, wire, &p);
    assert_kind(k, c->kind);
    uint8_t pay[PB_MAX];
    if (k == HS_DEC_TCP) {
        assert_true(missing <= STD_PAYLEN);
        assert_std_tcp(&p, c->af, c->tunnels, STD_PAYLEN - missing, missing);
        memcpy(pay, p.payload, p.paylen);
    }
    assert_one_packet_stats(d, k, c->tunnels, missing);
    hs_dec_free(d);

    sweep(c->link, b.buf, cap, wire, true, k, &p, pay);
}

/* ===== 4. TCP options ===================================================== */

/*
 * A SYN with the given options and no payload, so the options are the last
 * bytes before the guard page. doff overrides the data offset (0: computed).
 */
struct optcase {
    const char *name;
    uint8_t opts[40];
    uint8_t optlen;
    uint8_t doff;
    enum hs_dec_kind kind;
    uint16_t mss;
    int8_t wscale;
    uint32_t paylen;
};

#define TS_OPT 8, 10, 0, 0, 0, 1, 0, 0, 0, 0 /* timestamps 1 / 0 */

static struct optcase optcases[] = {
    /* what real stacks send */
    {"linux_syn_mss_sackok_ts_ws", {2, 4, 5, 180, 4, 2, TS_OPT, 1, 3, 3, 7}, 20, 0, HS_DEC_TCP,
     1460, 7, 0},
    {"windows_syn_mss_ws_sackok", {2, 4, 5, 180, 1, 3, 3, 8, 1, 1, 4, 2}, 12, 0, HS_DEC_TCP,
     1460, 8, 0},
    {"mss_only", {2, 4, 0x21, 0x48}, 4, 0, HS_DEC_TCP, 8520, -1, 0},
    {"wscale_only", {3, 3, 14}, 3, 0, HS_DEC_TCP, 0, 14, 0},
    {"wscale_0", {3, 3, 0}, 3, 0, HS_DEC_TCP, 0, 0, 0},
    {"wscale_15_clamped_14", {3, 3, 15}, 3, 0, HS_DEC_TCP, 0, 14, 0},
    {"wscale_255_clamped_14", {3, 3, 255}, 3, 0, HS_DEC_TCP, 0, 14, 0},
    {"ts_then_mss", {TS_OPT, 2, 4, 5, 180}, 14, 0, HS_DEC_TCP, 1460, -1, 0},
    {"sack_block_then_ws", {1, 1, 5, 10, 0, 0, 0, 1, 0, 0, 0, 2, 3, 3, 2}, 15, 0, HS_DEC_TCP, 0,
     2, 0},
    {"unknown_kind_then_mss", {254, 4, 0xaa, 0xbb, 2, 4, 5, 180}, 8, 0, HS_DEC_TCP, 1460, -1, 0},
    {"nop_run_then_mss", {1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 2, 24}, 12, 0, HS_DEC_TCP, 536, -1, 0},
    {"max_40_bytes",
     {2, 4, 5, 180, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 5},
     40, 0, HS_DEC_TCP, 1460, 5, 0},
    /* EOL ends the list: what follows is ignored */
    {"eol_stops", {0, 2, 4, 5, 180}, 5, 0, HS_DEC_TCP, 0, -1, 0},
    /* wrong lengths: skipped or stop, never read past the header */
    {"mss_len3_skipped", {2, 3, 5, 3, 3, 7}, 6, 0, HS_DEC_TCP, 0, 7, 0},
    {"mss_len5_skipped", {2, 5, 5, 180, 0, 3, 3, 7}, 8, 0, HS_DEC_TCP, 0, 7, 0},
    {"ws_len4_skipped", {3, 4, 7, 7, 2, 4, 5, 180}, 8, 0, HS_DEC_TCP, 1460, -1, 0},
    {"len0_stops", {2, 0, 3, 3, 7}, 5, 0, HS_DEC_TCP, 0, -1, 0},
    {"len1_stops", {2, 1, 3, 3, 7}, 5, 0, HS_DEC_TCP, 0, -1, 0},
    {"len_past_header_end", {1, 1, 3, 9}, 4, 0, HS_DEC_TCP, 0, -1, 0},
    {"len255_past_header_end", {2, 255, 5, 180}, 4, 0, HS_DEC_TCP, 0, -1, 0},
    {"kind_in_last_byte", {1, 1, 1, 2}, 4, 0, HS_DEC_TCP, 0, -1, 0},
    {"mss_value_past_header_end", {1, 1, 2, 4}, 4, 0, HS_DEC_TCP, 0, -1, 0},
    {"ws_value_past_header_end", {1, 1, 3, 3}, 4, 0, HS_DEC_TCP, 0, -1, 0},
    /* data offset disagrees with the option bytes */
    {"doff5_options_are_payload", {2, 4, 5, 180}, 4, 5, HS_DEC_TCP, 0, -1, 4},
    {"doff4_malformed", {2, 4, 5, 180}, 4, 4, HS_DEC_MALFORMED, 0, 0, 0},
    {"doff15_beyond_segment", {2, 4, 5, 180}, 4, 15, HS_DEC_MALFORMED, 0, 0, 0},
};

static size_t build_syn(struct pb *b, const uint8_t *opts, size_t optlen, uint8_t doff)
{
    pb_init(b);
    pb_eth(b, PB_ETH_IPV4);
    ip4(b, false, PB_IPPROTO_TCP);
    pb_tcp(b, &(struct pb_tcp){.sport = STD_SPORT,
                               .dport = STD_DPORT,
                               .seq = STD_SEQ,
                               .flags = PB_TCP_SYN,
                               .win = 64240,
                               .opts = opts,
                               .optlen = optlen,
                               .doff = doff});
    return pb_finish(b);
}

static void run_opt_case(void **state)
{
    const struct optcase *c = *state;
    struct pb b;
    size_t len = build_syn(&b, c->opts, c->optlen, c->doff);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    enum hs_dec_kind k = dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p);
    assert_kind(k, c->kind);
    uint8_t pay[64];
    if (k == HS_DEC_TCP) {
        assert_int_equal(p.mss, c->mss);
        assert_int_equal(p.wscale, c->wscale);
        assert_int_equal(p.flags, HS_TCP_SYN);
        assert_int_equal(p.sport, STD_SPORT);
        assert_int_equal(p.seq, STD_SEQ);
        assert_int_equal(p.win, 64240);
        assert_int_equal(p.paylen, c->paylen);
        assert_int_equal(p.missing, 0);
        memcpy(pay, p.payload, p.paylen);
    }
    assert_one_packet_stats(d, k, 0, 0);
    hs_dec_free(d);
    sweep(HS_LINK_ETHERNET, b.buf, len, len, true, k, &p, pay);
}

/* All 8 flag bits on the wire: the decoder keeps the six HS_TCP_* ones. */
static void test_tcp_flags_masked(void **state)
{
    (void)state;
    struct pb b;
    pb_init(&b);
    pb_eth(&b, PB_ETH_IPV4);
    ip4(&b, false, PB_IPPROTO_TCP);
    pb_tcp(&b, &(struct pb_tcp){.sport = 1, .dport = 2, .flags = 0xff});
    size_t len = pb_finish(&b);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_TCP);
    assert_int_equal(p.flags, HS_TCP_FIN | HS_TCP_SYN | HS_TCP_RST | HS_TCP_PSH | HS_TCP_ACK |
                                  HS_TCP_URG);
    assert_int_equal(p.paylen, 0);
    hs_dec_free(d);
}

/*
 * MSS and window scale mean something only on a SYN (RFC 9293 3.7.1, RFC
 * 7323 2.2): a SYN-ACK's are reported, an ACK's or a FIN's are not parsed
 * (0 / -1), and the payload after them is the same either way.
 */
static void test_tcp_options_syn_only(void **state)
{
    (void)state;
    static const uint8_t opts[] = {2, 4, 5, 180, 1, 3, 3, 7, TS_OPT, 1, 1};
    static const struct {
        uint8_t flags;
        uint16_t mss;
        int8_t wscale;
    } cases[] = {
        {PB_TCP_SYN | PB_TCP_ACK, 1460, 7},
        {PB_TCP_ACK, 0, -1},
        {PB_TCP_ACK | PB_TCP_PSH, 0, -1},
        {PB_TCP_FIN | PB_TCP_ACK, 0, -1},
        {PB_TCP_RST, 0, -1},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        struct pb b;
        pb_init(&b);
        pb_eth(&b, PB_ETH_IPV4);
        ip4(&b, false, PB_IPPROTO_TCP);
        pb_tcp(&b, &(struct pb_tcp){.sport = STD_SPORT,
                                    .dport = STD_DPORT,
                                    .seq = STD_SEQ,
                                    .ack = STD_ACK,
                                    .flags = cases[i].flags,
                                    .win = STD_WIN,
                                    .opts = opts,
                                    .optlen = sizeof opts});
        pb_bytes(&b, STD_PAY, STD_PAYLEN);
        size_t len = pb_finish(&b);
        struct hs_dec *d = new_dec(&LIM);
        struct hs_pkt p;
        assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_TCP);
        assert_int_equal(p.flags, cases[i].flags);
        assert_int_equal(p.mss, cases[i].mss);
        assert_int_equal(p.wscale, cases[i].wscale);
        assert_int_equal(p.win, STD_WIN);
        assert_int_equal(p.paylen, STD_PAYLEN);
        assert_memory_equal(p.payload, STD_PAY, STD_PAYLEN);
        hs_dec_free(d);
    }
}

/* ===== 5. encapsulation limit ============================================= */

/* n nested IP-in-IP layers with limits.max_encap = m: TCP iff n <= m. */
static void test_encap_limit_table(void **state)
{
    (void)state;
    static const uint32_t limits[] = {1, 2, 3, 5};
    for (size_t i = 0; i < ARRAY_LEN(limits); i++) {
        struct hs_dec_limits lim = LIM;
        lim.max_encap = limits[i];
        for (uint32_t n = 0; n <= limits[i] + 1; n++) {
            struct pb b;
            pb_init(&b);
            b_ipip_n(&b, n);
            size_t len = pb_finish(&b);
            struct hs_dec *d = new_dec(&lim);
            struct hs_pkt p;
            enum hs_dec_kind k = dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p);
            if (n <= limits[i]) {
                assert_kind(k, HS_DEC_TCP);
                assert_std_tcp(&p, 4, (uint8_t)n, STD_PAYLEN, 0);
                assert_one_packet_stats(d, k, (uint8_t)n, 0);
            } else {
                assert_kind(k, HS_DEC_TOO_DEEP);
                assert_one_packet_stats(d, k, 0, 0);
            }
            hs_dec_free(d);
        }
    }
}

/* ===== 6. defragmentation ================================================= */

/* The fragmented tests carry a 20-byte TCP header + 60-byte payload = 80 bytes. */
static const char FRAG_PAY[] =
    "POST /fr HTTP/1.1\r\nHost: frag.example\r\nContent-Length: 0\r\n\r\n";
_Static_assert(sizeof FRAG_PAY - 1 == 60, "FRAG_PAY is 60 bytes");
#define SEG_LEN 80

/* The transport bytes (TCP header + FRAG_PAY) from sport, in seg[SEG_LEN]. */
static void make_seg(uint8_t *seg, uint16_t sport)
{
    struct pb b;
    pb_init(&b);
    pb_tcp(&b, &(struct pb_tcp){.sport = sport,
                                .dport = STD_DPORT,
                                .seq = STD_SEQ,
                                .ack = STD_ACK,
                                .flags = STD_FLAGS,
                                .win = STD_WIN});
    pb_bytes(&b, FRAG_PAY, sizeof FRAG_PAY - 1);
    assert_int_equal(pb_finish(&b), SEG_LEN);
    memcpy(seg, b.buf, SEG_LEN);
}

/* Ethernet + IPv4 fragment carrying data[0..n) at byte offset off of datagram id. */
static size_t frag4(struct pb *b, uint8_t proto, uint16_t id, size_t off, const uint8_t *data,
                    size_t n, bool mf)
{
    struct pb_ip4 h = {.proto = proto, .id = id, .frag_off = (uint16_t)off, .mf = mf};
    memcpy(h.src, IN4_SRC, 4);
    memcpy(h.dst, IN4_DST, 4);
    pb_init(b);
    pb_eth(b, PB_ETH_IPV4);
    pb_ipv4(b, &h);
    pb_bytes(b, data, n);
    return pb_finish(b);
}

/* Ethernet + IPv6 [+ destination options] + fragment header + data[0..n). */
static size_t frag6(struct pb *b, uint32_t id, size_t off, const uint8_t *data, size_t n, bool mf,
                    bool dstopts_first)
{
    pb_init(b);
    pb_eth(b, PB_ETH_IPV6);
    if (dstopts_first) {
        ip6(b, false, PB_IPPROTO_DSTOPTS);
        pb_ip6_ext(b, PB_IPPROTO_FRAGMENT, 0);
    } else {
        ip6(b, false, PB_IPPROTO_FRAGMENT);
    }
    pb_ip6_frag(b, PB_IPPROTO_TCP, (uint16_t)off, mf, id);
    pb_bytes(b, data, n);
    return pb_finish(b);
}

/* A fragment of the test datagram: seg[off, off + n), the last one when off + n == SEG_LEN. */
struct piece {
    uint16_t off, n;
};

/* The three in-order pieces of the test datagram. */
static const struct piece THIRDS[3] = {{0, 32}, {32, 32}, {64, 16}};

/* Send data[0..n) at offset off as an IPv4 (af 4) or IPv6 (af 6) TCP fragment of datagram id. */
static enum hs_dec_kind send_frag(struct hs_dec *d, uint8_t af, uint64_t ts, uint32_t id,
                                  size_t off, const uint8_t *data, size_t n, bool mf,
                                  struct hs_pkt *out)
{
    struct pb b;
    size_t len = af == 4 ? frag4(&b, PB_IPPROTO_TCP, (uint16_t)id, off, data, n, mf)
                         : frag6(&b, id, off, data, n, mf, false);
    return dec(d, HS_LINK_ETHERNET, ts, b.buf, len, len, out);
}

/* Send seg[pc] as a fragment of datagram id (the last one when it ends at SEG_LEN). */
static enum hs_dec_kind send_piece(struct hs_dec *d, uint8_t af, uint64_t ts, uint32_t id,
                                   const uint8_t *seg, struct piece pc, struct hs_pkt *out)
{
    return send_frag(d, af, ts, id, pc.off, seg + pc.off, pc.n, pc.off + pc.n < SEG_LEN, out);
}

/* The reassembled test datagram, sent from sport. */
static void assert_reassembled(const struct hs_pkt *p, uint8_t af, uint16_t sport)
{
    assert_int_equal(p->af, af);
    assert_true(p->defragmented);
    assert_int_equal(p->tunnels, 0);
    assert_memory_equal(p->src, af == 4 ? IN4_SRC : IN6_SRC, 16);
    assert_memory_equal(p->dst, af == 4 ? IN4_DST : IN6_DST, 16);
    assert_int_equal(p->sport, sport);
    assert_int_equal(p->dport, STD_DPORT);
    assert_int_equal(p->seq, STD_SEQ);
    assert_int_equal(p->ack, STD_ACK);
    assert_int_equal(p->flags, STD_FLAGS);
    assert_int_equal(p->win, STD_WIN);
    assert_int_equal(p->paylen, 60);
    assert_int_equal(p->missing, 0);
    assert_memory_equal(p->payload, FRAG_PAY, 60);
}

/* Every order of the three pieces: only the last one sent completes the datagram. */
static void frag_all_orders(uint8_t af)
{
    static const uint8_t perms[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2},
                                        {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    for (size_t i = 0; i < ARRAY_LEN(perms); i++) {
        struct hs_dec *d = new_dec(&LIM);
        struct hs_pkt p;
        for (size_t j = 0; j < 3; j++) {
            enum hs_dec_kind k = send_piece(d, af, TS0 + j, 7, seg, THIRDS[perms[i][j]], &p);
            if (j < 2) {
                assert_kind(k, HS_DEC_FRAGMENT);
                assert_true(hs_dec_mem(d) > 0);
            } else {
                assert_kind(k, HS_DEC_TCP);
            }
        }
        assert_reassembled(&p, af, STD_SPORT);
        const struct hs_dec_stats *st = hs_dec_stats(d);
        assert_int_equal(st->packets, 3);
        assert_int_equal(st->skipped[HS_DEC_FRAGMENT], 2);
        assert_int_equal(st->skipped[HS_DEC_TCP], 1);
        assert_int_equal(st->frag_datagrams, 1);
        assert_int_equal(st->frag_overlaps, 0);
        assert_int_equal(st->frag_overlap_conflicts, 0);
        assert_int_equal(st->frag_limit_hits, 0);
        assert_int_equal(st->tunneled, 0);
        hs_dec_free(d);
    }
}

static void test_frag4_in_and_out_of_order(void **state)
{
    (void)state;
    frag_all_orders(4);
}

static void test_frag6_in_and_out_of_order(void **state)
{
    (void)state;
    frag_all_orders(6);
}

/* IPv6 fragment header after a destination options header. */
static void test_frag6_after_dstopts(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    for (size_t j = 0; j < 3; j++) {
        struct pb b;
        struct piece pc = THIRDS[2 - j];
        size_t len = frag6(&b, 99, pc.off, seg + pc.off, pc.n, j != 0, true);
        enum hs_dec_kind k = dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p);
        assert_kind(k, j < 2 ? HS_DEC_FRAGMENT : HS_DEC_TCP);
    }
    assert_reassembled(&p, 6, STD_SPORT);
    hs_dec_free(d);
}

/*
 * RFC 8200 4.1 puts destination options after the fragment header too (the
 * fragmentable part). decode_ip.c used to hand the fragment header's next
 * header straight to the transport decoder, so TCP behind them was reported
 * as OTHER_PROTO, both in an atomic fragment and after reassembly.
 */
static void test_frag6_dstopts_after_fragment_header(void **state)
{
    (void)state;
    struct pb b;
    pb_init(&b);
    pb_eth(&b, PB_ETH_IPV6);
    ip6(&b, false, PB_IPPROTO_FRAGMENT);
    pb_ip6_frag(&b, PB_IPPROTO_DSTOPTS, 0, false, 5); /* atomic */
    pb_ip6_ext(&b, PB_IPPROTO_TCP, 0);
    tcp_std(&b);
    size_t len = pb_finish(&b);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_TCP);
    assert_std_tcp(&p, 6, 0, STD_PAYLEN, 0);
    hs_dec_free(d);
}

/*
 * RFC 8200 4.5: fragments of one packet are identified by source,
 * destination and Fragment Identification; "the Next Header values in the
 * Fragment headers of different fragments of the same original packet may
 * differ. Only the value from the Offset zero fragment packet is used for
 * reassembly." find_or_add() in decode_frag.c used to key IPv6 on proto
 * too, so a non-first fragment whose header says, e.g., 59 started a
 * separate datagram and the packet never completed (it timed out).
 */
static void test_frag6_next_header_differs(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    assert_kind(send_piece(d, 6, TS0, 8, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 6, TS0, 8, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
    pb_init(&b);
    pb_eth(&b, PB_ETH_IPV6);
    ip6(&b, false, PB_IPPROTO_FRAGMENT);
    pb_ip6_frag(&b, PB_IPPROTO_NONE, 64, false, 8); /* not the offset-zero fragment */
    pb_bytes(&b, seg + 64, 16);
    size_t len = pb_finish(&b);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_TCP);
    assert_reassembled(&p, 6, STD_SPORT);
    hs_dec_free(d);
}

/* A duplicated first fragment counts as an overlap without conflict. */
static void test_frag4_duplicate(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    uint64_t mem = hs_dec_mem(d);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_int_equal(hs_dec_mem(d), mem); /* nothing new stored */
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[2], &p), HS_DEC_TCP);
    assert_reassembled(&p, 4, STD_SPORT);
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_overlaps, 1);
    assert_int_equal(st->frag_overlap_conflicts, 0);
    assert_int_equal(st->frag_datagrams, 1);
    hs_dec_free(d);
}

/*
 * [0,32) then [16,48) then [48,80). With alter, the second fragment carries
 * different bytes at [24,32) (inside the overlap); first copy wins. With
 * reverse, [16,48) arrives first, so its (altered) bytes win.
 */
static void frag_overlap(uint8_t af, bool alter, bool reverse)
{
    uint8_t seg[SEG_LEN], other[SEG_LEN];
    make_seg(seg, STD_SPORT);
    memcpy(other, seg, SEG_LEN);
    if (alter)
        memset(other + 24, 'X', 8);
    const uint8_t *second = alter ? other : seg;

    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    if (reverse) {
        assert_kind(send_frag(d, af, TS0, 3, 16, second + 16, 32, true, &p), HS_DEC_FRAGMENT);
        assert_kind(send_piece(d, af, TS0, 3, seg, (struct piece){0, 32}, &p), HS_DEC_FRAGMENT);
    } else {
        assert_kind(send_piece(d, af, TS0, 3, seg, (struct piece){0, 32}, &p), HS_DEC_FRAGMENT);
        assert_kind(send_frag(d, af, TS0, 3, 16, second + 16, 32, true, &p), HS_DEC_FRAGMENT);
    }
    assert_kind(send_piece(d, af, TS0, 3, seg, (struct piece){48, 32}, &p), HS_DEC_TCP);

    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_overlaps, 1);
    assert_int_equal(st->frag_overlap_conflicts, alter ? 1 : 0);
    assert_int_equal(st->frag_datagrams, 1);
    if (alter && reverse) {
        /* the later-offset fragment came first: its bytes [24,32) = payload [4,12) kept */
        assert_int_equal(p.paylen, 60);
        assert_memory_equal(p.payload, FRAG_PAY, 4);
        assert_memory_equal(p.payload + 4, "XXXXXXXX", 8);
        assert_memory_equal(p.payload + 12, FRAG_PAY + 12, 48);
    } else {
        assert_reassembled(&p, af, STD_SPORT);
    }
    hs_dec_free(d);
}

static void test_frag4_overlap_same_data(void **state)
{
    (void)state;
    frag_overlap(4, false, false);
}

static void test_frag4_overlap_different_data(void **state)
{
    (void)state;
    frag_overlap(4, true, false);
}

static void test_frag4_overlap_different_data_first_arrival_wins(void **state)
{
    (void)state;
    frag_overlap(4, true, true);
}

static void test_frag6_overlap_different_data(void **state)
{
    (void)state;
    frag_overlap(6, true, false);
    frag_overlap(6, true, true);
}

/*
 * One fragment [8,40) overlapping two held ones, [0,16) and [32,48), and
 * filling the hole between them. frag_overlaps is documented as the number
 * of overlapping fragments, but insert() in decode_frag.c counts once per
 * held piece it overlaps, so this gives 2.
 */
static void test_frag4_overlap_spanning_two(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    assert_kind(send_piece(d, 4, TS0, 4, seg, (struct piece){0, 16}, &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 4, seg, (struct piece){32, 16}, &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 4, seg, (struct piece){8, 32}, &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 4, seg, (struct piece){48, 32}, &p), HS_DEC_TCP);
    assert_reassembled(&p, 4, STD_SPORT);
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_overlap_conflicts, 0);
    assert_int_equal(st->frag_overlaps, 1);
    hs_dec_free(d);
}

/* Two last fragments that end in different places: the first end is kept. */
static void test_frag4_conflicting_last(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    assert_kind(send_piece(d, 4, TS0, 5, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 5, seg, THIRDS[2], &p), HS_DEC_FRAGMENT); /* ends at 80 */
    size_t len = frag4(&b, PB_IPPROTO_TCP, 5, 32, seg + 32, 16, false);      /* ends at 48 */
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_FRAGMENT);
    assert_int_equal(hs_dec_stats(d)->frag_overlap_conflicts, 1);
    assert_kind(send_piece(d, 4, TS0, 5, seg, THIRDS[1], &p), HS_DEC_TCP);
    assert_reassembled(&p, 4, STD_SPORT);
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_overlaps, 1); /* [32,48) sent twice */
    assert_int_equal(st->frag_overlap_conflicts, 1);
    hs_dec_free(d);
}

/* Interleaved datagrams with different ids reassemble separately. */
static void test_frag4_interleaved_ids(void **state)
{
    (void)state;
    uint8_t sa[SEG_LEN], sb[SEG_LEN];
    make_seg(sa, 1111);
    make_seg(sb, 2222);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    for (size_t j = 0; j < 2; j++) {
        assert_kind(send_piece(d, 4, TS0, 10, sa, THIRDS[j], &p), HS_DEC_FRAGMENT);
        assert_kind(send_piece(d, 4, TS0, 11, sb, THIRDS[j], &p), HS_DEC_FRAGMENT);
    }
    assert_kind(send_piece(d, 4, TS0, 11, sb, THIRDS[2], &p), HS_DEC_TCP);
    assert_reassembled(&p, 4, 2222);
    assert_kind(send_piece(d, 4, TS0, 10, sa, THIRDS[2], &p), HS_DEC_TCP);
    assert_reassembled(&p, 4, 1111);
    assert_int_equal(hs_dec_stats(d)->frag_datagrams, 2);
    hs_dec_free(d);
}

/*
 * The fragment key hash is seeded (hs_dec_limits.hash_seed): whatever the
 * seed, including 0, 16 interleaved datagrams per family each reassemble
 * into their own segment, completed in the reverse order they started.
 */
static void test_frag_hash_seeds(void **state)
{
    (void)state;
    static const uint64_t seeds[] = {0, 1, 0x9e3779b97f4a7c15ull, UINT64_MAX};
    static const uint8_t afs[] = {4, 6};
    for (size_t si = 0; si < ARRAY_LEN(seeds); si++) {
        for (size_t ai = 0; ai < ARRAY_LEN(afs); ai++) {
            struct hs_dec_limits lim = LIM;
            lim.hash_seed = seeds[si];
            struct hs_dec *d = new_dec(&lim);
            struct hs_pkt p;
            uint8_t seg[16][SEG_LEN];
            for (uint32_t i = 0; i < 16; i++) {
                make_seg(seg[i], (uint16_t)(1000 + i));
                for (size_t j = 0; j < 2; j++)
                    assert_kind(send_piece(d, afs[ai], TS0, 100 + i, seg[i], THIRDS[j], &p),
                                HS_DEC_FRAGMENT);
            }
            for (uint32_t i = 16; i-- > 0;) {
                assert_kind(send_piece(d, afs[ai], TS0, 100 + i, seg[i], THIRDS[2], &p),
                            HS_DEC_TCP);
                assert_reassembled(&p, afs[ai], (uint16_t)(1000 + i));
            }
            const struct hs_dec_stats *st = hs_dec_stats(d);
            assert_int_equal(st->frag_datagrams, 16);
            assert_int_equal(st->frag_limit_hits, 0);
            assert_int_equal(st->frag_overlaps, 0);
            hs_dec_free(d);
        }
    }
}

/* Fragments of a UDP datagram reassemble, then count as UDP. */
static void test_frag4_udp(void **state)
{
    (void)state;
    struct pb u;
    pb_init(&u);
    pb_udp(&u, 5353, 53);
    pb_bytes(&u, FRAG_PAY, 40);
    size_t ulen = pb_finish(&u); /* 48 */
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    size_t len = frag4(&b, PB_IPPROTO_UDP, 9, 0, u.buf, 24, true);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_FRAGMENT);
    len = frag4(&b, PB_IPPROTO_UDP, 9, 24, u.buf + 24, ulen - 24, false);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_UDP);
    assert_int_equal(hs_dec_stats(d)->frag_datagrams, 1);
    assert_int_equal(hs_dec_stats(d)->skipped[HS_DEC_UDP], 1);
    hs_dec_free(d);
}

/*
 * Pieces 1 and 3 arrive, 2 never does. A packet exactly frag_timeout_us
 * later keeps the datagram; one microsecond more expires it. Piece 2 then
 * starts a new datagram instead of completing the old one.
 */
static void test_frag4_missing_middle_timeout(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    pb_init(&b);
    b_eth(&b, 4);
    size_t len = pb_finish(&b);

    assert_kind(send_piece(d, 4, TS0, 20, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0 + 5, 20, seg, THIRDS[2], &p), HS_DEC_FRAGMENT);
    assert_true(hs_dec_mem(d) > 0);

    uint64_t t = TS0 + LIM.frag_timeout_us;
    assert_kind(dec(d, HS_LINK_ETHERNET, t, b.buf, len, len, &p), HS_DEC_TCP);
    assert_int_equal(hs_dec_stats(d)->frag_timeouts, 0);
    assert_true(hs_dec_mem(d) > 0);

    assert_kind(dec(d, HS_LINK_ETHERNET, t + 1, b.buf, len, len, &p), HS_DEC_TCP);
    assert_std_tcp(&p, 4, 0, STD_PAYLEN, 0);
    assert_int_equal(hs_dec_stats(d)->frag_timeouts, 1);
    assert_int_equal(hs_dec_mem(d), 0);

    assert_kind(send_piece(d, 4, t + 2, 20, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_datagrams, 0);
    assert_int_equal(st->frag_timeouts, 1);
    assert_int_equal(st->frag_limit_hits, 0);
    assert_int_equal(st->skipped[HS_DEC_FRAGMENT], 3);
    hs_dec_free(d); /* frees the datagram still held */
}

/* IPv6: the same timeout path. */
static void test_frag6_timeout(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    assert_kind(send_piece(d, 6, TS0, 20, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 6, TS0 + LIM.frag_timeout_us + 1, 21, seg, THIRDS[0], &p),
                HS_DEC_FRAGMENT);
    assert_int_equal(hs_dec_stats(d)->frag_timeouts, 1);
    hs_dec_free(d);
}

/* frag_max_datagrams 2: a third datagram evicts the oldest; the others still complete. */
static void test_frag4_max_datagrams(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec_limits lim = LIM;
    lim.frag_max_datagrams = 2;
    struct hs_dec *d = new_dec(&lim);
    struct hs_pkt p;
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT); /* A */
    assert_kind(send_piece(d, 4, TS0, 2, seg, THIRDS[0], &p), HS_DEC_FRAGMENT); /* B */
    assert_int_equal(hs_dec_stats(d)->frag_limit_hits, 0);
    assert_kind(send_piece(d, 4, TS0, 3, seg, THIRDS[0], &p), HS_DEC_FRAGMENT); /* C evicts A */
    assert_int_equal(hs_dec_stats(d)->frag_limit_hits, 1);
    for (uint32_t id = 2; id <= 3; id++) {
        assert_kind(send_piece(d, 4, TS0, id, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
        assert_kind(send_piece(d, 4, TS0, id, seg, THIRDS[2], &p), HS_DEC_TCP);
        assert_reassembled(&p, 4, STD_SPORT);
    }
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[2], &p), HS_DEC_FRAGMENT); /* A lost */
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_datagrams, 2);
    assert_int_equal(st->frag_limit_hits, 1);
    hs_dec_free(d);
}

/* frag_max_datagrams 0: nothing can be held. */
static void test_frag4_max_datagrams_zero(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec_limits lim = LIM;
    lim.frag_max_datagrams = 0;
    struct hs_dec *d = new_dec(&lim);
    struct hs_pkt p;
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAG_DROPPED);
    assert_int_equal(hs_dec_stats(d)->frag_limit_hits, 1);
    assert_int_equal(hs_dec_mem(d), 0);
    hs_dec_free(d);
}

/* frag_max_frags 2: a third fragment drops the datagram; a duplicate does not count. */
static void test_frag4_max_frags(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec_limits lim = LIM;
    lim.frag_max_frags = 2;
    struct hs_dec *d = new_dec(&lim);
    struct hs_pkt p;
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[1], &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[2], &p), HS_DEC_FRAG_DROPPED);
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_limit_hits, 1);
    assert_int_equal(st->frag_datagrams, 0);
    assert_int_equal(st->skipped[HS_DEC_FRAG_DROPPED], 1);
    assert_int_equal(hs_dec_mem(d), 0);
    hs_dec_free(d);

    /* three fragments fit in 3 */
    lim.frag_max_frags = 3;
    d = new_dec(&lim);
    for (size_t j = 0; j < 3; j++)
        assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[j], &p),
                    j < 2 ? HS_DEC_FRAGMENT : HS_DEC_TCP);
    assert_int_equal(hs_dec_stats(d)->frag_limit_hits, 0);
    hs_dec_free(d);
}

/*
 * frag_max_bytes: measure what the first fragment costs (hs_dec_mem), then
 * allow exactly that: the first fits, the second is dropped with the whole
 * datagram. One byte less and even the first is dropped.
 */
static void test_frag4_max_bytes(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_pkt p;
    struct hs_dec *d = new_dec(&LIM);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    uint64_t one = hs_dec_mem(d);
    assert_true(one >= 32);
    hs_dec_free(d);

    struct hs_dec_limits lim = LIM;
    lim.frag_max_bytes = one;
    d = new_dec(&lim);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    assert_int_equal(hs_dec_mem(d), one);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[1], &p), HS_DEC_FRAG_DROPPED);
    assert_int_equal(hs_dec_stats(d)->frag_limit_hits, 1);
    assert_int_equal(hs_dec_mem(d), 0);
    hs_dec_free(d);

    lim.frag_max_bytes = one - 1;
    d = new_dec(&lim);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAG_DROPPED);
    assert_int_equal(hs_dec_stats(d)->frag_limit_hits, 1);
    assert_int_equal(hs_dec_mem(d), 0);
    hs_dec_free(d);
}

/* Offset + length past 65535 is impossible; exactly 65535 is fine. */
static void test_frag_too_big(void **state)
{
    (void)state;
    uint8_t data[16];
    memset(data, 'z', sizeof data);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    size_t len = frag4(&b, PB_IPPROTO_TCP, 1, 65528, data, 8, false);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_MALFORMED);
    len = frag4(&b, PB_IPPROTO_TCP, 1, 65520, data, 15, false);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_FRAGMENT);
    len = frag6(&b, 1, 65528, data, 8, false, false);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_MALFORMED);
    len = frag6(&b, 1, 65520, data, 15, false, false);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_FRAGMENT);
    assert_int_equal(hs_dec_stats(d)->skipped[HS_DEC_MALFORMED], 2);
    hs_dec_free(d);
}

/* A non-final fragment must carry a multiple of 8 bytes. */
static void test_frag_mf_not_multiple_of_8(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    size_t len = frag4(&b, PB_IPPROTO_TCP, 1, 0, seg, 20, true);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_MALFORMED);
    len = frag6(&b, 1, 0, seg, 20, true, false);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_MALFORMED);
    assert_int_equal(hs_dec_mem(d), 0);
    hs_dec_free(d);
}

/* A fragment cut by the snapshot length: the datagram completes but is dropped. */
static void test_frag4_truncated_dropped(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[0], &p), HS_DEC_FRAGMENT);
    size_t len = frag4(&b, PB_IPPROTO_TCP, 1, 32, seg + 32, 32, true);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len - 4, len, &p), HS_DEC_FRAGMENT);
    assert_kind(send_piece(d, 4, TS0, 1, seg, THIRDS[2], &p), HS_DEC_FRAGMENT);
    /* the hole left by the cut piece is [60,64): fill it, completing a truncated datagram */
    len = frag4(&b, PB_IPPROTO_TCP, 1, 56, seg + 56, 8, true);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_FRAG_DROPPED);
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->frag_datagrams, 0);
    assert_int_equal(st->skipped[HS_DEC_FRAG_DROPPED], 1);
    assert_int_equal(hs_dec_mem(d), 0);
    hs_dec_free(d);
}

/* Every fragment frame, at every prefix length: no over-read, no crash, no leak. */
static void test_frag_prefix_sweeps(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct pb b;
    for (size_t j = 0; j < 3; j++) {
        bool mf = j < 2;
        size_t len =
            frag4(&b, PB_IPPROTO_TCP, 1, THIRDS[j].off, seg + THIRDS[j].off, THIRDS[j].n, mf);
        sweep(HS_LINK_ETHERNET, b.buf, len, len, false, HS_DEC_FRAGMENT, NULL, NULL);
        len = frag6(&b, 1, THIRDS[j].off, seg + THIRDS[j].off, THIRDS[j].n, mf, j == 1);
        sweep(HS_LINK_ETHERNET, b.buf, len, len, false, HS_DEC_FRAGMENT, NULL, NULL);
    }
    size_t len = frag4(&b, PB_IPPROTO_TCP, 1, 65528, seg, 16, false);
    sweep(HS_LINK_ETHERNET, b.buf, len, len, false, HS_DEC_MALFORMED, NULL, NULL);
}

/*
 * Fail each allocation of the defragmenter in turn (hs_mem_fail_at): every
 * run degrades to FRAG_DROPPED / FRAGMENT without leaking, and the same
 * decoder reassembles the next datagram once memory is back.
 */
static void test_frag_alloc_failures(void **state)
{
    (void)state;
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    bool succeeded = false;
    for (unsigned long n = 1; n < 64 && !succeeded; n++) {
        struct hs_dec *d = new_dec(&LIM);
        struct hs_pkt p;
        enum hs_dec_kind k = HS_DEC_FRAGMENT;
        hs_mem_fail_at(n);
        for (size_t j = 0; j < 3; j++) {
            k = send_piece(d, 4, TS0, 1, seg, THIRDS[j], &p);
            assert_true(k == HS_DEC_FRAGMENT || k == HS_DEC_FRAG_DROPPED || k == HS_DEC_TCP);
        }
        hs_mem_fail_at(0);
        if (k == HS_DEC_TCP && hs_dec_stats(d)->skipped[HS_DEC_FRAG_DROPPED] == 0) {
            succeeded = true;
            assert_reassembled(&p, 4, STD_SPORT);
        } else {
            for (size_t j = 0; j < 3; j++)
                k = send_piece(d, 4, TS0, 2, seg, THIRDS[j], &p);
            assert_kind(k, HS_DEC_TCP);
            assert_reassembled(&p, 4, STD_SPORT);
        }
        hs_dec_free(d);
    }
    assert_true(succeeded);
}

/* ===== 7. miscellaneous =================================================== */

/* Every kind has a name, all distinct; out-of-range values still get a string. */
static void test_kind_names(void **state)
{
    (void)state;
    for (int i = 0; i < HS_DEC_NKINDS; i++) {
        const char *a = hs_dec_kind_name((enum hs_dec_kind)i);
        assert_non_null(a);
        assert_true(a[0] != '\0');
        for (int j = 0; j < i; j++)
            assert_string_not_equal(a, hs_dec_kind_name((enum hs_dec_kind)j));
    }
    assert_non_null(hs_dec_kind_name(HS_DEC_NKINDS));
    assert_non_null(hs_dec_kind_name((enum hs_dec_kind)-1));
}

static void test_new_nomem(void **state)
{
    (void)state;
    hs_mem_fail_at(1);
    assert_null(hs_dec_new(&LIM));
    hs_mem_fail_at(0);
    hs_dec_free(NULL);
}

/* wirelen smaller than caplen is treated as caplen: nothing is missing. */
static void test_wirelen_below_caplen(void **state)
{
    (void)state;
    struct pb b;
    pb_init(&b);
    b_eth(&b, 4);
    size_t len = pb_finish(&b);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, 20, &p), HS_DEC_TCP);
    assert_std_tcp(&p, 4, 0, STD_PAYLEN, 0);
    assert_int_equal(hs_dec_stats(d)->truncated_payload, 0);
    hs_dec_free(d);
}

/*
 * Fields of struct hs_pkt do not leak from one packet into the next: a
 * tunneled SYN with MSS/WS, a reassembled segment, then a plain segment
 * decoded into the same (not re-poisoned) struct.
 */
static void test_fields_reset_between_packets(void **state)
{
    (void)state;
    static const uint8_t opts[] = {2, 4, 5, 180, 3, 3, 7};
    uint8_t seg[SEG_LEN];
    make_seg(seg, STD_SPORT);
    struct hs_dec *d = new_dec(&LIM);
    struct hs_pkt p;
    struct pb b;
    pb_init(&b);
    pb_eth(&b, PB_ETH_IPV4);
    ip4(&b, true, PB_IPPROTO_IPIP);
    ip4(&b, false, PB_IPPROTO_TCP);
    pb_tcp(&b, &(struct pb_tcp){.sport = 1, .dport = 2, .flags = PB_TCP_SYN, .opts = opts,
                                .optlen = sizeof opts});
    size_t len = pb_finish(&b);
    assert_kind(dec(d, HS_LINK_ETHERNET, TS0, b.buf, len, len, &p), HS_DEC_TCP);
    assert_int_equal(p.tunnels, 1);
    assert_int_equal(p.mss, 1460);
    assert_int_equal(p.wscale, 7);

    for (size_t j = 0; j < 3; j++) {
        struct pb f;
        size_t flen = frag4(&f, PB_IPPROTO_TCP, 1, THIRDS[j].off, seg + THIRDS[j].off,
                            THIRDS[j].n, j < 2);
        assert_int_equal(hs_dec_packet(d, HS_LINK_ETHERNET, TS0, f.buf, (uint32_t)flen,
                                       (uint32_t)flen, &p),
                         j < 2 ? HS_DEC_FRAGMENT : HS_DEC_TCP);
    }
    assert_reassembled(&p, 4, STD_SPORT);
    assert_int_equal(p.mss, 0);
    assert_int_equal(p.wscale, -1);

    pb_init(&b);
    b_eth(&b, 6);
    len = pb_finish(&b);
    assert_int_equal(hs_dec_packet(d, HS_LINK_ETHERNET, TS0 + 1, b.buf, (uint32_t)len,
                                   (uint32_t)len, &p),
                     HS_DEC_TCP);
    assert_std_tcp(&p, 6, 0, STD_PAYLEN, 0);
    assert_int_equal(p.ts_us, TS0 + 1);
    hs_dec_free(d);
}

/* All frame-table rows through one decoder: the counters add up per kind. */
static void test_stats_accumulate(void **state)
{
    (void)state;
    uint64_t want[HS_DEC_NKINDS] = {0};
    uint64_t tunneled = 0, truncated = 0;
    struct hs_dec *d = new_dec(&LIM);
    for (size_t i = 0; i < ARRAY_LEN(fcases); i++) {
        const struct fcase *c = &fcases[i];
        struct pb b;
        build_row(c, &b);
        size_t wire = b.len, cap = c->snap && c->snap < wire ? c->snap : wire;
        struct hs_pkt p;
        assert_kind(dec(d, c->link, TS0 + i, b.buf, cap, wire, &p), c->kind);
        want[c->kind]++;
        if (c->kind == HS_DEC_TCP) {
            tunneled += c->tunnels > 0;
            truncated += cap < wire;
        }
    }
    const struct hs_dec_stats *st = hs_dec_stats(d);
    assert_int_equal(st->packets, ARRAY_LEN(fcases));
    uint64_t sum = 0;
    for (int k = 0; k < HS_DEC_NKINDS; k++) {
        assert_int_equal(st->skipped[k], want[k]);
        sum += st->skipped[k];
    }
    assert_int_equal(sum, st->packets);
    assert_int_equal(st->tunneled, tunneled);
    assert_int_equal(st->truncated_payload, truncated);
    assert_int_equal(st->frag_datagrams, 0);
    hs_dec_free(d);
}

/* ===== main =============================================================== */

int main(void)
{
    if (guard_init() != 0) {
        print_error("cannot map the guard page\n");
        return 1;
    }

    static struct CMUnitTest frame_tests[ARRAY_LEN(fcases)];
    for (size_t i = 0; i < ARRAY_LEN(fcases); i++)
        frame_tests[i] = (struct CMUnitTest){fcases[i].name, run_frame_case, NULL, NULL,
                                             &fcases[i]};

    static struct CMUnitTest opt_tests[ARRAY_LEN(optcases)];
    for (size_t i = 0; i < ARRAY_LEN(optcases); i++)
        opt_tests[i] = (struct CMUnitTest){optcases[i].name, run_opt_case, NULL, NULL,
                                           &optcases[i]};

    static const struct CMUnitTest tcp_tests[] = {
        cmocka_unit_test(test_tcp_flags_masked),
        cmocka_unit_test(test_tcp_options_syn_only),
        cmocka_unit_test(test_encap_limit_table),
    };

    static const struct CMUnitTest frag_tests[] = {
        cmocka_unit_test(test_frag4_in_and_out_of_order),
        cmocka_unit_test(test_frag6_in_and_out_of_order),
        cmocka_unit_test(test_frag6_after_dstopts),
        cmocka_unit_test(test_frag6_dstopts_after_fragment_header),
        cmocka_unit_test(test_frag6_next_header_differs),
        cmocka_unit_test(test_frag4_duplicate),
        cmocka_unit_test(test_frag4_overlap_same_data),
        cmocka_unit_test(test_frag4_overlap_different_data),
        cmocka_unit_test(test_frag4_overlap_different_data_first_arrival_wins),
        cmocka_unit_test(test_frag6_overlap_different_data),
        cmocka_unit_test(test_frag4_overlap_spanning_two),
        cmocka_unit_test(test_frag4_conflicting_last),
        cmocka_unit_test(test_frag4_interleaved_ids),
        cmocka_unit_test(test_frag_hash_seeds),
        cmocka_unit_test(test_frag4_udp),
        cmocka_unit_test(test_frag4_missing_middle_timeout),
        cmocka_unit_test(test_frag6_timeout),
        cmocka_unit_test(test_frag4_max_datagrams),
        cmocka_unit_test(test_frag4_max_datagrams_zero),
        cmocka_unit_test(test_frag4_max_frags),
        cmocka_unit_test(test_frag4_max_bytes),
        cmocka_unit_test(test_frag_too_big),
        cmocka_unit_test(test_frag_mf_not_multiple_of_8),
        cmocka_unit_test(test_frag4_truncated_dropped),
        cmocka_unit_test(test_frag_prefix_sweeps),
        cmocka_unit_test(test_frag_alloc_failures),
    };

    static const struct CMUnitTest misc_tests[] = {
        cmocka_unit_test(test_kind_names),
        cmocka_unit_test(test_new_nomem),
        cmocka_unit_test(test_wirelen_below_caplen),
        cmocka_unit_test(test_fields_reset_between_packets),
        cmocka_unit_test(test_stats_accumulate),
    };

    int failed = 0;
    failed += _cmocka_run_group_tests("decode_frames", frame_tests, ARRAY_LEN(frame_tests), NULL,
                                      NULL);
    failed += _cmocka_run_group_tests("decode_tcp_options", opt_tests, ARRAY_LEN(opt_tests), NULL,
                                      NULL);
    failed += cmocka_run_group_tests_name("decode_tcp", tcp_tests, NULL, NULL);
    failed += cmocka_run_group_tests_name("decode_frag", frag_tests, NULL, NULL);
    failed += cmocka_run_group_tests_name("decode_misc", misc_tests, NULL, NULL);
    guard_fini();
    return failed;
}
