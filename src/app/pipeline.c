/* pipeline.c: wires capture -> decode -> flow table -> outputs; the end-of-run summary. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "../util/hs_mem.h"
#include "streams.h"

/* Per-connection state of the application. */
struct conn {
    struct hs_txn_conn *http; /* owned: created at the first byte of data */
    bool http_failed;         /* out of memory for it: the connection is not parsed */
    struct hs_stream_file files[2];
};

/*
 * Connection records wait here so they come out in start order. Every connection
 * gets the next slot when it opens, so connection id - ring_base_id is its slot;
 * one whose id is below ring_base_id gave its slot up (the ring was full) and is
 * printed when it ends.
 */
struct order_slot {
    bool done;
    struct hs_flow_info info;
};

struct pl {
    const struct hs_config *cfg;
    struct hs_cap *cap;
    struct hs_dec *dec;
    struct hs_flow_table *ft;
    struct hs_streams *streams;
    struct hs_txn_mgr *txns;
    struct hs_chk_engine *chk;
    uint64_t by_sev[3];      /* findings reported, per severity */
    struct hs_sink sinks[HS_MAX_OUTPUTS];
    int sink_fds[HS_MAX_OUTPUTS]; /* owned when > 2 */
    unsigned n_sinks;
    struct order_slot *ring; /* owned: capacity cfg->flow_order_max */
    size_t ring_cap, ring_head, ring_len;
    uint64_t ring_base_id;   /* connection id of the slot at ring_head */
    uint64_t order_overflow; /* records printed out of start order */
    uint64_t packets;
    uint64_t conn_nomem;
};

static void emit_flow(struct pl *pl, const struct hs_flow_info *f)
{
    for (unsigned i = 0; i < pl->n_sinks; i++)
        hs_sink_flow(&pl->sinks[i], f);
}

static void count_findings(struct pl *pl, const struct hs_findings *f)
{
    for (size_t i = 0; i < f->n; i++)
        pl->by_sev[hs_chk_get(f->v[i].check)->sev]++;
}

static void emit_txn(void *ud, const struct hs_txn *t)
{
    struct pl *pl = ud;
    struct hs_findings f;
    hs_chk_run_txn(pl->chk, t, &f);
    count_findings(pl, &f);
    if (pl->cfg->flows_only)
        return;
    for (unsigned i = 0; i < pl->n_sinks; i++)
        hs_sink_txn(&pl->sinks[i], t, &f);
}

static void emit_stray(void *ud, const struct hs_txn_stray *st)
{
    struct pl *pl = ud;
    struct hs_findings f;
    hs_chk_run_stray(pl->chk, st, &f);
    count_findings(pl, &f);
    if (pl->cfg->flows_only)
        return;
    for (unsigned i = 0; i < pl->n_sinks; i++)
        hs_sink_stray(&pl->sinks[i], st, &f);
}

/* The HTTP state of a connection, made when its first bytes arrive. */
static struct hs_txn_conn *http_of(struct pl *pl, struct hs_flow_info *f, struct conn *c)
{
    if (!c || c->http_failed)
        return NULL;
    if (!c->http && !(c->http = hs_txn_conn_new(pl->txns, f))) {
        c->http_failed = true;
        pl->conn_nomem++;
    }
    return c->http;
}

static void ring_pop_ready(struct pl *pl)
{
    while (pl->ring_len && pl->ring[pl->ring_head].done) {
        emit_flow(pl, &pl->ring[pl->ring_head].info);
        pl->ring_head = (pl->ring_head + 1) % pl->ring_cap;
        pl->ring_len--;
        pl->ring_base_id++;
    }
}

/* Called for every connection, in id order (ids are consecutive). */
static void ring_open(struct pl *pl, const struct hs_flow_info *f)
{
    if (!pl->ring_cap)
        return;
    if (pl->ring_len == pl->ring_cap) {
        /* Full: the oldest open connection gives up its place. */
        pl->order_overflow++;
        pl->ring_head = (pl->ring_head + 1) % pl->ring_cap;
        pl->ring_len--;
        pl->ring_base_id++;
        ring_pop_ready(pl);
    }
    if (pl->ring_len == 0)
        pl->ring_base_id = f->id;
    pl->ring[(pl->ring_head + pl->ring_len) % pl->ring_cap].done = false;
    pl->ring_len++;
}

