/* txn.h: request/response pairing on a connection and the transaction record. */
#ifndef HS_TXN_TXN_H
#define HS_TXN_TXN_H

#include <stdbool.h>
#include <stdint.h>

#include "../flow/flow.h"
#include "../http/h1.h"
#include "../util/hs_arena.h"
#include "../util/hs_span.h"

#define HS_TXN_MAX_INTERIM 8

/* A header field copied into the transaction's arena. */
struct hs_txn_field {
    struct hs_span name, value; /* arena */
    uint8_t fid;                /* enum hs_fid of the name, as the parser classified it */
};

/* One side of an exchange. */
struct hs_txn_msg {
    bool seen;                   /* the message's first line was seen */
    bool complete;               /* it ended as framed */
    uint8_t major, minor;
    uint64_t ts_first, ts_end;   /* packet times, microseconds (0 = not seen) */
    struct hs_txn_field *fields; /* arena */
    uint32_t nfields;
    uint64_t header_bytes;
    uint64_t body_len;           /* payload bytes (framing removed; gaps included) */
    uint64_t body_wire;          /* body bytes on the wire */
    uint64_t gap_bytes;
    uint32_t trailers;
    enum hs_h1_body framing;
    uint64_t anomalies;          /* 1 << enum hs_h1_anomaly */
    enum hs_h1_coding coding;    /* from Content-Encoding */
    enum hs_h1_decode decoded;   /* --decode-bodies result */
    uint64_t decoded_len;
};

struct hs_txn {
    uint64_t conn_id;
    uint32_t depth;              /* 1-based index on the connection */
    uint8_t af;
    uint8_t client_addr[16], server_addr[16];
    uint16_t client_port, server_port;
    struct hs_span method, target, host, reason, content_type; /* arena */
    uint16_t status;             /* 0 = no response */
    uint16_t interim[HS_TXN_MAX_INTERIM];
    uint8_t n_interim;
    uint64_t interim_ts;         /* first interim response's time */
    struct hs_txn_msg req, resp;
    bool tunnel;                 /* the connection became a tunnel after this exchange */
    struct hs_txn *next;         /* borrowed: pending FIFO link */
    uint64_t mem_counted;        /* arena bytes charged to the manager's budget */
    uint64_t req_acked;          /* server stream position the client had acknowledged when
                                    it sent the request (UINT64_MAX unknown): pairing after loss */
    bool fields_dropped;         /* header fields not kept: --max-txn-memory was reached */
    struct hs_arena arena;       /* owns every span above */
};

/* A transaction is complete when both messages were seen and ended as framed. */
static inline bool hs_txn_complete(const struct hs_txn *t)
{
    return t->req.seen && t->resp.seen && t->req.complete && t->resp.complete;
}

/* Stray bytes: not part of any message (after a bodiless response, while resynchronising). */
struct hs_txn_stray {
    uint64_t conn_id;
    uint64_t ts;
    int dir;                /* HS_DIR_C2S or HS_DIR_S2C */
    uint32_t after_depth;   /* the last transaction started before them (0 = none) */
    uint64_t bytes;
    /* The last response that ended on the connection before the bytes (server side). */
    bool prev_known;
    uint16_t prev_status;
    bool prev_head;         /* it answered a HEAD request */
};

struct hs_txn_limits {
    struct hs_h1_limits h1;
    uint32_t max_pending;       /* requests waiting for a response, per connection */
    uint64_t max_mem;           /* bytes held by unfinished transactions, all connections */
    bool decode_bodies;         /* --decode-bodies */
    uint64_t decode_max_bytes;  /* decoded bytes per body */
    uint32_t decode_max_ratio;  /* decoded bytes per coded byte */
};

struct hs_txn_cb {
    void *ud;
    /* A finished transaction (borrowed for the call). */
    void (*txn)(void *ud, const struct hs_txn *t);
    void (*stray)(void *ud, const struct hs_txn_stray *s);
};

struct hs_txn_stats {
    uint64_t transactions, complete;
    uint64_t orphan_responses;   /* no request seen */
    uint64_t unanswered;         /* request without a response */
    uint64_t lost_responses;     /* of those: the capture lost the response (acknowledgements) */
    uint64_t pending_limit_hits; /* --max-pending-requests */
    uint64_t mem_limit_hits;     /* --max-txn-memory: unanswered reported early or fields not kept */
    uint64_t line_limit_hits;    /* messages with a line over --max-line */
    uint64_t fields_limit_hits;  /* messages with more fields than --max-fields */
    uint64_t header_limit_hits;  /* header blocks over --max-header-bytes */
    uint64_t decode_limit_hits;  /* bodies stopped at --decode-max-bytes */
    uint64_t decode_ratio_hits;  /* bodies stopped at --decode-max-ratio */
    uint64_t mem, peak_mem;      /* bytes held by unfinished transactions */
    uint64_t http_conns, other_conns;
    uint64_t stray_bytes, tunnel_bytes, other_bytes;
    uint64_t nomem;
};

struct hs_txn_mgr;
struct hs_txn_conn;

struct hs_txn_mgr *hs_txn_mgr_new(const struct hs_txn_limits *lim, const struct hs_txn_cb *cb);
void hs_txn_mgr_free(struct hs_txn_mgr *m);
const struct hs_txn_stats *hs_txn_mgr_stats(const struct hs_txn_mgr *m);

/*
 * State for one connection; f is read for its id and addresses (copied) and
 * whether its start was seen (roles_inferred = picked up mid-stream).
 * NULL when out of memory.
 */
struct hs_txn_conn *hs_txn_conn_new(struct hs_txn_mgr *m, const struct hs_flow_info *f);
/* In-order bytes of direction dir; returns how many were consumed (hs_flow_cb.data). */
size_t hs_txn_conn_data(struct hs_txn_conn *c, int dir, const uint8_t *p, size_t len,
                        uint64_t ts);
void hs_txn_conn_gap(struct hs_txn_conn *c, int dir, uint64_t len, uint64_t ts);
/*
 * The sender of direction dir has acknowledged the other direction up to
 * stream position acked (hs_flow_acked). Given before data, it lets pairing
 * notice responses or requests that the capture lost.
 */
void hs_txn_conn_ack(struct hs_txn_conn *c, int dir, uint64_t acked);
void hs_txn_conn_eos(struct hs_txn_conn *c, int dir, const uint8_t *p, size_t len, uint64_t ts);
/* The connection is over: unfinished transactions are reported, then c is freed. */
void hs_txn_conn_close(struct hs_txn_conn *c, uint64_t ts);
/* True once both directions were found not to be HTTP. */
bool hs_txn_conn_not_http(const struct hs_txn_conn *c);

#endif
