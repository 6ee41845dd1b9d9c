/* fuzz_h1.c: libFuzzer harness for the HTTP layer: txn/ with both h1 parsers, the checks and the sinks. */
/*
 * Input encoding (tests/fuzz/mkcorpus.sh writes it from tests/stream/ *.t):
 *
 *   byte 0        flags: bit 0 mid-stream (roles_inferred), bit 1 --decode-bodies,
 *                 bit 2 tight limits, bit 3 IPv6 addresses, bit 4 end the server
 *                 direction first
 *   then records  op byte: bit 7 direction (0 client->server, 1 server->client),
 *                 bits 6-5 kind, bits 4-0 P:
 *                   kind 0  data, P bytes follow (0..31)
 *                   kind 1  data, (P << 8 | next byte) bytes follow (0..8191)
 *                   kind 2  gap of (P << 8 | next byte) + 1 bytes
 *                   kind 3  end of stream of that direction (FIN)
 *                 A length running past the end of the input takes what is left.
 *
 * The harness plays the reassembler (src/flow/reasm.c, tests/tools/stream-driver.c
 * feed()): bytes not consumed are offered again followed by the next bytes of that
 * direction; a gap discards them; eos hands them over; nothing follows an eos.
 * Timestamps advance only when the direction changes or a gap/eos intervenes.
 *
 * Every transaction and stray record goes through the analysis engine (all
 * checks enabled, as src/app/pipeline.c runs them) and then through a JSON
 * Lines and a text sink (memory writers, hs_out with fd -1).
 *
 * Oracles:
 *  - ASan/UBSan, and hs_txn_conn_data() never consuming more than it was offered;
 *    offered bytes are an exact-size heap copy freed after the call, so reading
 *    past them, or keeping a pointer into them, is caught;
 *  - every record written by hs_sink_txn()/hs_sink_stray() is one valid JSON
 *    object per line (strict validator in fuzz_check.c) and every text line
 *    is free of control bytes (see hs_fz_text_line());
 *  - split invariance (h1.h: "accepts any split of the input"): the same input
 *    with consecutive data records of one direction merged into one chunk
 *    must give byte-identical JSON output. Set HS_FUZZ_NO_SPLIT_CHECK=1 to
 *    turn this check off while hunting for memory errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analysis/check.h"
#include "fuzz_check.h"
#include "sink/sink.h"
#include "txn/txn.h"
#include "util/hs_out.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_OPS 4096
#define TS_BASE 1700000000000000ull

enum op_kind { OP_DATA, OP_GAP, OP_EOS };

struct op {
    enum op_kind kind;
    int dir;
    const uint8_t *p; /* borrowed from the input */
    size_t len;       /* data bytes, or gap length */
};

struct prog {
    uint8_t flags;
    struct op ops[MAX_OPS];
    size_t nops;
};

static struct prog prog; /* large: static rather than on the stack; rebuilt per input */
static bool split_check = true;

static void decode_input(const uint8_t *d, size_t n)
{
    size_t i = 0;
    prog.nops = 0;
    prog.flags = n ? d[i++] : 0;
    while (i < n && prog.nops < MAX_OPS) {
        uint8_t b = d[i++];
        struct op *o = &prog.ops[prog.nops];
        o->dir = b >> 7;
        unsigned kind = (b >> 5) & 3, par = b & 31;
        size_t len;
        switch (kind) {
        case 0:
        case 1:
            len = par;
            if (kind == 1) {
                len = (size_t)par << 8;
                if (i < n)
                    len |= d[i++];
            }
            if (len > n - i)
                len = n - i;
            o->kind = OP_DATA;
            o->p = d + i;
            o->len = len;
            i += len;
            break;
        case 2:
            o->kind = OP_GAP;
            o->len = ((size_t)par << 8) + 1;
            if (i < n)
                o->len += d[i++];
            break;
        default: o->kind = OP_EOS; break;
        }
        prog.nops++;
    }
}

/* ---- one run ------------------------------------------------------------------ */

struct pend {
    uint8_t *p;
    size_t len, cap;
};

struct run {
    struct hs_chk_engine *chk;
    struct hs_sink json, text;
    struct hs_txn_conn *conn;
    struct pend pd[2];
    bool ended[2];
    uint8_t *all_json; /* every JSON record of the run, for the split comparison */
    size_t all_len, all_cap;
};

static void keep_json(struct run *r, const uint8_t *p, size_t n)
{
    if (n == 0)
        return;
    if (r->all_len + n > r->all_cap) {
        size_t c = r->all_cap ? r->all_cap : 4096;
        while (c < r->all_len + n)
            c *= 2;
        r->all_json = realloc(r->all_json, c);
        if (!r->all_json)
            abort();
        r->all_cap = c;
    }
    memcpy(r->all_json + r->all_len, p, n);
    r->all_len += n;
}