static void ring_close(struct pl *pl, const struct hs_flow_info *f)
{
    uint64_t k = f->id - pl->ring_base_id; /* wraps to huge when its slot was given up */
    if (k >= pl->ring_len) {
        emit_flow(pl, f);
        return;
    }
    struct order_slot *s = &pl->ring[(pl->ring_head + (size_t)k) % pl->ring_cap];
    s->info = *f;
    s->info.user = NULL;
    s->done = true;
    ring_pop_ready(pl);
}

/* ---- flow callbacks ------------------------------------------------------ */

static void cb_open(void *ud, struct hs_flow_info *f)
{
    struct pl *pl = ud;
    /* first: the slot is taken even when the state below cannot be allocated */
    if (pl->cfg->flows)
        ring_open(pl, f);
    struct conn *c = hs_calloc(1, sizeof *c);
    if (!c) {
        pl->conn_nomem++;
        return;
    }
    hs_stream_file_init(&c->files[0]);
    hs_stream_file_init(&c->files[1]);
    f->user = c;
}

static size_t cb_data(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                      uint64_t ts)
{
    struct pl *pl = ud;
    struct conn *c = f->user;
    struct hs_txn_conn *h = http_of(pl, f, c);
    if (!h)
        return len;
    hs_txn_conn_ack(h, dir, hs_flow_acked(f, !dir));
    return hs_txn_conn_data(h, dir, p, len, ts);
}

static void cb_raw(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len)
{
    struct pl *pl = ud;
    struct conn *c = f->user;
    if (c)
        hs_streams_data(pl->streams, &c->files[dir], f, dir, p, len);
}

static void cb_gap(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts)
{
    struct pl *pl = ud;
    struct conn *c = f->user;
    struct hs_txn_conn *h = http_of(pl, f, c);
    if (h)
        hs_txn_conn_gap(h, dir, len, ts);
    if (pl->streams && c)
        hs_streams_gap(pl->streams, &c->files[dir], f, dir, len);
}

/* Bytes the parser never consumed were dropped at the pending limit: a hole for the parser
 * only; the stream file already has them (cb_raw). */
static void cb_drop(void *ud, struct hs_flow_info *f, int dir, uint64_t len, uint64_t ts)
{
    struct conn *c = f->user;
    (void)ud;
    if (c && c->http)
        hs_txn_conn_gap(c->http, dir, len, ts);
}

static void cb_eos(void *ud, struct hs_flow_info *f, int dir, const uint8_t *p, size_t len,
                   uint64_t ts)
{
    struct pl *pl = ud;
    struct conn *c = f->user;
    if (c && c->http)
        hs_txn_conn_eos(c->http, dir, p, len, ts);
    if (pl->streams && c)
        hs_streams_end(pl->streams, &c->files[dir]);
}

static void cb_close(void *ud, struct hs_flow_info *f)
{
    struct pl *pl = ud;
    struct conn *c = f->user;
    if (c && c->http)
        hs_txn_conn_close(c->http, f->last_ts);
    if (pl->cfg->flows)
        ring_close(pl, f);
    if (c && pl->streams) {
        hs_streams_end(pl->streams, &c->files[0]);
        hs_streams_end(pl->streams, &c->files[1]);
    }
    hs_free(c);
    f->user = NULL;
}

/* ---- summary --------------------------------------------------------------- */

