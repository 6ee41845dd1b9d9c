/* filerd.c: classic pcap records from a read-ahead thread (see filerd.h). */
#include "filerd.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/hs_cur.h"
#include "../util/hs_mem.h"

#define MAGIC_USEC 0xa1b2c3d4u
#define MAGIC_NSEC 0xa1b23c4du
#define FILE_HDR 24
#define REC_HDR 16

struct chunk {
    uint8_t *buf;
    size_t len;
    int err;  /* errno of a failed read() after these bytes, or 0 */
    bool eof; /* the file ends after these bytes */
};

struct hs_filerd {
    int fd;
    char source[256]; /* the file's name, first in every error message */
    bool swapped, nsec;
    uint32_t snapshot;

    /* The ring: the thread fills ch[wi], the caller reads ch[ri]; filled = chunks ready. */
    struct chunk ch[HS_FILERD_CHUNKS];
    unsigned wi, ri, filled;
    bool threaded, stop;
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv_data, cv_space;

    /* The caller's position. */
    const struct chunk *cur; /* the chunk being read, NULL before the first */
    size_t pos;
    bool ended;              /* the last chunk has been taken */
    int err;                 /* read error met at the end of the data */
    uint8_t *carry;          /* a record that straddles chunks, assembled */
};

/* Read until the chunk is full, the file ends or read() fails. */
static void fill(struct hs_filerd *r, struct chunk *c)
{
    c->len = 0;
    c->err = 0;
    c->eof = false;
    while (c->len < HS_FILERD_CHUNK) {
        ssize_t n = hs_cap_read(r->fd, c->buf + c->len, HS_FILERD_CHUNK - c->len);
        if (n <= 0) {
            c->eof = true;
            c->err = n < 0 ? errno : 0;
            return;
        }
        c->len += (size_t)n;
    }
}

static void *reader_main(void *arg)
{
    struct hs_filerd *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->mu);
        if (r->filled == HS_FILERD_CHUNKS) {
            /* The ring is full: sleep until half of it is free, then refill it in one go
             * (waking this thread costs more than reading a chunk). */
            while (r->filled > HS_FILERD_CHUNKS / 2 && !r->stop)
                pthread_cond_wait(&r->cv_space, &r->mu);
        }
        bool stop = r->stop;
        struct chunk *c = &r->ch[r->wi];
        pthread_mutex_unlock(&r->mu);
        if (stop)
            return NULL;
        fill(r, c);
        pthread_mutex_lock(&r->mu);
        r->wi = (r->wi + 1) % HS_FILERD_CHUNKS;
        r->filled++;
        pthread_cond_signal(&r->cv_data);
        pthread_mutex_unlock(&r->mu);
        if (c->eof)
            return NULL;
    }
}

/* Give the current chunk back and make the next one current; false at the end. */
static bool next_chunk(struct hs_filerd *r)
{
    if (r->ended)
        return false;
    if (!r->threaded) {
        struct chunk *c = &r->ch[0];
        fill(r, c);
        r->cur = c;
    } else {
        pthread_mutex_lock(&r->mu);
        if (r->cur) {
            r->ri = (r->ri + 1) % HS_FILERD_CHUNKS;
            if (--r->filled == HS_FILERD_CHUNKS / 2)
                pthread_cond_signal(&r->cv_space);
        }
        while (r->filled == 0)
            pthread_cond_wait(&r->cv_data, &r->mu);
        r->cur = &r->ch[r->ri];
        pthread_mutex_unlock(&r->mu);
    }
    r->pos = 0;
    if (r->cur->eof) {
        r->ended = true;
        r->err = r->cur->err;
    }
    return true;
}

/*
 * n contiguous bytes at the reading position, which moves past them. *got < n
 * when the file ends first. The bytes stay valid until the next call.
 */
static const uint8_t *take(struct hs_filerd *r, size_t n, size_t *got)
{
    if (r->cur && r->cur->len - r->pos >= n) {
        const uint8_t *p = r->cur->buf + r->pos;
        r->pos += n;
        *got = n;
        return p;
    }
    size_t have = 0;
    if (r->cur) {
        have = r->cur->len - r->pos;
        memcpy(r->carry, r->cur->buf + r->pos, have);
        r->pos = r->cur->len;
    }
    while (have < n && next_chunk(r)) {
        size_t k = n - have < r->cur->len ? n - have : r->cur->len;
        memcpy(r->carry + have, r->cur->buf, k);
        r->pos = k;
        have += k;
    }
    *got = have;
    return r->carry;
}

