/* fuzz_decode.c: libFuzzer harness for decode/ (links, IP, tunnels, defragmenter) and flow/ (TCP, reassembly). */
/*
 * Input encoding (tests/fuzz/mkcorpus.sh extracts frames from pcaps/):
 *
 *   byte 0   link type: value % 9 is an enum hs_link (0 = unknown, 1 = Ethernet,
 *            2 = SLL, 3 = SLL2, 4 = RAW, 5 = IPv4, 6 = IPv6, 7 = NULL, 8 = LOOP)
 *   byte 1   bits 0-1 caplen/wirelen: 0 equal, 1 wirelen = caplen + 1000 (cut by
 *            a snapshot length), 2 wirelen = caplen + 70000, 3 wirelen = caplen / 2
 *            (a bogus record, wirelen < caplen);
 *            bits 2-3 how much the data callback consumes: 0 all, 1 nothing
 *            (exercises the pending-bytes limit), 2 half, 3 through the last LF;
 *            bit 4 tight limits (defragmenter, flow table, reassembly);
 *            bit 5 install the raw callback; bit 6 install the drop callback
 *            (without it, dropped bytes are reported as a gap)
 *   frames   [length, 2 bytes big-endian][time step T][length bytes]; the packet
 *            time advances by T*T milliseconds. A frame whose length runs past
 *            the end of the input takes the rest of it.
 *
 * Every frame is copied to its own heap block of exactly caplen bytes, so ASan
 * sees any read past the captured bytes. One decoder and one flow table per
 * input (fresh state), several frames per input (fragments, reassembly).
 *
 * Oracles besides ASan/UBSan: the flow callback contract of src/flow/flow.h.
 * open precedes everything; nothing follows a direction's eos or the close;
 * close comes after both eos; data offers the bytes left unconsumed last time
 * followed by the newly released bytes (with the raw callback: exactly the
 * bytes raw reported since, in order); a gap or a drop discards the bytes left
 * (a drop of exactly that many); eos hands over exactly the bytes left
 * unconsumed; after hs_flow_table_finish() every opened connection is closed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "fuzz_check.h"
#include "flow/flow.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static volatile uint64_t keep;

struct bytes {
    uint8_t *p;
    size_t len, cap;
};

static void bytes_add(struct bytes *b, const uint8_t *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t c = b->cap ? b->cap : 256;
        while (c < b->len + n)
            c *= 2;
        b->p = realloc(b->p, c);
        if (!b->p)
            abort();
        b->cap = c;
    }
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
}

/* What the harness remembers of one connection (hs_flow_info.user). */
struct conn {
    uint64_t id;
    bool eos[2];
    struct bytes left[2]; /* offered last time and not consumed */
    struct bytes raw[2];  /* reported by raw since the last data call */
};

struct ctx {
    int consume; /* policy, see above */
    bool raw;
    uint64_t opens, closes, last_id;
    uint64_t sink; /* every offered byte is read into this */
};

static _Noreturn void violation(const char *what, const struct hs_flow_info *f, int dir)
{
    fprintf(stderr, "fuzz_decode: flow callback contract: %s (conn %llu, dir %d)\n", what,
            f ? (unsigned long long)f->id : 0ull, dir);
    __builtin_trap();
}

static struct conn *conn_of(struct hs_flow_info *f, int dir, const char *cbname)
{
    struct conn *c = f->user;
    if (!c)
        violation(cbname, f, dir); /* before open or after close */
    if (dir != HS_DIR_C2S && dir != HS_DIR_S2C)
        violation("bad direction", f, dir);
    if (c->eos[dir])
        violation("callback after the direction's eos", f, dir);
    return c;
}

static void cb_open(void *ud, struct hs_flow_info *f)
{
    struct ctx *x = ud;
    if (f->user)
        violation("open of a connection that has state", f, -1);
    if (f->id <= x->last_id)
        violation("connection ids not increasing", f, -1);
    x->last_id = f->id;
    struct conn *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    c->id = f->id;
    f->user = c;
    x->opens++;
}

static void cb_raw(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len)
{
    (void)ud;
    struct conn *c = conn_of(f, dir, "raw without state");
    bytes_add(&c->raw[dir], p, len);
}

static size_t cb_data(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                      uint64_t ts)
{
    struct ctx *x = ud;
    struct conn *c = conn_of(f, dir, "data without state");
    (void)ts;
    struct bytes *l = &c->left[dir], *r = &c->raw[dir];
    if (len < l->len || (l->len && memcmp(p, l->p, l->len) != 0))
        violation("data does not start with the bytes left unconsumed", f, dir);
    if (x->raw) {
        if (len != l->len + r->len || (r->len && memcmp(p + l->len, r->p, r->len) != 0))
            violation("data offers other bytes than raw released", f, dir);
        r->len = 0;
    }
    for (size_t i = 0; i < len; i++)
        x->sink += p[i];
    size_t used;
    switch (x->consume) {
    case 0: used = len; break;
    case 1: used = 0; break;
    case 2: used = len / 2; break;
    default: {
        used = 0;
        for (size_t i = len; i > 0; i--)
            if (p[i - 1] == '\n') {
                used = i;
                break;
            }
    }
    }
    l->len = 0;
    bytes_add(l, p + used, len - used);
    return used;
}

static void cb_gap(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts)
{
    (void)ud, (void)ts;
    struct conn *c = conn_of(f, dir, "gap without state");
    if (len == 0)
        violation("empty gap", f, dir);
    c->left[dir].len = 0; /* "bytes offered but not consumed before the gap are discarded" */
}