static void print_stats(struct pl *pl, bool final)
{
    const struct hs_dec_stats *ds = hs_dec_stats(pl->dec);
    const struct hs_flow_stats *fs = hs_flow_table_stats(pl->ft);
    FILE *e = stderr;
    fprintf(e, "%llu packets captured\n", (unsigned long long)pl->packets);
    struct hs_cap_stats cs;
    if (hs_cap_stats(pl->cap, &cs) == HS_OK && cs.valid) {
        fprintf(e, "%llu packets received by filter\n", (unsigned long long)cs.received);
        fprintf(e, "%llu packets dropped by kernel\n", (unsigned long long)cs.dropped);
        if (cs.ifdropped)
            fprintf(e, "%llu packets dropped by interface\n", (unsigned long long)cs.ifdropped);
    }
    fprintf(e, "%llu TCP segments", (unsigned long long)ds->skipped[HS_DEC_TCP]);
    if (ds->tunneled)
        fprintf(e, " (%llu tunneled)", (unsigned long long)ds->tunneled);
    if (ds->truncated_payload)
        fprintf(e, " (%llu cut by snaplen)", (unsigned long long)ds->truncated_payload);
    fputc('\n', e);
    uint64_t skipped = 0;
    for (int k = 1; k < HS_DEC_NKINDS; k++)
        skipped += ds->skipped[k];
    if (skipped) {
        fprintf(e, "%llu packets skipped:", (unsigned long long)skipped);
        const char *sep = " ";
        for (int k = 1; k < HS_DEC_NKINDS; k++)
            if (ds->skipped[k]) {
                fprintf(e, "%s%s %llu", sep, hs_dec_kind_name((enum hs_dec_kind)k),
                        (unsigned long long)ds->skipped[k]);
                sep = ", ";
            }
        fputc('\n', e);
    }
    if (ds->frag_datagrams || ds->frag_overlaps || ds->frag_timeouts)
        fprintf(e, "%llu IP datagrams reassembled, %llu overlapping fragments (%llu conflicting), "
                   "%llu timed out\n",
                (unsigned long long)ds->frag_datagrams, (unsigned long long)ds->frag_overlaps,
                (unsigned long long)ds->frag_overlap_conflicts,
                (unsigned long long)ds->frag_timeouts);
    fprintf(e, "%llu TCP connections (%llu at most at once): %llu fin, %llu rst, %llu timeout, "
               "%llu reused, %llu evicted\n",
            (unsigned long long)fs->created, (unsigned long long)fs->peak_active,
            (unsigned long long)fs->closed_fin, (unsigned long long)fs->closed_rst,
            (unsigned long long)fs->timed_out, (unsigned long long)fs->reused,
            (unsigned long long)fs->evicted);
    const struct hs_txn_stats *ts = hs_txn_mgr_stats(pl->txns);
    fprintf(e, "%llu HTTP transactions (%llu complete, %llu without response, %llu without "
               "request) on %llu connections; %llu connections not HTTP\n",
            (unsigned long long)ts->transactions, (unsigned long long)ts->complete,
            (unsigned long long)ts->unanswered, (unsigned long long)ts->orphan_responses,
            (unsigned long long)ts->http_conns, (unsigned long long)ts->other_conns);
    if (ts->stray_bytes || ts->tunnel_bytes)
        fprintf(e, "%llu stray bytes between messages, %llu tunnel bytes\n",
                (unsigned long long)ts->stray_bytes, (unsigned long long)ts->tunnel_bytes);
    if (pl->cfg->verbose > 0)
        fprintf(e, "%llu late packets for closed connections; memory peaks: reassembly %llu "
                   "bytes, unfinished transactions %llu bytes\n",
                (unsigned long long)fs->late_packets, (unsigned long long)fs->peak_mem,
                (unsigned long long)ts->peak_mem);
    /* Limits: printed whenever one was hit. */
    struct {
        const char *what, *opt;
        uint64_t n;
    } lim[] = {
        {"connections evicted", "--max-flows", fs->evicted},
        {"out-of-order limit hits", "--max-ooo-bytes", fs->ooo_limit_hits},
        {"out-of-order segment limit hits", "--max-ooo-segments", fs->ooo_seg_limit_hits},
        {"pending-bytes limit hits", "--max-pending-bytes", fs->pending_limit_hits},
        {"reassembly memcap hits", "--reasm-memcap", fs->memcap_hits},
        {"IP datagrams dropped at a defragmenter limit", "--frag-max-*", ds->frag_limit_hits},
        {"packets nested deeper than the encapsulation limit", "--max-encap",
         ds->skipped[HS_DEC_TOO_DEEP]},
        {"connection records printed out of start order", "--flow-order-max",
         pl->order_overflow},
        {"requests reported unanswered to stay under the limit", "--max-pending-requests",
         ts->pending_limit_hits},
        {"transactions cut short to stay under the memory budget", "--max-txn-memory",
         ts->mem_limit_hits},
        {"transactions with a line over the line limit", "--max-line", ts->line_limit_hits},
        {"transactions with more header fields than kept", "--max-fields",
         ts->fields_limit_hits},
        {"header blocks abandoned at the size limit", "--max-header-bytes",
         ts->header_limit_hits},
        {"bodies whose decoding stopped at the byte limit", "--decode-max-bytes",
         ts->decode_limit_hits},
        {"bodies whose decoding stopped at the ratio limit (bomb)", "--decode-max-ratio",
         ts->decode_ratio_hits},
        {"connections without state (out of memory)", "", pl->conn_nomem + ts->nomem},
    };
    for (size_t i = 0; i < sizeof lim / sizeof lim[0]; i++)
        if (lim[i].n)
            fprintf(e, "limit: %llu %s (%s)\n", (unsigned long long)lim[i].n, lim[i].what,
                    lim[i].opt);
    uint64_t nf = pl->by_sev[0] + pl->by_sev[1] + pl->by_sev[2];
    fprintf(e, "%llu findings: %llu error, %llu warning, %llu info\n", (unsigned long long)nf,
            (unsigned long long)pl->by_sev[HS_SEV_ERROR], (unsigned long long)pl->by_sev[HS_SEV_WARNING],
            (unsigned long long)pl->by_sev[HS_SEV_INFO]);
    if (nf && final) {
        /* by check, most frequent first */
        const uint64_t *cnt = hs_chk_counts(pl->chk);
        size_t n = hs_chk_count();
        uint64_t last = UINT64_MAX;
        for (;;) {
            uint64_t best = 0;
            for (size_t i = 0; i < n; i++)
                if (cnt[i] < last && cnt[i] > best)
                    best = cnt[i];
            if (!best)
                break;
            for (size_t i = 0; i < n; i++)
                if (cnt[i] == best) {
                    const struct hs_check *c = hs_chk_get(i);
                    fprintf(e, "  %8llu %-7s %s\n", (unsigned long long)best, hs_sev_name(c->sev),
                            c->id);
                }
            last = best;
        }
    }
    if (pl->streams && hs_streams_errors(pl->streams))
        fprintf(e, "%llu --write-streams errors\n",
                (unsigned long long)hs_streams_errors(pl->streams));
}