/* Validate what the sinks wrote for one record, keep the JSON, forget the rest. */
static void check_sinks(struct run *r, const char *what)
{
    hs_fz_check_lines(r->json.out.buf, r->json.out.len, HS_FZ_JSONL, what);
    hs_fz_check_lines(r->text.out.buf, r->text.out.len, HS_FZ_TEXT_RECORDS, what);
    if (r->json.out.error || r->text.out.error)
        abort(); /* memory writers only fail when out of memory */
    keep_json(r, r->json.out.buf, r->json.out.len);
    hs_out_reset(&r->json.out);
    hs_out_reset(&r->text.out);
}

static void on_txn(void *ud, const struct hs_txn *t)
{
    struct run *r = ud;
    struct hs_findings f;
    hs_chk_run_txn(r->chk, t, &f);
    hs_sink_txn(&r->json, t, &f);
    hs_sink_txn(&r->text, t, &f);
    check_sinks(r, "hs_sink_txn");
}

static void on_stray(void *ud, const struct hs_txn_stray *s)
{
    struct run *r = ud;
    struct hs_findings f;
    hs_chk_run_stray(r->chk, s, &f);
    hs_sink_stray(&r->json, s, &f);
    hs_sink_stray(&r->text, s, &f);
    check_sinks(r, "hs_sink_stray");
}

static void feed(struct run *r, int dir, const uint8_t *p, size_t n, uint64_t ts)
{
    struct pend *pd = &r->pd[dir];
    if (pd->len + n > pd->cap) {
        pd->cap = (pd->len + n) * 2;
        pd->p = realloc(pd->p, pd->cap);
        if (!pd->p)
            abort();
    }
    memcpy(pd->p + pd->len, p, n);
    pd->len += n;
    /* Offer an exact-size heap copy so an over-read past the offered bytes is caught. */
    uint8_t *offer = malloc(pd->len);
    if (!offer)
        abort();
    memcpy(offer, pd->p, pd->len);
    size_t used = hs_txn_conn_data(r->conn, dir, offer, pd->len, ts);
    free(offer);
    if (used > pd->len) {
        fprintf(stderr, "fuzz_h1: hs_txn_conn_data consumed %zu of %zu bytes\n", used, pd->len);
        __builtin_trap();
    }
    memmove(pd->p, pd->p + used, pd->len - used);
    pd->len -= used;
}

static void end_dir(struct run *r, int dir, uint64_t ts)
{
    if (r->ended[dir])
        return;
    r->ended[dir] = true;
    uint8_t *rest = r->pd[dir].len ? malloc(r->pd[dir].len) : NULL;
    if (r->pd[dir].len && !rest)
        abort();
    if (rest)
        memcpy(rest, r->pd[dir].p, r->pd[dir].len);
    hs_txn_conn_eos(r->conn, dir, rest, r->pd[dir].len, ts);
    free(rest);
    r->pd[dir].len = 0;
}

/*
 * Play the program. merge: concatenate consecutive data records of one
 * direction into one chunk. Returns the JSON output (caller frees).
 */
