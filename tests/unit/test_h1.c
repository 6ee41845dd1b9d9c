/* test_h1.c: unit tests for http/h1.h: RFC 9112 framing, chunked, anomalies, limits, gaps, resync, inflate. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "http/h1.h"
#include "util/hs_mem.h"

/*
 * Harness. A case is a script of steps (data bytes, a gap, a tunnel switch,
 * ...) played into one parser. Every callback appends a line to a text log:
 *
 *   begin GET "/x" 1.1 @100                       request start line (@ts)
 *   begin 200 "OK" 1.1 @100                       response start line
 *   headers GET "/x" 1.1 n=2 [Host: a] [X: b]     fields, as the headers callback saw them
 *   body "bytes"                                  body callback bytes, concatenated (at end)
 *   end complete length cl=5 len=5 wire=5 gap=0 tr=0 hdr=38 a=dup-cl,... @100
 *   stray 9 @100
 *   seg -> chunk-size pend=3                      after each data step: state, bytes kept
 *   gap 5 -> resync                               after each other step: the state
 *   eos state=start pend=0                        before hs_h1_eos
 *   stats msgs=1 stray=0 tunnel=0 other=0         after it
 *
 * Each case runs with every data step fed whole, one byte per call, and split
 * in two at every position of every data step; the logs must be identical
 * (STYLE.md 3.1). The harness keeps the unconsumed bytes and offers them again
 * followed by the new bytes, as the reassembler does, and each offer is copied
 * to the end of an mmap'ed page run followed by a PROT_NONE page: reading one
 * byte past the offered data faults.
 */

#define TS_STEP 100 /* data step i (from 0) is fed with ts (i + 1) * TS_STEP */

/* ---- growable text log ------------------------------------------------------------ */

struct text {
    char *s;
    size_t len, cap;
};

static void put(struct text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1)
            cap *= 2;
        t->s = realloc(t->s, cap);
        assert_non_null(t->s);
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = 0;
}

static void puts_(struct text *t, const char *s)
{
    put(t, s, strlen(s));
}