/* ---- setup ----------------------------------------------------------------- */

static bool is_stdout(const struct hs_output_spec *o)
{
    return !o->path || strcmp(o->path, "-") == 0;
}

static int open_outputs(struct pl *pl, struct hs_err *err)
{
    const struct hs_config *cfg = pl->cfg;
    unsigned on_stdout = 0;
    for (unsigned i = 0; i < cfg->n_outputs; i++)
        on_stdout += is_stdout(&cfg->outputs[i]);
    for (unsigned i = 0; i < cfg->n_outputs; i++) {
        const struct hs_output_spec *o = &cfg->outputs[i];
        int fd = STDOUT_FILENO;
        if (!is_stdout(o)) {
            if (hs_output_path_ok(o->path, cfg->foreign_dirs, err) != HS_OK)
                return -1;
            fd = open(o->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC |
                                   (geteuid() == 0 ? O_NOFOLLOW : 0),
                      0644);
            if (fd < 0) {
                hs_err_set(err, HS_ERR_IO, "%s: %s", o->path, strerror(errno));
                return -1;
            }
        }
        pl->sink_fds[i] = fd;
        pl->sinks[i].findings_only = cfg->findings_only;
        /* several outputs sharing stdout write whole lines, never interleaved halves */
        bool lb = cfg->line_buffered || (on_stdout > 1 && is_stdout(o));
        if (hs_sink_init(&pl->sinks[i], o->fmt, fd, lb) != HS_OK) {
            hs_err_set(err, HS_ERR_NOMEM, "out of memory");
            if (fd > 2)
                close(fd);
            return -1;
        }
        pl->n_sinks++;
    }
    return 0;
}