static uint8_t *run(bool merge, size_t *outlen)
{
    struct run r;
    uint8_t fl = prog.flags;
    memset(&r, 0, sizeof r);
    if (hs_sink_init(&r.json, HS_FMT_JSONL, -1, false) != HS_OK ||
        hs_sink_init(&r.text, HS_FMT_TEXT, -1, false) != HS_OK)
        abort();
    struct hs_chk_config cc = {.enable = NULL, .min_sev = HS_SEV_INFO}; /* every check */
    struct hs_err err;
    if (hs_chk_engine_new(&cc, &r.chk, &err) != HS_OK)
        abort();
    struct hs_txn_limits lim;
    memset(&lim, 0, sizeof lim);
    if (fl & 4) {
        /* Tight: every limit is reachable with a small input. */
        lim.h1 = (struct hs_h1_limits){.max_line = 64, .max_fields = 4, .max_header_bytes = 256,
                                       .max_chunk_digits = 3, .resync_max = 128};
        lim.max_pending = 2;
        lim.decode_max_bytes = 2048;
        lim.decode_max_ratio = 4;
    } else {
        /* httpsift's defaults (src/app/options.c). */
        lim.h1 = (struct hs_h1_limits){.max_line = 8192, .max_fields = 256,
                                       .max_header_bytes = 65536, .max_chunk_digits = 16,
                                       .resync_max = 1u << 20};
        lim.max_pending = 1024;
        lim.decode_max_bytes = 16u << 20;
        lim.decode_max_ratio = 200;
    }
    lim.decode_bodies = (fl & 2) != 0;
    struct hs_txn_cb cb = {.ud = &r, .txn = on_txn, .stray = on_stray};
    struct hs_txn_mgr *m = hs_txn_mgr_new(&lim, &cb);
    if (!m)
        abort();
    struct hs_flow_info fi;
    memset(&fi, 0, sizeof fi);
    fi.id = 1;
    fi.af = (fl & 8) ? 6 : 4;
    fi.addr[0][0] = 10, fi.addr[0][15] = 1, fi.addr[0][3] = 1;
    fi.addr[1][0] = 10, fi.addr[1][15] = 2, fi.addr[1][3] = 2;
    fi.port[0] = 40000;
    fi.port[1] = 80;
    fi.roles_inferred = (fl & 1) != 0;
    fi.handshake = (fl & 1) ? HS_HS_MIDSTREAM : HS_HS_COMPLETE;
    fi.first_ts = TS_BASE;
    r.conn = hs_txn_conn_new(m, &fi);
    if (!r.conn)
        abort();

    uint64_t ts = TS_BASE;
    int prev_dir = -1;
    bool prev_data = false;
    uint8_t *chunk = NULL;
    size_t clen = 0, ccap = 0;
    for (size_t i = 0; i < prog.nops; i++) {
        const struct op *o = &prog.ops[i];
        bool cont = o->kind == OP_DATA && prev_data && prev_dir == o->dir;
        if (!cont)
            ts += 1000;
        prev_dir = o->dir;
        prev_data = o->kind == OP_DATA;
        if (r.ended[o->dir])
            continue; /* nothing is delivered after a direction ended */
        switch (o->kind) {
        case OP_DATA:
            if (!merge) {
                if (o->len)
                    feed(&r, o->dir, o->p, o->len, ts);
                break;
            }
            if (clen + o->len > ccap) {
                ccap = (clen + o->len) * 2 + 64;
                chunk = realloc(chunk, ccap);
                if (!chunk)
                    abort();
            }
            if (o->len)
                memcpy(chunk + clen, o->p, o->len);
            clen += o->len;
            /* Flush at the end of a run of same-direction data records. */
            if (i + 1 == prog.nops || prog.ops[i + 1].kind != OP_DATA ||
                prog.ops[i + 1].dir != o->dir) {
                if (clen)
                    feed(&r, o->dir, chunk, clen, ts);
                clen = 0;
            }
            break;
        case OP_GAP:
            hs_txn_conn_gap(r.conn, o->dir, o->len, ts);
            r.pd[o->dir].len = 0;
            break;
        case OP_EOS: end_dir(&r, o->dir, ts); break;
        }
    }
    free(chunk);
    ts += 1000;
    int first = (fl & 16) ? 1 : 0;
    end_dir(&r, first, ts);
    end_dir(&r, !first, ts);
    hs_txn_conn_close(r.conn, ts);
    hs_txn_mgr_free(m);
    free(r.pd[0].p);
    free(r.pd[1].p);
    /* Records are checked as they are written; this catches anything written after. */
    check_sinks(&r, "end of run");
    hs_sink_fini(&r.json);
    hs_sink_fini(&r.text);
    hs_chk_engine_free(r.chk);
    *outlen = r.all_len;
    return r.all_json;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    setenv("TZ", "UTC", 1); /* text records print local time */
    tzset();
    const char *e = getenv("HS_FUZZ_NO_SPLIT_CHECK");
    split_check = !(e && *e && *e != '0');
    /* The registry listing is static: check its records once. */
    for (int fmt = 0; fmt < 2; fmt++) {
        struct hs_sink s;
        if (hs_sink_init(&s, fmt ? HS_FMT_JSONL : HS_FMT_TEXT, -1, false) != HS_OK)
            abort();
        hs_sink_list_checks(&s);
        hs_fz_check_lines(s.out.buf, s.out.len, fmt ? HS_FZ_JSONL : HS_FZ_TEXT_UTF8,
                          "hs_sink_list_checks");
        hs_sink_fini(&s);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    decode_input(data, size);
    size_t alen, blen;
    uint8_t *a = run(false, &alen);
    if (split_check) {
        uint8_t *b = run(true, &blen);
        if (alen != blen || (alen && memcmp(a, b, alen) != 0)) {
            fprintf(stderr, "fuzz_h1: output depends on how the stream was split\n");
            hs_fz_dump("as split", a, alen);
            hs_fz_dump("merged  ", b, blen);
            __builtin_trap();
        }
        free(b);
    }
    free(a);
    return 0;
}
