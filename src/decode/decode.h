/* decode.h: link, IP and TCP header decoding into struct hs_pkt, with IP defragmentation. */
#ifndef HS_DECODE_DECODE_H
#define HS_DECODE_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/hs_rc.h"

/* Link-layer types the decoder understands (the capture layer maps DLT values to these). */
enum hs_link {
    HS_LINK_UNKNOWN = 0,
    HS_LINK_ETHERNET, /* DLT_EN10MB, with 802.1Q / 802.1ad tags */
    HS_LINK_SLL,      /* DLT_LINUX_SLL */
    HS_LINK_SLL2,     /* DLT_LINUX_SLL2 */
    HS_LINK_RAW,      /* DLT_RAW: IPv4 or IPv6 by version nibble */
    HS_LINK_IPV4,     /* LINKTYPE_IPV4 */
    HS_LINK_IPV6,     /* LINKTYPE_IPV6 */
    HS_LINK_NULL,     /* DLT_NULL: 4-byte host-order address family */
    HS_LINK_LOOP      /* DLT_LOOP: 4-byte network-order address family */
};

/* TCP flag bits as on the wire. */
#define HS_TCP_FIN 0x01
#define HS_TCP_SYN 0x02
#define HS_TCP_RST 0x04
#define HS_TCP_PSH 0x08
#define HS_TCP_ACK 0x10
#define HS_TCP_URG 0x20

/* A decoded TCP segment. Spans point into the capture buffer or the defragmenter. */
struct hs_pkt {
    uint64_t ts_us;        /* packet time, microseconds since the epoch */
    uint8_t af;            /* 4 or 6: the innermost IP version */
    uint8_t tunnels;       /* encapsulation layers removed (GRE, VXLAN, IP-in-IP, ...) */
    uint8_t flags;         /* HS_TCP_* */
    bool defragmented;     /* the segment came from reassembled IP fragments */
    uint8_t src[16];       /* IPv4 uses the first 4 bytes, rest zero */
    uint8_t dst[16];
    uint16_t sport, dport;
    uint32_t seq, ack;
    uint16_t win;
    uint16_t mss;          /* 0 if absent; options are read on SYN segments only */
    int8_t wscale;         /* -1 if absent or not a SYN */
    const uint8_t *payload; /* borrowed; valid until the next hs_dec_packet() call */
    uint32_t paylen;       /* payload bytes present in the capture */
    uint32_t missing;      /* payload bytes cut off by the snapshot length */
};

/* Why a packet did not yield a TCP segment; counted in hs_dec_stats.skipped. */
enum hs_dec_kind {
    HS_DEC_TCP = 0,        /* a TCP segment: not a skip */
    HS_DEC_NOT_IP,         /* ARP, LLDP, other ethertypes */
    HS_DEC_UDP,
    HS_DEC_ICMP,
    HS_DEC_ICMP6,
    HS_DEC_OTHER_PROTO,    /* other IP protocols (ESP, SCTP, ...) */
    HS_DEC_UNKNOWN_LINK,   /* datalink not supported */
    HS_DEC_TRUNCATED,      /* headers cut off by the snapshot length */
    HS_DEC_MALFORMED,      /* impossible header values (bad lengths, data offset < 5) */
    HS_DEC_FRAGMENT,       /* an IP fragment held for reassembly */
    HS_DEC_FRAG_DROPPED,   /* fragments given up (limit, timeout, truncated) */
    HS_DEC_TOO_DEEP,       /* encapsulation nested deeper than the limit */
    HS_DEC_NKINDS
};

/* Name of a kind for summaries ("udp", "not-ip", ...). */
const char *hs_dec_kind_name(enum hs_dec_kind k);

struct hs_dec_stats {
    uint64_t packets;                   /* packets given to hs_dec_packet */
    uint64_t skipped[HS_DEC_NKINDS];    /* [HS_DEC_TCP] counts TCP segments */
    uint64_t truncated_payload;         /* TCP segments whose payload was cut by snaplen */
    uint64_t tunneled;                  /* TCP segments found inside an encapsulation */
    uint64_t frag_datagrams;            /* datagrams reassembled from fragments */
    uint64_t frag_overlaps;             /* overlapping fragments (first copy kept) */
    uint64_t frag_overlap_conflicts;    /* ...whose bytes differed */
    uint64_t frag_timeouts;             /* incomplete datagrams expired */
    uint64_t frag_limit_hits;           /* datagrams dropped by a defragmenter limit */
};

/* Defragmenter limits (from struct hs_config). */
struct hs_dec_limits {
    uint32_t frag_max_datagrams; /* incomplete datagrams held at once */
    uint32_t frag_max_frags;     /* fragments per datagram */
    uint64_t frag_max_bytes;     /* bytes held by all incomplete datagrams */
    uint64_t frag_timeout_us;    /* packet-time age after which a datagram is dropped */
    uint32_t max_encap;          /* encapsulation layers */
    uint64_t hash_seed;          /* seed of the fragment key hash; any value works */
};

struct hs_dec;

/* Create a decoder. Returns NULL when out of memory. */
struct hs_dec *hs_dec_new(const struct hs_dec_limits *lim);
void hs_dec_free(struct hs_dec *d);

/*
 * Decode one captured frame. caplen bytes are present of a frame that was
 * wirelen long. On HS_DEC_TCP, *out holds the segment (its spans are valid
 * until the next call); any other value is the reason it was skipped.
 * Never reads past data + caplen.
 */
enum hs_dec_kind hs_dec_packet(struct hs_dec *d, enum hs_link link, uint64_t ts_us,
                               const uint8_t *data, uint32_t caplen, uint32_t wirelen,
                               struct hs_pkt *out);

const struct hs_dec_stats *hs_dec_stats(const struct hs_dec *d);
/* Bytes currently held by the defragmenter. */
uint64_t hs_dec_mem(const struct hs_dec *d);

#endif