static int close_outputs(struct pl *pl)
{
    int rc = HS_EXIT_OK;
    for (unsigned i = 0; i < pl->n_sinks; i++) {
        int e = 0;
        if (hs_sink_fini(&pl->sinks[i]) != HS_OK)
            e = pl->sinks[i].out.error ? pl->sinks[i].out.error : EIO;
        if (pl->sink_fds[i] > 2 && close(pl->sink_fds[i]) != 0 && !e)
            e = errno;
        if (e && e != EPIPE) {
            const char *path = pl->cfg->outputs[i].path;
            fprintf(stderr, "httpsift: writing %s: %s\n", path ? path : "stdout", strerror(e));
            rc = HS_EXIT_RUNTIME;
        }
    }
    pl->n_sinks = 0;
    return rc;
}

/* Set while a capture runs, so a signal handler can wake a blocked read (hs_cap_breakloop). */
struct hs_cap *volatile hs_pipeline_capture;

static uint64_t wall_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
}

/* Every output failed with EPIPE: nobody reads any more. */
static bool outputs_broken(const struct pl *pl)
{
    for (unsigned i = 0; i < pl->n_sinks; i++)
        if (pl->sinks[i].out.error != EPIPE)
            return false;
    return true;
}

static uint64_t random_seed(void)
{
    uint64_t s = 0;
    if (getrandom(&s, sizeof s, GRND_NONBLOCK) != (ssize_t)sizeof s)
        s = (uint64_t)getpid() * 0x9e3779b97f4a7c15ULL ^ (uint64_t)(uintptr_t)&s;
    return s;
}

