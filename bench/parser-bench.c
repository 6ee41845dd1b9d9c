/*
 * parser-bench.c - httpsift's HTTP/1.x parser (src/http/h1_parse.c) against
 * http-parser (Debian libhttp-parser-dev) on the same messages.
 *
 * Input: a message dump written by `bench/gen-traffic.py --dump-messages FILE`
 * (records "<BBI" kind/flags/length + bytes; kind 1 request, 2 response,
 * 3 end of connection; flags bit0 = response to HEAD, bit1 = 1xx).
 *
 * Each connection's client stream and server stream are fed to a fresh parser
 * of each library, in slices of CHUNK bytes (1460 = one MSS-sized segment per
 * call, as from the reassembler; 65536 = large reads). httpsift's parser is
 * driven as src/flow/reasm.c drives it: bytes straight from the "packet" when
 * nothing is pending, otherwise appended to a pending buffer that is offered
 * again (hs_h1_feed returns how many bytes it consumed). Both parsers' callbacks
 * touch every start-line part, field name and value, and count body bytes.
 * Each measurement is the best of REPS runs (default 11, after one warm-up run),
 * the two parsers alternating run by run.
 *
 * Build (from the repository root; bench/run.sh does this):
 *   cc -O2 -I src -o parser-bench bench/parser-bench.c src/http/h1_parse.c \
 *      src/http/h1_fid.c src/util/hs_mem.c -lhttp_parser
 * Run:
 *   parser-bench [-r REPS] MESSAGES.bin
 * Prints a markdown table and, per chunk size, a line
 *   "ratio chunk=N httpsift/http-parser X.XX" (speed ratio, > 1: httpsift faster).
 */
#define _POSIX_C_SOURCE 200809L
#include <http_parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/h1.h"

struct conn {
    size_t req_off, req_len;   /* client stream in reqbuf */
    size_t resp_off, resp_len; /* server stream in respbuf */
    size_t flag_off;           /* first response's flags in rflags */
};

static uint8_t *reqbuf, *respbuf, *rflags;
static size_t reqlen, resplen, nflags;
static struct conn *conns;
static size_t nconns;
static uint64_t exp_req, exp_resp;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "parser-bench: out of memory\n");
        exit(2);
    }
    return p;
}

static void append(uint8_t **buf, size_t *len, size_t *cap, const uint8_t *p, size_t n)
{
    if (*len + n > *cap) {
        while (*len + n > *cap)
            *cap = *cap ? *cap * 2 : 1 << 20;
        *buf = xrealloc(*buf, *cap);
    }
    memcpy(*buf + *len, p, n);
    *len += n;
}

static void load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *d = xrealloc(NULL, (size_t)sz);
    if (fread(d, 1, (size_t)sz, f) != (size_t)sz) {
        fprintf(stderr, "parser-bench: short read on %s\n", path);
        exit(2);
    }
    fclose(f);
    if (sz < 8 || memcmp(d, "HSMSG01\n", 8) != 0) {
        fprintf(stderr, "parser-bench: %s is not a gen-traffic.py message dump\n", path);
        exit(2);
    }
    size_t reqcap = 0, respcap = 0, flagcap = 0, conncap = 0;
    struct conn cur = {0, 0, 0, 0, 0};
    size_t i = 8;
    while (i + 6 <= (size_t)sz) {
        uint8_t kind = d[i], flags = d[i + 1];
        uint32_t n = (uint32_t)d[i + 2] | (uint32_t)d[i + 3] << 8 | (uint32_t)d[i + 4] << 16 |
                     (uint32_t)d[i + 5] << 24;
        i += 6;
        if (i + n > (size_t)sz) {
            fprintf(stderr, "parser-bench: truncated record\n");
            exit(2);
        }
        if (kind == 1) {
            append(&reqbuf, &reqlen, &reqcap, d + i, n);
            cur.req_len += n;
            exp_req++;
        } else if (kind == 2) {
            append(&respbuf, &resplen, &respcap, d + i, n);
            append(&rflags, &nflags, &flagcap, &flags, 1);
            cur.resp_len += n;
            exp_resp++;
        } else if (kind == 3) {
            if (nconns == conncap) {
                conncap = conncap ? conncap * 2 : 1024;
                conns = xrealloc(conns, conncap * sizeof *conns);
            }
            conns[nconns++] = cur;
            cur.req_off = reqlen;
            cur.resp_off = resplen;
            cur.flag_off = nflags;
            cur.req_len = cur.resp_len = 0;
        }
        i += n;
    }
    free(d);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* What both parsers' callbacks accumulate. */
struct acc {
    uint64_t messages, body_bytes, touch, stray;
    const uint8_t *flags; /* response flags of the current connection */
    size_t fi;
};

