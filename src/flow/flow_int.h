/* flow_int.h: connection and per-direction state shared by the flow/ files only. */
#ifndef HS_FLOW_FLOW_INT_H
#define HS_FLOW_FLOW_INT_H

#include "flow.h"

/* An out-of-order segment held until the bytes before it arrive. */
struct hs_seg {
    struct hs_seg *next; /* owned: next segment by sequence number */
    uint32_t seq, len;
    bool lost;           /* bytes known to exist but not captured (snaplen) */
    uint8_t data[];      /* len bytes unless lost */
};

struct hs_tcpdir {
    bool seq_known;      /* next_seq is meaningful */
    bool syn;            /* SYN seen from this side */
    bool fin_seen;       /* FIN seen (fin_seq valid) */
    bool fin_done;       /* FIN reached in sequence order */
    bool ended;          /* eos delivered */
    bool ack_known;      /* max_ack is meaningful */
    uint32_t isn;
    uint32_t next_seq;   /* next byte expected in order */
    uint32_t fin_seq;    /* sequence number of the FIN */
    uint32_t max_ack;    /* highest ACK this side sent: what it got of the other side */
    uint64_t stream_off; /* stream position of next_seq: bytes delivered plus gaps */
    struct hs_seg *ooo;  /* owned, sorted, non-overlapping */
    struct hs_seg *ooo_tail; /* borrowed: the last segment (appending is O(1)) */
    uint64_t ooo_bytes;  /* payload bytes held (headers count against the memcap only) */
    uint32_t ooo_segs;   /* segments held (against ooo_max_segs) */
    uint8_t *pend;       /* owned: bytes offered to the consumer and not consumed */
    size_t pend_len, pend_cap;
};

struct hs_flow {
    struct hs_flow_info info; /* first member: callbacks get &flow->info */
    struct hs_tcpdir d[2];
    uint64_t hash;
    uint64_t closed_ts;       /* packet time it closed (lingering tuple) */
    bool closed;
    bool synack;              /* server's SYN-ACK seen */
    bool ack3;                /* client ACK after the SYN-ACK seen */
    bool refused;             /* server answered the SYN with RST */
    struct hs_flow *prev, *next; /* borrowed: LRU list (open or closed list) */
};

/* A hash table slot: the flow's hash beside it, so probing rarely touches other flows. */
struct hs_slot {
    uint64_t hash;
    struct hs_flow *flow; /* NULL = empty */
};

struct hs_flow_list {
    struct hs_flow *head, *tail; /* head = most recently active */
};

struct hs_flow_table {
    struct hs_flow_limits lim;
    struct hs_flow_cb cb;
    struct hs_flow_stats st;
    struct hs_slot *slots;      /* owned array; the flows are owned too */
    size_t nslots;              /* power of two; grows with count up to max_slots */
    size_t max_slots;           /* the size that holds max_flows at half load */
    size_t count;               /* flows in slots (open and lingering) */
    struct hs_flow_list open, closed;
    uint64_t now;               /* latest packet time seen */
    uint64_t next_id;
};

/* reasm.c: in-order delivery of one direction's bytes; a known FIN that this makes in order
 * is processed too (the caller drains only for a FIN without bytes). */
void hs_reasm_segment(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t seq,
                      const uint8_t *p, uint32_t paylen, uint32_t missing, uint64_t ts);
/* Release buffered segments that are now in order; process an in-order FIN. */
void hs_reasm_drain(struct hs_flow_table *t, struct hs_flow *f, int dir, uint64_t ts);
/* Declare the bytes before `seq` missing and release what follows them. */
void hs_reasm_gap_to(struct hs_flow_table *t, struct hs_flow *f, int dir, uint32_t seq,
                     uint64_t ts);
/* End of a direction: everything buffered is released, holes become gaps, eos is called. */
void hs_reasm_finish(struct hs_flow_table *t, struct hs_flow *f, int dir, uint64_t ts);
/* Free a direction's buffers without delivering them. */
void hs_reasm_free(struct hs_flow_table *t, struct hs_flow *f, int dir);

/* Signed distance a - b in sequence space (RFC 9293 3.4 modular arithmetic). */
static inline int32_t hs_seq_diff(uint32_t a, uint32_t b)
{
    return (int32_t)(a - b);
}

#endif
