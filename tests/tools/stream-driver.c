/* stream-driver.c: feeds an HTTP transcript (tests/stream/NAME.t) through txn/ and prints JSON Lines. */
/*
 * Transcript format (one file per test):
 *   - lines before the first marker starting with '#' are comments;
 *     "%midstream" starts both parsers mid-stream, "%decode-bodies" decodes gzip/deflate;
 *     "%findings" runs every check and prints only the findings, one per line:
 *     "<trans_depth> <check-id> <evidence>" (stray-data findings: "stray <check-id> <evidence>");
 *   - a line ">>>" starts client bytes, "<<<" server bytes;
 *   - ">>> gap N" / "<<< gap N" is a gap of N missing bytes in that direction;
 *   - data lines use C escapes (\r \n \t \0 \\ \xNN); the file's own line breaks are
 *     not data, so every CR and LF of the wire is written explicitly.
 * The driver feeds the chunks three ways: whole, one byte at a time, and (for
 * every chunk and every position in it) split in two. All runs must produce
 * the same output, which is printed once. Exit 1 if they differ, 2 on usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/check.h"
#include "sink/sink.h"
#include "txn/txn.h"
#include "util/hs_out.h"

#define MAX_CHUNKS 4096

struct chunk {
    int dir;     /* 0 client, 1 server */
    size_t gap;  /* > 0: a gap of this many bytes instead of data */
    unsigned char *data;
    size_t len, cap;
};

static struct chunk chunks[MAX_CHUNKS];
static int nchunks;
static int midstream, decode, findings_mode;
static struct hs_chk_engine *engine;

static void add_byte(struct chunk *c, unsigned char b)
{
    if (c->len == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        c->data = realloc(c->data, c->cap);
        if (!c->data)
            exit(2);
    }
    c->data[c->len++] = b;
}

static int hexv(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

static void parse_line(struct chunk *c, const char *s)
{
    for (; *s && *s != '\n'; s++) {
        if (*s != '\\') {
            add_byte(c, (unsigned char)*s);
            continue;
        }
        s++;
        switch (*s) {
        case 'r': add_byte(c, '\r'); break;
        case 'n': add_byte(c, '\n'); break;
        case 't': add_byte(c, '\t'); break;
        case '0': add_byte(c, 0); break;
        case '\\': add_byte(c, '\\'); break;
        case 'x':
            if (hexv(s[1]) >= 0 && hexv(s[2]) >= 0) {
                add_byte(c, (unsigned char)(hexv(s[1]) * 16 + hexv(s[2])));
                s += 2;
                break;
            }
            /* fall through */
        default: fprintf(stderr, "stream-driver: bad escape \\%c\n", *s); exit(2);
        }
    }
}

static void load(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[65536];
    struct chunk *cur = NULL;
    if (!f) {
        perror(path);
        exit(2);
    }
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, ">>>", 3) || !strncmp(line, "<<<", 3)) {
            if (nchunks == MAX_CHUNKS)
                exit(2);
            cur = &chunks[nchunks++];
            cur->dir = line[0] == '<';
            if (!strncmp(line + 3, " gap ", 5)) {
                cur->gap = strtoul(line + 8, NULL, 10);
                cur = NULL; /* no data lines follow a gap */
            }
            continue;
        }
        if (!cur) {
            if (!strncmp(line, "%midstream", 10))
                midstream = 1;
            else if (!strncmp(line, "%decode-bodies", 14))
                decode = 1;
            else if (!strncmp(line, "%findings", 9))
                findings_mode = 1;
            continue;
        }
        parse_line(cur, line);
    }
    fclose(f);
}

/* Bytes offered but not consumed, per direction (what the reassembler keeps). */
struct pend {
    unsigned char *p;
    size_t len, cap;
};

static void feed(struct hs_txn_conn *c, struct pend *pd, int dir, const unsigned char *p,
                 size_t n, uint64_t ts)
{
    if (pd->len + n > pd->cap) {
        pd->cap = (pd->len + n) * 2;
        pd->p = realloc(pd->p, pd->cap);
        if (!pd->p)
            exit(2);
    }
    memcpy(pd->p + pd->len, p, n);
    pd->len += n;
    size_t used = hs_txn_conn_data(c, dir, pd->p, pd->len, ts);
    memmove(pd->p, pd->p + used, pd->len - used);
    pd->len -= used;
}

/* "<depth> <check> <evidence>" lines, evidence escaped like text output. */
static void print_findings(struct hs_sink *sink, const char *who, const struct hs_findings *f)
{
    for (size_t i = 0; i < f->n; i++) {
        hs_out_str(&sink->out, who);
        hs_out_char(&sink->out, ' ');
        hs_out_str(&sink->out, hs_chk_get(f->v[i].check)->id);
        hs_out_char(&sink->out, ' ');
        hs_out_text_esc(&sink->out, f->v[i].evidence.p, f->v[i].evidence.len);
        hs_out_char(&sink->out, '\n');
    }
}