static inline uint64_t touch(const uint8_t *p, size_t n)
{
    return n ? (uint64_t)n + p[0] + p[n - 1] : 0;
}

/* ---- httpsift ------------------------------------------------------------ */

static void hs_headers(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct acc *a = ud;
    (void)ts;
    uint64_t t = touch(m->method.p, m->method.len) + touch(m->target.p, m->target.len) +
                 touch(m->reason.p, m->reason.len) + m->status + m->minor;
    for (uint32_t i = 0; i < m->nfields; i++)
        t += touch(m->fields[i].name.p, m->fields[i].name.len) +
             touch(m->fields[i].value.p, m->fields[i].value.len);
    a->touch += t;
    if (m->role == HS_H1_RESPONSE)
        m->req_head = a->flags[a->fi++] & 1;
}

static void hs_body(void *ud, struct hs_h1_msg *m, const uint8_t *p, size_t n, uint64_t ts)
{
    struct acc *a = ud;
    (void)m, (void)ts;
    a->body_bytes += n;
    a->touch += p[0];
}

static void hs_end(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct acc *a = ud;
    (void)ts;
    a->messages++;
    a->touch += m->complete;
}

static void hs_stray(void *ud, enum hs_h1_role role, uint64_t n, uint64_t ts)
{
    struct acc *a = ud;
    (void)role, (void)ts;
    a->stray += n;
}

static struct hs_h1_field scratch[256];

static void hs_stream(struct acc *a, enum hs_h1_role role, const uint8_t *d, size_t len,
                      size_t chunk, uint8_t **pend, size_t *pcap)
{
    static const struct hs_h1_limits lim = {.max_line = 8192, .max_fields = 256,
                                            .max_header_bytes = 65536, .max_chunk_digits = 16,
                                            .resync_max = 1u << 20};
    struct hs_h1_cb cb = {a, NULL, hs_headers, hs_body, hs_end, hs_stray};
    struct hs_h1_parser *p = hs_h1_new(role, &lim, &cb, scratch);
    if (!p) {
        fprintf(stderr, "parser-bench: hs_h1_new failed\n");
        exit(2);
    }
    size_t plen = 0;
    uint64_t ts = 1;
    for (size_t off = 0; off < len; off += chunk, ts++) {
        size_t n = len - off < chunk ? len - off : chunk;
        const uint8_t *seg = d + off;
        if (plen == 0) { /* fast path: straight from the segment */
            size_t used = hs_h1_feed(p, seg, n, ts);
            if (used < n) {
                if (n - used > *pcap) {
                    *pcap = (n - used) * 2;
                    *pend = xrealloc(*pend, *pcap);
                }
                memcpy(*pend, seg + used, n - used);
                plen = n - used;
            }
            continue;
        }
        if (plen + n > *pcap) {
            *pcap = (plen + n) * 2;
            *pend = xrealloc(*pend, *pcap);
        }
        memcpy(*pend + plen, seg, n);
        plen += n;
        size_t used = hs_h1_feed(p, *pend, plen, ts);
        if (used && used < plen)
            memmove(*pend, *pend + used, plen - used);
        plen -= used;
    }
    hs_h1_eos(p, *pend, plen, ts);
    hs_h1_free(p);
}

static void run_hs(struct acc *a, size_t chunk)
{
    static uint8_t *pend;
    static size_t pcap;
    for (size_t c = 0; c < nconns; c++) {
        const struct conn *k = &conns[c];
        hs_stream(a, HS_H1_REQUEST, reqbuf + k->req_off, k->req_len, chunk, &pend, &pcap);
        a->flags = rflags + k->flag_off;
        a->fi = 0;
        hs_stream(a, HS_H1_RESPONSE, respbuf + k->resp_off, k->resp_len, chunk, &pend, &pcap);
    }
}

/* ---- http-parser ---------------------------------------------------------- */

static int hp_span(http_parser *hp, const char *at, size_t n)
{
    struct acc *a = hp->data;
    a->touch += touch((const uint8_t *)at, n);
    return 0;
}

static int hp_headers_complete(http_parser *hp)
{
    struct acc *a = hp->data;
    a->touch += hp->status_code + hp->http_minor + hp->method;
    if (hp->type == HTTP_RESPONSE)
        return a->flags[a->fi++] & 1; /* 1: no body (response to HEAD) */
    return 0;
}

static int hp_body(http_parser *hp, const char *at, size_t n)
{
    struct acc *a = hp->data;
    a->body_bytes += n;
    a->touch += (uint8_t)at[0];
    return 0;
}

static int hp_complete(http_parser *hp)
{
    struct acc *a = hp->data;
    a->messages++;
    return 0;
}

static const http_parser_settings hp_settings = {
    .on_url = hp_span,
    .on_status = hp_span,
    .on_header_field = hp_span,
    .on_header_value = hp_span,
    .on_headers_complete = hp_headers_complete,
    .on_body = hp_body,
    .on_message_complete = hp_complete,
};

