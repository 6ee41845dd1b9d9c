/* fuzz_pcap.c: libFuzzer harness for the whole pipeline on a capture file (pcap, pcapng, gzip). */
/*
 * The input is a capture file. It is written to a memfd and opened by path
 * (/proc/self/fd/N) with hs_cap_open(), so libpcap's file readers, httpsift's
 * classic pcap reader (src/capture/filerd.c) and the gzip reader in
 * src/capture/capture.c run as they do for -r. Frames then go
 * through decode -> flow -> txn -> analysis -> sinks wired like
 * src/app/pipeline.c (hs_pipeline_run() itself writes to stdout and is not
 * used): every check enabled, one JSON Lines and one text sink, both memory
 * writers, with connection, transaction and stray records. Body decoding
 * (--decode-bodies) is on.
 *
 * Oracles besides ASan/UBSan/LeakSanitizer: every JSON line is valid strict
 * JSON (fuzz_check.c), every text line printable ASCII, the data callback
 * never consumes more than offered, and each frame is decoded from a heap
 * copy of exactly caplen bytes so over-reads are caught (libpcap's own record
 * buffer is larger than caplen).
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "analysis/check.h"
#include "capture/capture.h"
#include "decode/decode.h"
#include "flow/flow.h"
#include "fuzz_check.h"
#include "sink/sink.h"
#include "txn/txn.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FRAMES 100000

static int memfd = -1;
static char path[64];

struct conn {
    struct hs_txn_conn *http; /* owned: made at the first byte, like pipeline.c */
};

struct pl {
    struct hs_chk_engine *chk;
    struct hs_txn_mgr *txns;
    struct hs_sink sinks[2]; /* JSON Lines, text */
};

static void check_sinks(struct pl *pl, const char *what)
{
    hs_fz_check_lines(pl->sinks[0].out.buf, pl->sinks[0].out.len, HS_FZ_JSONL, what);
    hs_fz_check_lines(pl->sinks[1].out.buf, pl->sinks[1].out.len, HS_FZ_TEXT_RECORDS, what);
    if (pl->sinks[0].out.error || pl->sinks[1].out.error)
        abort();
    hs_out_reset(&pl->sinks[0].out);
    hs_out_reset(&pl->sinks[1].out);
}

static void emit_txn(void *ud, const struct hs_txn *t)
{
    struct pl *pl = ud;
    struct hs_findings f;
    hs_chk_run_txn(pl->chk, t, &f);
    for (int i = 0; i < 2; i++)
        hs_sink_txn(&pl->sinks[i], t, &f);
    check_sinks(pl, "hs_sink_txn");
}

static void emit_stray(void *ud, const struct hs_txn_stray *st)
{
    struct pl *pl = ud;
    struct hs_findings f;
    hs_chk_run_stray(pl->chk, st, &f);
    for (int i = 0; i < 2; i++)
        hs_sink_stray(&pl->sinks[i], st, &f);
    check_sinks(pl, "hs_sink_stray");
}

static struct hs_txn_conn *http_of(struct pl *pl, struct hs_flow_info *f)
{
    struct conn *c = f->user;
    if (!c)
        return NULL;
    if (!c->http && !(c->http = hs_txn_conn_new(pl->txns, f)))
        abort();
    return c->http;
}

static void cb_open(void *ud, struct hs_flow_info *f)
{
    (void)ud;
    f->user = calloc(1, sizeof(struct conn));
    if (!f->user)
        abort();
}

static size_t cb_data(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                      uint64_t ts)
{
    struct hs_txn_conn *h = http_of(ud, f);
    size_t used = h ? hs_txn_conn_data(h, dir, p, len, ts) : len;
    if (used > len)
        __builtin_trap();
    return used;
}

static void cb_gap(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts)
{
    struct hs_txn_conn *h = http_of(ud, f);
    if (h)
        hs_txn_conn_gap(h, dir, len, ts);
}

/* Unconsumed bytes dropped at the pending limit: a hole for the parser (as pipeline.c does). */
static void cb_drop(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts)
{
    (void)ud;
    struct conn *c = f->user;
    if (c && c->http)
        hs_txn_conn_gap(c->http, dir, len, ts);
}

static void cb_eos(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                   uint64_t ts)
{
    (void)ud;
    struct conn *c = f->user;
    if (c && c->http)
        hs_txn_conn_eos(c->http, dir, p, len, ts);
}