static void putu(struct text *t, uint64_t v)
{
    char b[24];
    size_t i = sizeof b;
    do {
        b[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(t, b + i, sizeof b - i);
}

/* Quoted, with C escapes for everything outside printable ASCII. */
static void putesc(struct text *t, const uint8_t *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    put(t, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        char e[4] = {'\\', 0, 0, 0};
        if (c == '\r')
            e[1] = 'r', put(t, e, 2);
        else if (c == '\n')
            e[1] = 'n', put(t, e, 2);
        else if (c == '\t')
            e[1] = 't', put(t, e, 2);
        else if (c == '"' || c == '\\')
            e[1] = (char)c, put(t, e, 2);
        else if (c < 0x20 || c > 0x7e)
            e[1] = 'x', e[2] = hex[c >> 4], e[3] = hex[c & 15], put(t, e, 4);
        else
            put(t, (const char *)&p[i], 1);
    }
    put(t, "\"", 1);
}

static void putspan(struct text *t, struct hs_span s)
{
    putesc(t, s.p, s.len);
}

static void text_free(struct text *t)
{
    free(t->s);
    memset(t, 0, sizeof *t);
}

/* ---- guard page ------------------------------------------------------------------- */

#define GUARD_BYTES (256u * 1024u) /* readable bytes before the PROT_NONE page */

static uint8_t *guard_base; /* mmap'ed: GUARD_BYTES readable, then one PROT_NONE page */
static size_t guard_page;

static void guard_init(void)
{
    if (guard_base)
        return;
    guard_page = (size_t)sysconf(_SC_PAGESIZE);
    void *m = mmap(NULL, GUARD_BYTES + guard_page, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(m != MAP_FAILED);
    guard_base = m;
    assert_int_equal(mprotect(guard_base + GUARD_BYTES, guard_page, PROT_NONE), 0);
}

/* Copy n bytes so that they end right before the guard page; returns the copy. */
static const uint8_t *guarded(const uint8_t *p, size_t n)
{
    assert_true(n <= GUARD_BYTES);
    uint8_t *dst = guard_base + GUARD_BYTES - n;
    if (n)
        memmove(dst, p, n);
    return dst;
}

/* ---- recorder --------------------------------------------------------------------- */

struct rec {
    struct text log;
    struct text body;     /* body bytes of the current message */
    const char *methods;  /* responses: request method of each message, comma separated */
    unsigned nbegin;
};

static const char *body_name(enum hs_h1_body b)
{
    static const char *const n[] = {"none", "length", "chunked", "close", "tunnel"};
    return (unsigned)b < sizeof n / sizeof n[0] ? n[b] : "?";
}

static void put_version(struct text *t, const struct hs_h1_msg *m)
{
    putu(t, m->major);
    puts_(t, ".");
    putu(t, m->minor);
}

static void put_start_line(struct text *t, const struct hs_h1_msg *m)
{
    if (m->role == HS_H1_REQUEST) {
        put(t, m->method.p ? (const char *)m->method.p : "", m->method.len);
        puts_(t, " ");
        putspan(t, m->target);
    } else {
        putu(t, m->status);
        puts_(t, " ");
        putspan(t, m->reason);
    }
    puts_(t, " ");
    put_version(t, m);
}

static void on_begin(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct rec *r = ud;
    r->nbegin++;
    r->body.len = 0;
    puts_(&r->log, "begin ");
    put_start_line(&r->log, m);
    puts_(&r->log, " @");
    putu(&r->log, ts);
    puts_(&r->log, "\n");
}

/* The method of the request answered by response number k (from 1), from r->methods. */
static bool method_is(const struct rec *r, unsigned k, const char *want)
{
    const char *s = r->methods;
    if (!s)
        return false;
    for (unsigned i = 1; i < k; i++) {
        s = strchr(s, ',');
        if (!s)
            return false;
        s++;
    }
    size_t n = strcspn(s, ",");
    return n == strlen(want) && !memcmp(s, want, n);
}

static void on_headers(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct rec *r = ud;
    if (m->role == HS_H1_RESPONSE) {
        /* what txn/ does: RFC 9112 6.3 needs the request method */
        m->req_head = method_is(r, r->nbegin, "HEAD");
        m->req_connect = method_is(r, r->nbegin, "CONNECT");
    }
    puts_(&r->log, "headers ");
    put_start_line(&r->log, m);
    puts_(&r->log, " n=");
    putu(&r->log, m->nfields);
    for (uint32_t i = 0; i < m->nfields; i++) {
        puts_(&r->log, " [");
        put(&r->log, (const char *)m->fields[i].name.p, m->fields[i].name.len);
        puts_(&r->log, ": ");
        put(&r->log, (const char *)m->fields[i].value.p, m->fields[i].value.len);
        puts_(&r->log, "]");
    }
    puts_(&r->log, " @");
    putu(&r->log, ts);
    puts_(&r->log, "\n");
}

static void on_body(void *ud, struct hs_h1_msg *m, const uint8_t *p, size_t n, uint64_t ts)
{
    struct rec *r = ud;
    (void)m, (void)ts;
    assert_true(n > 0);
    put(&r->body, (const char *)p, n);
}

static void put_anomalies(struct text *t, uint64_t a)
{
    bool first = true;
    for (unsigned b = 0; b < 64; b++) {
        if (!(a & ((uint64_t)1 << b)))
            continue;
        puts_(t, first ? " a=" : ",");
        puts_(t, hs_h1_anomaly_name(b));
        first = false;
    }
}

static void on_end(void *ud, struct hs_h1_msg *m, uint64_t ts)
{
    struct rec *r = ud;
    struct text *t = &r->log;
    if (r->body.len) {
        puts_(t, "body ");
        putesc(t, (const uint8_t *)r->body.s, r->body.len);
        puts_(t, "\n");
    }
    puts_(t, m->complete ? "end complete " : "end incomplete ");
    puts_(t, body_name(m->body));
    if (m->body == HS_H1_BODY_LENGTH) {
        puts_(t, " cl=");
        putu(t, m->content_length);
    }
    puts_(t, " len=");
    putu(t, m->body_len);
    puts_(t, " wire=");
    putu(t, m->body_wire);
    puts_(t, " gap=");
    putu(t, m->gap_bytes);
    puts_(t, " tr=");
    putu(t, m->trailers);
    puts_(t, " hdr=");
    putu(t, m->header_bytes);
    put_anomalies(t, m->anomalies);
    /* invariant: payload bytes seen + bytes lost = body_len */
    if (m->body_len != r->body.len + m->gap_bytes) {
        puts_(t, " !body-sum=");
        putu(t, r->body.len);
    }
    puts_(t, " @");
    putu(t, ts);
    puts_(t, "\n");
    r->body.len = 0;
}

static void on_stray(void *ud, enum hs_h1_role role, uint64_t n, uint64_t ts)
{
    struct rec *r = ud;
    (void)role;
    puts_(&r->log, "stray ");
    putu(&r->log, n);
    puts_(&r->log, " @");
    putu(&r->log, ts);
    puts_(&r->log, "\n");
}

/* ---- scripted cases --------------------------------------------------------------- */

enum op {
    OP_END = 0,
    OP_DATA,      /* bytes */
    OP_GAP,       /* hs_h1_gap(n); the unconsumed bytes are dropped */
    OP_TUNNEL,    /* hs_h1_set_tunnel */
    OP_CANCEL,    /* hs_h1_cancel_tunnel */
    OP_EXPECT09,  /* hs_h1_expect_http09 */
    OP_MIDSTREAM, /* hs_h1_start_midstream */
    OP_NOEOS      /* last step: do not call hs_h1_eos */
};

struct step {
    enum op op;
    const char *p;
    size_t len;
    uint64_t n;
};

#define D(s) {OP_DATA, (s), sizeof(s) - 1, 0}
#define GAP(k) {OP_GAP, NULL, 0, (k)}
#define OP(o) {(o), NULL, 0, 0}
#define MAX_STEPS 8

struct h1case {
    const char *name;
    enum hs_h1_role role;
    const char *methods;            /* responses: "HEAD,GET,..." per message, or NULL */
    const struct hs_h1_limits *lim; /* NULL: def_lim */
    struct step steps[MAX_STEPS];
    const char *want;
};

#define REQ HS_H1_REQUEST
#define RSP HS_H1_RESPONSE

static const struct hs_h1_limits def_lim = {
    .max_line = 1024, .max_fields = 32, .max_header_bytes = 4096, .max_chunk_digits = 16,
    .resync_max = 1 << 20};

static struct hs_h1_field scratch[4096];

struct run {
    struct hs_h1_parser *p;
    uint8_t *pend;
    size_t plen, pcap;
};

static void run_feed(struct run *u, const uint8_t *d, size_t n, uint64_t ts)
{
    if (u->plen + n > u->pcap) {
        u->pcap = (u->plen + n) * 2;
        u->pend = realloc(u->pend, u->pcap);
        assert_non_null(u->pend);
    }
    if (n)
        memcpy(u->pend + u->plen, d, n);
    u->plen += n;
    const uint8_t *g = guarded(u->pend, u->plen);
    size_t used = hs_h1_feed(u->p, g, u->plen, ts);
    assert_true(used <= u->plen);
    memmove(u->pend, u->pend + used, u->plen - used);
    u->plen -= used;
    assert_string_not_equal(hs_h1_state_name(hs_h1_state(u->p)), "?");
}

static const char *op_name(enum op o)
{
    switch (o) {
    case OP_GAP: return "gap";
    case OP_TUNNEL: return "tunnel";
    case OP_CANCEL: return "cancel";
    case OP_EXPECT09: return "expect09";
    case OP_MIDSTREAM: return "midstream";
    default: return "?";
    }
}

/*
 * Play case c. mode 0: each data step whole; 1: one byte per call; 2: data
 * step split_step cut in two at split_at (the others whole).
 */
static void run_case(const struct h1case *c, int mode, size_t split_step, size_t split_at,
                     struct text *out)
{
    struct rec r;
    memset(&r, 0, sizeof r);
    r.methods = c->methods;
    struct hs_h1_cb cb = {&r, on_begin, on_headers, on_body, on_end, on_stray};
    struct run u;
    memset(&u, 0, sizeof u);
    u.p = hs_h1_new(c->role, c->lim ? c->lim : &def_lim, &cb, scratch);
    assert_non_null(u.p);
    bool eos = true;
    uint64_t ts = 0;
    for (size_t i = 0; i < MAX_STEPS && c->steps[i].op != OP_END; i++) {
        const struct step *s = &c->steps[i];
        const uint8_t *d = (const uint8_t *)s->p;
        ts = (i + 1) * TS_STEP;
        switch (s->op) {
        case OP_DATA:
            if (mode == 1) {
                for (size_t k = 0; k < s->len; k++)
                    run_feed(&u, d + k, 1, ts);
            } else if (mode == 2 && i == split_step) {
                run_feed(&u, d, split_at, ts);
                run_feed(&u, d + split_at, s->len - split_at, ts);
            } else {
                run_feed(&u, d, s->len, ts);
            }
            puts_(&r.log, "seg -> ");
            puts_(&r.log, hs_h1_state_name(hs_h1_state(u.p)));
            puts_(&r.log, " pend=");
            putu(&r.log, u.plen);
            puts_(&r.log, "\n");
            continue;
        case OP_GAP:
            hs_h1_gap(u.p, s->n, ts);
            u.plen = 0;
            break;
        case OP_TUNNEL: hs_h1_set_tunnel(u.p); break;
        case OP_CANCEL: hs_h1_cancel_tunnel(u.p); break;
        case OP_EXPECT09: hs_h1_expect_http09(u.p); break;
        case OP_MIDSTREAM: hs_h1_start_midstream(u.p); break;
        case OP_NOEOS: eos = false; continue;
        case OP_END: break;
        }
        puts_(&r.log, op_name(s->op));
        if (s->op == OP_GAP) {
            puts_(&r.log, " ");
            putu(&r.log, s->n);
        }
        puts_(&r.log, " -> ");
        puts_(&r.log, hs_h1_state_name(hs_h1_state(u.p)));
        puts_(&r.log, "\n");
    }
    puts_(&r.log, "eos state=");
    puts_(&r.log, hs_h1_state_name(hs_h1_state(u.p)));
    puts_(&r.log, " pend=");
    putu(&r.log, u.plen);
    puts_(&r.log, "\n");
    if (eos) {
        hs_h1_eos(u.p, guarded(u.pend, u.plen), u.plen, ts + TS_STEP);
        assert_true(hs_h1_is_not_http(u.p)); /* nothing is parsed after the end */
    }
    const struct hs_h1_stats *st = hs_h1_stats(u.p);
    puts_(&r.log, "stats msgs=");
    putu(&r.log, st->messages);
    puts_(&r.log, " stray=");
    putu(&r.log, st->stray_bytes);
    puts_(&r.log, " tunnel=");
    putu(&r.log, st->tunnel_bytes);
    puts_(&r.log, " other=");
    putu(&r.log, st->other_bytes);
    puts_(&r.log, "\n");
    hs_h1_free(u.p);
    free(u.pend);
    text_free(&r.body);
    *out = r.log;
}

/* Run c all three ways; every log must equal c->want. Returns the number of mismatches. */
static int check_case(const struct h1case *c)
{
    int bad = 0;
    struct text whole;
    run_case(c, 0, 0, 0, &whole);
    if (getenv("HS_H1_PRINT")) {
        printf("==== %s\n%s", c->name, whole.s);
    }
    if (!c->want || strcmp(whole.s, c->want) != 0) {
        print_error("case %s (whole): log differs\n--- want\n%s--- got\n%s", c->name,
                    c->want ? c->want : "(none)\n", whole.s);
        bad++;
    }
    struct text t;
    run_case(c, 1, 0, 0, &t);
    if (strcmp(t.s, whole.s) != 0) {
        print_error("case %s: bytewise differs from whole\n--- whole\n%s--- bytewise\n%s",
                    c->name, whole.s, t.s);
        bad++;
    }
    text_free(&t);
    for (size_t i = 0; i < MAX_STEPS && c->steps[i].op != OP_END; i++) {
        if (c->steps[i].op != OP_DATA)
            continue;
        for (size_t k = 1; k < c->steps[i].len; k++) {
            run_case(c, 2, i, k, &t);
            int diff = strcmp(t.s, whole.s) != 0;
            if (diff)
                print_error("case %s: split at step %zu byte %zu differs\n--- whole\n%s"
                            "--- split\n%s",
                            c->name, i, k, whole.s, t.s);
            text_free(&t);
            if (diff) {
                bad++;
                goto out; /* one split report is enough */
            }
        }
    }
out:
    text_free(&whole);
    return bad;
}

static void check_table(const struct h1case *cases, size_t n)
{
    int bad = 0;
    alarm(60); /* a parser that loops forever fails the run instead of hanging it */
    for (size_t i = 0; i < n; i++)
        bad += check_case(&cases[i]);
    alarm(0);
    assert_int_equal(bad, 0);
}

#define CHECK_TABLE(t) check_table((t), sizeof(t) / sizeof((t)[0]))