static void hp_stream(struct acc *a, enum http_parser_type type, const uint8_t *d, size_t len,
                      size_t chunk)
{
    http_parser hp;
    http_parser_init(&hp, type);
    hp.data = a;
    for (size_t off = 0; off < len; off += chunk) {
        size_t n = len - off < chunk ? len - off : chunk;
        size_t used = http_parser_execute(&hp, &hp_settings, (const char *)d + off, n);
        if (used != n || HTTP_PARSER_ERRNO(&hp) != HPE_OK) {
            fprintf(stderr, "parser-bench: http-parser error %s at offset %zu\n",
                    http_errno_name(HTTP_PARSER_ERRNO(&hp)), off + used);
            exit(1);
        }
    }
    http_parser_execute(&hp, &hp_settings, NULL, 0);
}

static void run_hp(struct acc *a, size_t chunk)
{
    for (size_t c = 0; c < nconns; c++) {
        const struct conn *k = &conns[c];
        hp_stream(a, HTTP_REQUEST, reqbuf + k->req_off, k->req_len, chunk);
        a->flags = rflags + k->flag_off;
        a->fi = 0;
        hp_stream(a, HTTP_RESPONSE, respbuf + k->resp_off, k->resp_len, chunk);
    }
}

/* ---- driver ---------------------------------------------------------------- */

/* Best time of each parser over reps runs, the two alternating run by run (after one
 * warm-up run each) so that interference from other processes hits both alike. */
static void best_of(size_t chunk, int reps, double *th, double *tp, struct acc *ah,
                    struct acc *ap)
{
    *th = *tp = 1e30;
    for (int r = -1; r < reps; r++) { /* r == -1: warm-up */
        for (int which = 0; which < 2; which++) {
            struct acc a;
            memset(&a, 0, sizeof a);
            double t0 = now();
            if (which == 0)
                run_hs(&a, chunk);
            else
                run_hp(&a, chunk);
            double t = now() - t0;
            double *best = which == 0 ? th : tp;
            if (r >= 0 && t < *best)
                *best = t;
            *(which == 0 ? ah : ap) = a;
        }
    }
}

int main(int argc, char **argv)
{
    int reps = 11;
    int ai = 1;
    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        reps = atoi(argv[2]);
        ai = 3;
    }
    if (ai != argc - 1 || reps < 1) {
        fprintf(stderr, "usage: parser-bench [-r REPS] MESSAGES.bin\n");
        return 2;
    }
    load(argv[ai]);
    double mb = (double)(reqlen + resplen) / 1e6;
    uint64_t nmsg = exp_req + exp_resp;
    printf("%llu requests + %llu responses (%.1f MB) in %zu connections, best of %d runs\n\n",
           (unsigned long long)exp_req, (unsigned long long)exp_resp, mb, nconns, reps);
    printf("| parser | bytes per call | MB/s | M messages/s | ratio |\n");
    printf("| --- | --- | --- | --- | --- |\n");
    static const size_t chunks[] = {1460, 65536};
    double ratio[2];
    int bad = 0;
    for (int c = 0; c < 2; c++) {
        struct acc ah, ap;
        double th, tp;
        best_of(chunks[c], reps, &th, &tp, &ah, &ap);
        ratio[c] = tp / th;
        printf("| httpsift h1_parse | %zu | %.0f | %.2f | %.2fx |\n", chunks[c], mb / th,
               nmsg / th / 1e6, ratio[c]);
        printf("| http-parser %d.%d.%d | %zu | %.0f | %.2f | 1.00x |\n", HTTP_PARSER_VERSION_MAJOR,
               HTTP_PARSER_VERSION_MINOR, HTTP_PARSER_VERSION_PATCH, chunks[c], mb / tp,
               nmsg / tp / 1e6);
        if (ah.messages != nmsg || ap.messages != nmsg || ah.body_bytes != ap.body_bytes ||
            ah.stray) {
            fprintf(stderr,
                    "parser-bench: MISMATCH at chunk %zu: expected %llu messages; httpsift %llu "
                    "messages, %llu body bytes, %llu stray; http-parser %llu messages, %llu "
                    "body bytes\n",
                    chunks[c], (unsigned long long)nmsg, (unsigned long long)ah.messages,
                    (unsigned long long)ah.body_bytes, (unsigned long long)ah.stray,
                    (unsigned long long)ap.messages, (unsigned long long)ap.body_bytes);
            bad = 1;
        }
    }
    printf("\n");
    for (int c = 0; c < 2; c++)
        printf("ratio chunk=%zu httpsift/http-parser %.2f\n", chunks[c], ratio[c]);
    return bad;
}