/* Unconsumed bytes over the pending limit were discarded: exactly the ones left last time. */
static void cb_drop(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts)
{
    (void)ud, (void)ts;
    struct conn *c = conn_of(f, dir, "drop without state");
    if (len == 0 || len != c->left[dir].len)
        violation("drop length is not the number of bytes left unconsumed", f, dir);
    c->left[dir].len = 0;
}

static void cb_eos(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                   uint64_t ts)
{
    struct ctx *x = ud;
    (void)ts;
    struct conn *c = conn_of(f, dir, "eos without state");
    struct bytes *l = &c->left[dir];
    if (len != l->len || (len && memcmp(p, l->p, len) != 0))
        violation("eos does not hand over the bytes left unconsumed", f, dir);
    if (x->raw && c->raw[dir].len)
        violation("raw bytes never offered to data before eos", f, dir);
    for (size_t i = 0; i < len; i++)
        x->sink += p[i];
    c->eos[dir] = true;
    l->len = 0;
}

static void cb_close(void *ud, struct hs_flow_info *f)
{
    struct ctx *x = ud;
    struct conn *c = f->user;
    if (!c)
        violation("close without state", f, -1);
    if (!c->eos[0] || !c->eos[1])
        violation("close before both eos", f, -1);
    for (int d = 0; d < 2; d++) {
        free(c->left[d].p);
        free(c->raw[d].p);
    }
    free(c);
    f->user = NULL;
    x->closes++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    enum hs_link link = (enum hs_link)(data[0] % 9);
    uint8_t mode = data[1];
    struct ctx x;
    memset(&x, 0, sizeof x);
    x.consume = (mode >> 2) & 3;
    x.raw = (mode & 32) != 0;

    struct hs_dec_limits dl;
    struct hs_flow_limits fl;
    if (mode & 16) {
        dl = (struct hs_dec_limits){.frag_max_datagrams = 2, .frag_max_frags = 3,
                                    .frag_max_bytes = 3000, .frag_timeout_us = 1000000,
                                    .max_encap = 1};
        fl = (struct hs_flow_limits){.max_flows = 2, .idle_timeout_us = 2000000,
                                     .closed_linger_us = 1000000, .ooo_max_bytes = 600,
                                     .ooo_max_segs = 8,
                                     .pending_max_bytes = 256, .memcap = 4096,
                                     .hash_seed = 0x1234};
    } else {
        /* httpsift's defaults (src/app/options.c), with fewer flows. */
        dl = (struct hs_dec_limits){.frag_max_datagrams = 4096, .frag_max_frags = 64,
                                    .frag_max_bytes = 16u << 20, .frag_timeout_us = 30000000,
                                    .max_encap = 8};
        fl = (struct hs_flow_limits){.max_flows = 1024, .idle_timeout_us = 300000000,
                                     .closed_linger_us = 10000000, .ooo_max_bytes = 1u << 20,
                                     .ooo_max_segs = 1024, .pending_max_bytes = 1u << 20,
                                     .memcap = 512ull << 20, .hash_seed = 0x9e3779b97f4a7c15ull};
    }
    struct hs_flow_cb cb = {.ud = &x, .open = cb_open, .data = cb_data, .gap = cb_gap,
                            .eos = cb_eos, .close = cb_close, .raw = x.raw ? cb_raw : NULL,
                            .drop = (mode & 64) ? cb_drop : NULL};
    struct hs_dec *dec = hs_dec_new(&dl);
    struct hs_flow_table *ft = hs_flow_table_new(&fl, &cb);
    if (!dec || !ft)
        abort();

    uint64_t ts = 1700000000000000ull;
    size_t i = 2;
    while (i < size) {
        size_t len = (size_t)data[i] << 8;
        if (i + 1 < size)
            len |= data[i + 1];
        uint8_t step = i + 2 < size ? data[i + 2] : 0;
        i += 3;
        if (i > size)
            i = size;
        if (len > size - i)
            len = size - i;
        ts += (uint64_t)step * step * 1000;
        uint32_t caplen = (uint32_t)len, wirelen = caplen;
        switch (mode & 3) {
        case 1: wirelen = caplen + 1000; break;
        case 2: wirelen = caplen + 70000; break;
        case 3: wirelen = caplen / 2; break;
        default: break;
        }
        uint8_t *frame = malloc(len ? len : 1);
        if (!frame)
            abort();
        memcpy(frame, data + i, len);
        i += len;
        struct hs_pkt pkt;
        enum hs_dec_kind k = hs_dec_packet(dec, link, ts, frame, caplen, wirelen, &pkt);
        if ((unsigned)k >= HS_DEC_NKINDS)
            __builtin_trap();
        if (k == HS_DEC_TCP) {
            if (pkt.af != 4 && pkt.af != 6)
                __builtin_trap();
            /* Touch the payload span: it must lie inside the frame or the defragmenter. */
            for (uint32_t b = 0; b < pkt.paylen; b++)
                x.sink += pkt.payload[b];
            hs_flow_table_packet(ft, &pkt);
        }
        free(frame);
    }
    hs_flow_table_finish(ft);
    if (x.opens != x.closes) {
        fprintf(stderr, "fuzz_decode: %llu connections opened, %llu closed after finish\n",
                (unsigned long long)x.opens, (unsigned long long)x.closes);
        __builtin_trap();
    }
    const struct hs_flow_stats *st = hs_flow_table_stats(ft);
    if (st->active != 0)
        __builtin_trap();
    hs_flow_table_free(ft);
    hs_dec_free(dec);
    keep = x.sink; /* the byte reads must not be optimised away */
    return 0;
}