static void cb_close(void *ud, struct hs_flow_info *f)
{
    struct pl *pl = ud;
    struct conn *c = f->user;
    if (c && c->http)
        hs_txn_conn_close(c->http, f->last_ts);
    for (int i = 0; i < 2; i++)
        hs_sink_flow(&pl->sinks[i], f);
    check_sinks(pl, "hs_sink_flow");
    free(c);
    f->user = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    setenv("TZ", "UTC", 1); /* text records print local time */
    tzset();
    memfd = memfd_create("fuzz_pcap", MFD_CLOEXEC);
    if (memfd < 0) {
        perror("memfd_create");
        abort();
    }
    snprintf(path, sizeof path, "/proc/self/fd/%d", memfd);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (ftruncate(memfd, 0) != 0 || pwrite(memfd, data, size, 0) != (ssize_t)size)
        abort();

    struct hs_cap_opts co;
    memset(&co, 0, sizeof co);
    co.file = path;
    /* classic pcap records go through src/capture/filerd.c: on its reader thread for
     * inputs of odd length, synchronously for the others (a thread per input is slow) */
    co.no_read_ahead = (size & 1) == 0;
    struct hs_cap *cap = NULL;
    struct hs_err err = {""};
    if (hs_cap_open(&co, &cap, &err) != HS_OK)
        return 0; /* not a capture libpcap accepts: fine, nothing else to run */
    (void)hs_cap_link_name(cap);
    (void)hs_cap_snaplen(cap);
    struct hs_cap_stats cs;
    (void)hs_cap_stats(cap, &cs);

    struct pl pl;
    memset(&pl, 0, sizeof pl);
    if (hs_sink_init(&pl.sinks[0], HS_FMT_JSONL, -1, false) != HS_OK ||
        hs_sink_init(&pl.sinks[1], HS_FMT_TEXT, -1, false) != HS_OK)
        abort();
    struct hs_chk_config cc = {.enable = NULL, .min_sev = HS_SEV_INFO}; /* every check */
    if (hs_chk_engine_new(&cc, &pl.chk, &err) != HS_OK)
        abort();
    /* httpsift's defaults (src/app/options.c) with fewer flows, so eviction is reachable. */
    struct hs_dec_limits dl = {.frag_max_datagrams = 4096, .frag_max_frags = 64,
                               .frag_max_bytes = 16u << 20, .frag_timeout_us = 30000000,
                               .max_encap = 8};
    struct hs_flow_limits fl = {.max_flows = 64, .idle_timeout_us = 300000000,
                                .closed_linger_us = 10000000, .ooo_max_bytes = 1u << 20,
                                .ooo_max_segs = 1024, .pending_max_bytes = 1u << 20,
                                .memcap = 512ull << 20,
                                .hash_seed = 0x5eed};
    struct hs_txn_limits tl = {
        .h1 = {.max_line = 8192, .max_fields = 256, .max_header_bytes = 65536,
               .max_chunk_digits = 16, .resync_max = 1u << 20},
        .max_pending = 1024, .decode_bodies = true, .decode_max_bytes = 16u << 20,
        .decode_max_ratio = 200};
    struct hs_flow_cb cb = {.ud = &pl, .open = cb_open, .data = cb_data, .gap = cb_gap,
                            .eos = cb_eos, .close = cb_close, .drop = cb_drop};
    struct hs_txn_cb tcb = {.ud = &pl, .txn = emit_txn, .stray = emit_stray};
    struct hs_dec *dec = hs_dec_new(&dl);
    struct hs_flow_table *ft = hs_flow_table_new(&fl, &cb);
    pl.txns = hs_txn_mgr_new(&tl, &tcb);
    if (!dec || !ft || !pl.txns)
        abort();

    enum hs_link link = hs_cap_link(cap);
    struct hs_cap_rec rec;
    struct hs_pkt pkt;
    for (unsigned n = 0; n < MAX_FRAMES; n++) {
        enum hs_rc r = hs_cap_next(cap, &rec, &err);
        if (r == HS_AGAIN)
            continue; /* not expected from a file; bounded by MAX_FRAMES anyway */
        if (r != HS_OK)
            break;
        uint8_t *frame = malloc(rec.caplen ? rec.caplen : 1);
        if (!frame)
            abort();
        memcpy(frame, rec.data, rec.caplen);
        if (hs_dec_packet(dec, link, rec.ts_us, frame, rec.caplen, rec.wirelen, &pkt) ==
            HS_DEC_TCP)
            hs_flow_table_packet(ft, &pkt);
        free(frame);
    }
    hs_flow_table_finish(ft);
    check_sinks(&pl, "end of capture");

    hs_flow_table_free(ft);
    hs_txn_mgr_free(pl.txns);
    hs_dec_free(dec);
    hs_chk_engine_free(pl.chk);
    hs_sink_fini(&pl.sinks[0]);
    hs_sink_fini(&pl.sinks[1]);
    hs_cap_close(cap);
    return 0;
}
