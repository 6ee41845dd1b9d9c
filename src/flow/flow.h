/* flow.h: TCP connection table, per-direction TCP tracking and stream reassembly. */
#ifndef HS_FLOW_FLOW_H
#define HS_FLOW_FLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../decode/decode.h"

/* Direction of a byte stream: client to server, or server to client. */
#define HS_DIR_C2S 0
#define HS_DIR_S2C 1

/* How the connection was opened, as far as the capture shows. */
enum hs_handshake {
    HS_HS_COMPLETE = 0, /* SYN, SYN-ACK and ACK seen */
    HS_HS_INCOMPLETE,   /* SYN and SYN-ACK seen, the final ACK never was */
    HS_HS_MIDSTREAM,    /* no SYN seen: picked up after it started */
    HS_HS_SYN_ONLY,     /* SYN(s) with no answer */
    HS_HS_REFUSED       /* SYN answered by RST */
};

/* How the connection ended. */
enum hs_flow_end {
    HS_END_OPEN = 0, /* still open */
    HS_END_FIN,      /* FIN from both sides */
    HS_END_RST,      /* RST from either side */
    HS_END_TIMEOUT,  /* idle for longer than the timeout (packet time) */
    HS_END_EVICTED,  /* removed to make room under the flow limit */
    HS_END_REUSED,   /* a new SYN on the same 4-tuple replaced it */
    HS_END_EOC       /* still open at the end of the capture */
};

const char *hs_handshake_name(enum hs_handshake h);
const char *hs_flow_end_name(enum hs_flow_end e);

struct hs_flow_dir_stats {
    uint64_t packets;       /* packets sent in this direction */
    uint64_t bytes;         /* TCP payload bytes sent, retransmissions included */
    uint64_t delivered;     /* bytes delivered in order to the consumer */
    uint64_t retransmits;   /* segments whose bytes had all been seen before */
    uint64_t out_of_order;  /* segments that arrived ahead of a hole */
    uint64_t overlaps;      /* segments that partly covered bytes already held */
    uint64_t conflicts;     /* ...with bytes that differed from the first copy */
    uint64_t gaps;          /* holes delivered to the consumer */
    uint64_t gap_bytes;     /* bytes in those holes */
    bool fin, rst;          /* this side sent FIN / RST */
};

/* What the consumer sees of a connection. Fields are read-only except `user`. */
struct hs_flow_info {
    uint64_t id;                 /* connection id: 1, 2, ... in order of creation */
    uint8_t af;                  /* 4 or 6 */
    uint8_t addr[2][16];         /* [HS_DIR_C2S] = client, [HS_DIR_S2C] = server */
    uint16_t port[2];
    bool roles_inferred;         /* client/server guessed from ports (no SYN seen) */
    enum hs_handshake handshake; /* final at close */
    enum hs_flow_end end;
    uint64_t first_ts, last_ts;  /* packet times, microseconds */
    uint8_t max_tunnels;         /* deepest encapsulation its packets came in */
    struct hs_flow_dir_stats dir[2];
    void *user;                  /* consumer's per-connection state */
};

/*
 * Consumer callbacks. All are optional except data. Spans are borrowed for
 * the duration of the call only.
 * - open: a connection was created.
 * - data: contiguous in-order bytes of direction dir. Returns how many were
 *   consumed; the rest are kept and offered again ahead of the next bytes.
 * - gap: len bytes of direction dir are missing (lost or not captured).
 *   Bytes offered but not consumed before the gap are discarded.
 * - eos: direction dir ended (FIN, RST, timeout or end of capture); p/len are
 *   the last unconsumed bytes, discarded after the call.
 * - close: the connection ended (info->end says how); after both eos calls.
 * - raw: every in-order byte exactly once, when it is released, before data
 *   offers it (for writing streams to files); gaps are not included.
 * - drop: len bytes offered but not consumed were discarded because the
 *   consumer kept more than pending_max_bytes (they are in the stream, unlike a
 *   gap). Falls back to gap when NULL.
 */
struct hs_flow_cb {
    void *ud;
    void (*open)(void *ud, struct hs_flow_info *f);
    size_t (*data)(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                   uint64_t ts_us);
    void (*gap)(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts_us);
    void (*eos)(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                uint64_t ts_us);
    void (*close)(void *ud, struct hs_flow_info *f);
    void (*raw)(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len);
    void (*drop)(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts);
};

/* Limits (from struct hs_config). */
struct hs_flow_limits {
    uint32_t max_flows;          /* connections tracked at once; LRU eviction beyond */
    uint64_t idle_timeout_us;    /* an open connection idle this long ends (packet time) */
    uint64_t closed_linger_us;   /* a closed connection's tuple is remembered this long */
    uint64_t ooo_max_bytes;      /* out-of-order bytes buffered per direction */
    uint32_t ooo_max_segs;       /* out-of-order segments buffered per direction (bounds the
                                    sorted-list walk; 0 buffers none) */
    uint64_t pending_max_bytes;  /* unconsumed bytes kept per direction */
    uint64_t memcap;             /* all reassembly buffers together */
    uint64_t hash_seed;          /* seed of the tuple hash */
};

struct hs_flow_stats {
    uint64_t created;          /* connections created */
    uint64_t active;           /* open now */
    uint64_t peak_active;
    uint64_t closed_fin, closed_rst, timed_out, reused, evicted;
    uint64_t late_packets;     /* packets for a connection that had already closed */
    uint64_t ooo_limit_hits;   /* per-direction out-of-order limit forced a gap */
    uint64_t ooo_seg_limit_hits; /* per-direction out-of-order segment count forced a gap */
    uint64_t pending_limit_hits; /* unconsumed bytes over the limit were dropped */
    uint64_t memcap_hits;      /* the global reassembly memcap forced a gap */
    uint64_t mem, peak_mem;    /* reassembly bytes held now / at most */
};

struct hs_flow_table;

/* Create a table. cb is copied. Returns NULL when out of memory. */
struct hs_flow_table *hs_flow_table_new(const struct hs_flow_limits *lim,
                                        const struct hs_flow_cb *cb);
/* Frees the table without calling any callback (use hs_flow_table_finish first). */
void hs_flow_table_free(struct hs_flow_table *t);

/* Process one TCP segment. Callbacks run from inside this call. */
void hs_flow_table_packet(struct hs_flow_table *t, const struct hs_pkt *pkt);

/* Advance packet time without a packet (e.g. live capture idle): expires idle connections. */
void hs_flow_table_tick(struct hs_flow_table *t, uint64_t now_us);

/* End of input: flush and close every open connection (HS_END_EOC) in creation order. */
void hs_flow_table_finish(struct hs_flow_table *t);

const struct hs_flow_stats *hs_flow_table_stats(const struct hs_flow_table *t);

/*
 * How far into direction dir's stream the other side has acknowledged, as a
 * stream position (bytes delivered plus gaps since the stream's first byte),
 * or UINT64_MAX when unknown. f must be a connection of a flow table (it is
 * passed to every callback).
 */
uint64_t hs_flow_acked(const struct hs_flow_info *f, int dir);

#endif