static void on_txn(void *ud, const struct hs_txn *t)
{
    struct hs_findings f;
    hs_chk_run_txn(engine, t, &f);
    if (findings_mode) {
        char who[16];
        snprintf(who, sizeof who, "%u", t->depth);
        print_findings(ud, who, &f);
        return;
    }
    hs_sink_txn(ud, t, &f);
}

static void on_stray(void *ud, const struct hs_txn_stray *s)
{
    struct hs_findings f;
    hs_chk_run_stray(engine, s, &f);
    if (findings_mode) {
        print_findings(ud, "stray", &f);
        return;
    }
    hs_sink_stray(ud, s, &f);
}

/* mode 0 whole; 1 byte at a time; 2 split chunk `split_chunk` at `split_at`. */
static char *run(int mode, int split_chunk, size_t split_at, size_t *outlen)
{
    struct hs_sink sink;
    hs_sink_init(&sink, HS_FMT_JSONL, -1, false);
    struct hs_txn_limits lim = {
        .h1 = {.max_line = 8192, .max_fields = 64, .max_header_bytes = 65536,
               .max_chunk_digits = 16, .resync_max = 1 << 20},
        .max_pending = 64, .decode_bodies = decode, .decode_max_bytes = 1 << 24,
        .decode_max_ratio = 200,
    };
    struct hs_txn_cb cb = {&sink, on_txn, on_stray};
    struct hs_txn_mgr *m = hs_txn_mgr_new(&lim, &cb);
    struct hs_flow_info fi;
    memset(&fi, 0, sizeof fi);
    fi.id = 1;
    fi.af = 4;
    fi.addr[0][0] = 10, fi.addr[0][3] = 1;
    fi.addr[1][0] = 10, fi.addr[1][3] = 2;
    fi.port[0] = 40000;
    fi.port[1] = 80;
    fi.roles_inferred = midstream;
    struct hs_txn_conn *c = hs_txn_conn_new(m, &fi);
    struct pend pd[2] = {{0}, {0}};
    uint64_t ts = 0;
    for (int i = 0; i < nchunks; i++) {
        struct chunk *ch = &chunks[i];
        ts = 1700000000000000ull + (uint64_t)i * 1000;
        if (ch->gap) {
            hs_txn_conn_gap(c, ch->dir, ch->gap, ts);
            pd[ch->dir].len = 0;
            continue;
        }
        if (mode == 1) {
            for (size_t k = 0; k < ch->len; k++)
                feed(c, &pd[ch->dir], ch->dir, ch->data + k, 1, ts);
        } else if (mode == 2 && i == split_chunk) {
            feed(c, &pd[ch->dir], ch->dir, ch->data, split_at, ts);
            feed(c, &pd[ch->dir], ch->dir, ch->data + split_at, ch->len - split_at, ts);
        } else {
            feed(c, &pd[ch->dir], ch->dir, ch->data, ch->len, ts);
        }
    }
    ts += 1000;
    hs_txn_conn_eos(c, 0, pd[0].p, pd[0].len, ts);
    hs_txn_conn_eos(c, 1, pd[1].p, pd[1].len, ts);
    hs_txn_conn_close(c, ts);
    hs_txn_mgr_free(m);
    free(pd[0].p);
    free(pd[1].p);
    char *out = malloc(sink.out.len + 1);
    memcpy(out, sink.out.buf, sink.out.len);
    out[sink.out.len] = 0;
    *outlen = sink.out.len;
    hs_sink_fini(&sink);
    return out;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: stream-driver FILE.t\n");
        return 2;
    }
    load(argv[1]);
    struct hs_chk_config cc = {NULL, NULL, HS_SEV_INFO};
    struct hs_err err;
    if (hs_chk_engine_new(&cc, &engine, &err) != HS_OK) {
        fprintf(stderr, "stream-driver: %s\n", err.msg);
        return 2;
    }
    size_t wlen, len;
    char *whole = run(0, 0, 0, &wlen);
    int bad = 0;
    char *bytes = run(1, 0, 0, &len);
    if (len != wlen || memcmp(bytes, whole, len)) {
        fprintf(stderr, "stream-driver: %s: byte-at-a-time output differs:\n%s", argv[1], bytes);
        bad = 1;
    }
    free(bytes);
    for (int i = 0; i < nchunks && !bad; i++)
        for (size_t k = 1; k < chunks[i].len && !bad; k++) {
            char *s = run(2, i, k, &len);
            if (len != wlen || memcmp(s, whole, len)) {
                fprintf(stderr, "stream-driver: %s: split of chunk %d at %zu differs:\n%s",
                        argv[1], i, k, s);
                bad = 1;
            }
            free(s);
        }
    fwrite(whole, 1, wlen, stdout);
    free(whole);
    for (int i = 0; i < nchunks; i++)
        free(chunks[i].data);
    hs_chk_engine_free(engine);
    return bad;
}