/* HS_ERR_IO with "source: " and libpcap's words for the problem, as capture.c words its errors. */
static enum hs_rc io_error(const struct hs_filerd *r, struct hs_err *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum hs_rc io_error(const struct hs_filerd *r, struct hs_err *err, const char *fmt, ...)
{
    if (err) {
        int n = snprintf(err->msg, sizeof err->msg, "%s: ", r->source);
        if (n >= 0 && (size_t)n < sizeof err->msg) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(err->msg + n, sizeof err->msg - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return HS_ERR_IO;
}

static enum hs_rc read_error(const struct hs_filerd *r, struct hs_err *err)
{
    return io_error(r, err, "error reading dump file: %s", strerror(r->err));
}

/* The record header h[0..16) read as libpcap reads it. */
static inline void rec_header(const struct hs_filerd *r, const uint8_t *h, uint32_t *caplen,
                       struct hs_cap_rec *rec)
{
    uint32_t v[4];
    memcpy(v, h, sizeof v);
    if (r->swapped)
        for (int k = 0; k < 4; k++)
            v[k] = hs_bswap32(v[k]);
    rec->ts_us = (uint64_t)v[0] * 1000000u + (r->nsec ? v[1] / 1000 : v[1]);
    *caplen = v[2];
    rec->wirelen = v[3];
}

/* Every case but the usual one: records across chunks, the end, the limits, errors. */
static enum hs_rc next_slow(struct hs_filerd *r, struct hs_cap_rec *rec, struct hs_err *err)
{
    size_t got;
    const uint8_t *h = take(r, REC_HDR, &got);
    if (got != REC_HDR) {
        if (r->err)
            return read_error(r, err);
        if (got == 0)
            return HS_EOF;
        return io_error(r, err,
                          "truncated dump file; tried to read %zu header bytes, only got %zu",
                          (size_t)REC_HDR, got);
    }
    uint32_t caplen;
    rec_header(r, h, &caplen, rec);
    if (caplen > HS_CAP_MAX_SNAPLEN) {
        if (caplen > r->snapshot)
            return io_error(r, err,
                              "invalid packet capture length %u, bigger than snaplen of %d",
                              caplen, (int)r->snapshot);
        return io_error(r, err,
                          "invalid packet capture length %u, bigger than maximum of %u", caplen,
                          HS_CAP_MAX_SNAPLEN);
    }
    uint32_t keep = caplen > r->snapshot ? r->snapshot : caplen;
    rec->data = take(r, caplen, &got);
    if (got < keep || (r->err && got < caplen))
        goto short_read;
    if (got < caplen) /* the discarded tail beyond the snapshot length is cut short */
        return io_error(r, err,
                          "truncated dump file; tried to read %u captured bytes, only got %zu",
                          caplen, got);
    rec->caplen = keep;
    return HS_OK;
short_read:
    if (r->err)
        return read_error(r, err);
    if (keep < caplen)
        return io_error(r, err,
                          "truncated dump file; tried to read %d captured bytes, only got %zu",
                          (int)keep, got);
    return io_error(r, err,
                      "truncated dump file; tried to read %u captured bytes, only got %zu", caplen,
                      got);
}

enum hs_rc hs_filerd_next(struct hs_filerd *r, struct hs_cap_rec *rec, struct hs_err *err)
{
    /* The usual case: header and data inside the current chunk, within the snapshot. */
    const struct chunk *c = r->cur;
    if (c && c->len - r->pos >= REC_HDR) {
        const uint8_t *h = c->buf + r->pos;
        uint32_t caplen;
        rec_header(r, h, &caplen, rec);
        if (caplen <= r->snapshot && c->len - r->pos - REC_HDR >= caplen) {
            rec->caplen = caplen;
            rec->data = h + REC_HDR;
            r->pos += REC_HDR + caplen;
            /* the next record came from the other core: fetch it while this one is decoded
             * (two cache lines, when both lie inside the chunk: no pointer past its end) */
            if (c->len - r->pos >= 128) {
                __builtin_prefetch(c->buf + r->pos);
                __builtin_prefetch(c->buf + r->pos + 64);
            }
            return HS_OK;
        }
    }
    return next_slow(r, rec, err);
}

void hs_filerd_close(struct hs_filerd *r)
{
    if (!r)
        return;
    if (r->threaded) {
        pthread_mutex_lock(&r->mu);
        r->stop = true;
        pthread_cond_signal(&r->cv_space);
        pthread_mutex_unlock(&r->mu);
        pthread_join(r->th, NULL);
        pthread_cond_destroy(&r->cv_data);
        pthread_cond_destroy(&r->cv_space);
        pthread_mutex_destroy(&r->mu);
    }
    for (unsigned i = 0; i < HS_FILERD_CHUNKS; i++)
        hs_free(r->ch[i].buf);
    hs_free(r->carry);
    if (r->fd >= 0)
        close(r->fd);
    hs_free(r);
}

/* Is this a file header we read the same way libpcap does? Sets the byte order and precision. */
static bool classic_header(struct hs_filerd *r, const uint8_t *h)
{
    uint32_t m;
    memcpy(&m, h, 4);
    if (m == MAGIC_USEC || m == MAGIC_NSEC) {
        r->swapped = false;
    } else if (hs_bswap32(m) == MAGIC_USEC || hs_bswap32(m) == MAGIC_NSEC) {
        r->swapped = true;
        m = hs_bswap32(m);
    } else {
        return false;
    }
    r->nsec = m == MAGIC_NSEC;
    uint16_t major, minor;
    memcpy(&major, h + 4, 2);
    memcpy(&minor, h + 6, 2);
    if (r->swapped) {
        major = hs_bswap16(major);
        minor = hs_bswap16(minor);
    }
    /* Older minor versions had caplen and len swapped in some writers: libpcap's business. */
    return major == 2 && minor == 4;
}

enum hs_rc hs_filerd_open(int fd, const char *source, int snapshot, bool threaded,
                          struct hs_filerd **out, struct hs_err *err)
{
    *out = NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return hs_err_set(err, HS_ERR_IO, "%s: %s", source, strerror(e));
    }
    uint8_t h[FILE_HDR];
    if (!S_ISREG(st.st_mode) || pread(fd, h, sizeof h, 0) != FILE_HDR) {
        close(fd);
        return HS_OK;
    }
    struct hs_filerd *r = hs_calloc(1, sizeof *r);
    if (!r) {
        close(fd);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    r->fd = fd;
    snprintf(r->source, sizeof r->source, "%s", source);
    r->snapshot = snapshot > 0 && (uint32_t)snapshot < HS_CAP_MAX_SNAPLEN ? (uint32_t)snapshot
                                                                          : HS_CAP_MAX_SNAPLEN;
    /* Not ours to read: the offset, which libpcap may share, is left alone. */
    if (!classic_header(r, h) || lseek(fd, FILE_HDR, SEEK_SET) != FILE_HDR) {
        hs_filerd_close(r);
        return HS_OK;
    }
    unsigned nch = threaded ? HS_FILERD_CHUNKS : 1;
    r->carry = hs_alloc(HS_CAP_MAX_SNAPLEN + REC_HDR);
    bool ok = r->carry != NULL;
    for (unsigned i = 0; i < nch; i++)
        ok = ok && (r->ch[i].buf = hs_alloc(HS_FILERD_CHUNK)) != NULL;
    if (!ok) {
        hs_filerd_close(r);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    if (threaded) {
        pthread_mutex_init(&r->mu, NULL);
        pthread_cond_init(&r->cv_data, NULL);
        pthread_cond_init(&r->cv_space, NULL);
        if (pthread_create(&r->th, NULL, reader_main, r) == 0) {
            r->threaded = true;
        } else { /* no thread: read in the caller's turn */
            pthread_cond_destroy(&r->cv_data);
            pthread_cond_destroy(&r->cv_space);
            pthread_mutex_destroy(&r->mu);
        }
    }
    *out = r;
    return HS_OK;
}