int hs_pipeline_run(const struct hs_config *cfg)
{
    struct pl pl;
    struct hs_err err = {""};
    int rc = HS_EXIT_RUNTIME;
    memset(&pl, 0, sizeof pl);
    pl.cfg = cfg;

    enum hs_rc r = hs_chk_engine_new(&cfg->checks, &pl.chk, &err);
    if (r != HS_OK) {
        fprintf(stderr, "httpsift: %s\n", err.msg);
        return r == HS_ERR_ARG ? HS_EXIT_USAGE : HS_EXIT_RUNTIME;
    }
    r = hs_cap_open(&cfg->cap, &pl.cap, &err);
    if (r != HS_OK) {
        fprintf(stderr, "httpsift: %s\n", err.msg);
        hs_chk_engine_free(pl.chk);
        return r == HS_ERR_ARG && cfg->cap.filter ? HS_EXIT_USAGE : HS_EXIT_RUNTIME;
    }
    /* Root is needed only to open the device: give it up before touching any output. */
    const char *user = cfg->user;
    if (!user && hs_cap_is_live(pl.cap))
        user = "nobody";
    /* like tcpdump, -Z only matters when running as root */
    if (user && geteuid() == 0 && hs_drop_privileges(user, &err) != HS_OK) {
        fprintf(stderr, "httpsift: %s\n", err.msg);
        goto out;
    }
    if (hs_cap_is_live(pl.cap)) {
        fprintf(stderr, "httpsift: listening on %s, link-type %s, snapshot length %d bytes\n",
                    hs_cap_source(pl.cap), hs_cap_link_name(pl.cap), hs_cap_snaplen(pl.cap));
        if (hs_cap_snaplen(pl.cap) < 1514)
            fprintf(stderr, "httpsift: warning: snapshot length %d cuts payloads: HTTP bodies "
                            "and headers will have gaps\n",
                    hs_cap_snaplen(pl.cap));
    }
    if (open_outputs(&pl, &err) != 0) {
        fprintf(stderr, "httpsift: %s\n", err.msg);
        goto out;
    }
    if (cfg->streams_dir && hs_output_path_ok(cfg->streams_dir, cfg->foreign_dirs, &err) != HS_OK) {
        fprintf(stderr, "httpsift: %s\n", err.msg);
        goto out;
    }
    if (cfg->streams_dir &&
        hs_streams_new(cfg->streams_dir, cfg->streams_max_open, cfg->foreign_dirs, &pl.streams,
                       &err) != HS_OK) {
        fprintf(stderr, "httpsift: --write-streams %s\n", err.msg);
        goto out;
    }
    struct hs_flow_limits fl = cfg->flow;
    if (!cfg->hash_seed_set)
        fl.hash_seed = random_seed();
    struct hs_flow_cb cb = {&pl,   cb_open, cb_data, cb_gap, cb_eos, cb_close,
                            cfg->streams_dir ? cb_raw : NULL, cb_drop};
    struct hs_txn_cb tcb = {&pl, emit_txn, emit_stray};
    /* the IP defragmenter's key hash gets the same seed as the connection table */
    struct hs_dec_limits dl = cfg->dec;
    dl.hash_seed = fl.hash_seed;
    pl.dec = hs_dec_new(&dl);
    pl.ft = hs_flow_table_new(&fl, &cb);
    pl.txns = hs_txn_mgr_new(&cfg->txn, &tcb);
    if (cfg->flows && cfg->flow_order_max) {
        pl.ring_cap = cfg->flow_order_max;
        pl.ring = hs_calloc(pl.ring_cap, sizeof *pl.ring);
    }
    if (!pl.dec || !pl.ft || !pl.txns || (pl.ring_cap && !pl.ring)) {
        fprintf(stderr, "httpsift: out of memory\n");
        goto out;
    }

    enum hs_link link = hs_cap_link(pl.cap);
    struct hs_cap_rec rec;
    struct hs_pkt pkt;
    uint64_t last_ts = 0, last_wall = 0;
    rc = HS_EXIT_OK;
    hs_pipeline_capture = pl.cap;
    if (hs_cap_is_live(pl.cap)) {
        /* wake the read once a second (SIGALRM -> hs_cap_breakloop): libpcap's read
         * timeout does not fire on every platform when no packet arrives */
        struct itimerval it = {{1, 0}, {1, 0}};
        setitimer(ITIMER_REAL, &it, NULL);
    }
    while (!hs_stop_requested) {
        r = hs_cap_next(pl.cap, &rec, &err);
        if (r == HS_AGAIN) {
            if (hs_stats_requested) {
                hs_stats_requested = 0;
                print_stats(&pl, false);
            }
            /* a quiet interface: packet time moves on with the clock, so idle
             * connections still time out (live capture only) */
            if (last_ts)
                hs_flow_table_tick(pl.ft, last_ts + (wall_us() - last_wall));
            continue;
        }
        if (r == HS_EOF)
            break;
        if (r != HS_OK) {
            fprintf(stderr, "httpsift: %s\n", err.msg);
            rc = HS_EXIT_RUNTIME;
            break;
        }
        pl.packets++;
        if (hs_cap_is_live(pl.cap)) {
            last_ts = rec.ts_us;
            last_wall = wall_us();
        }
        if (pl.n_sinks && outputs_broken(&pl))
            break; /* the reader went away (EPIPE): like tcpdump, stop */
        if (hs_dec_packet(pl.dec, link, rec.ts_us, rec.data, rec.caplen, rec.wirelen, &pkt) ==
            HS_DEC_TCP)
            hs_flow_table_packet(pl.ft, &pkt);
        if (hs_stats_requested) {
            hs_stats_requested = 0;
            print_stats(&pl, false);
        }
        if (cfg->max_packets && pl.packets >= cfg->max_packets)
            break;
    }
    hs_pipeline_capture = NULL;
    if (hs_cap_is_live(pl.cap)) {
        struct itimerval off = {{0, 0}, {0, 0}};
        setitimer(ITIMER_REAL, &off, NULL);
    }
    hs_flow_table_finish(pl.ft);
    ring_pop_ready(&pl);
    for (unsigned i = 0; i < pl.n_sinks; i++)
        hs_out_flush(&pl.sinks[i].out);
    print_stats(&pl, true);
out:;
    int orc = close_outputs(&pl);
    if (rc == HS_EXIT_OK)
        rc = orc;
    if (rc == HS_EXIT_OK && cfg->fail_on_set) {
        for (int s = cfg->fail_on; s <= HS_SEV_ERROR; s++)
            if (pl.by_sev[s])
                rc = HS_EXIT_FINDINGS;
    }
    hs_flow_table_free(pl.ft);
    hs_txn_mgr_free(pl.txns);
    hs_chk_engine_free(pl.chk);
    hs_dec_free(pl.dec);
    hs_streams_free(pl.streams);
    hs_free(pl.ring);
    hs_cap_close(pl.cap);
    return rc;
}
