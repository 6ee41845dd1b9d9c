/* hs_out.h: buffered output writer with escaping for terminal text and JSON. */
#ifndef HS_UTIL_OUT_H
#define HS_UTIL_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "hs_rc.h"

/*
 * A writer collects bytes in its own buffer and writes them to a file
 * descriptor when the buffer fills, at hs_out_flush() and, in line-buffered
 * mode, at hs_out_end_record(). With fd < 0 it collects into memory instead
 * (tests, fuzzers): the bytes stay in buf until hs_out_reset().
 * Write errors are sticky: the first one is kept in `error` (an errno value)
 * and later writes are dropped.
 */
struct hs_out {
    int fd;             /* borrowed; -1 = memory writer */
    bool line_buffered; /* hs_out_end_record() flushes */
    uint8_t *buf;       /* owned */
    size_t len, cap;
    int error;          /* first errno seen, 0 if none */
    /* hs_out_localtime_us: the second it formatted last, and its text (most records
     * fall in the same second as the record before them) */
    uint64_t lt_sec;    /* UINT64_MAX: none */
    size_t lt_len;
    char lt_text[32];
};

enum hs_rc hs_out_init(struct hs_out *o, int fd, size_t bufsize);
void hs_out_fini(struct hs_out *o); /* flushes, frees; does not close fd */
enum hs_rc hs_out_flush(struct hs_out *o);
void hs_out_reset(struct hs_out *o); /* memory writer: forget collected bytes */

/* Slow path of hs_out_write: flush or grow, errors. */
void hs_out_write_slow(struct hs_out *o, const void *p, size_t n);

static inline void hs_out_write(struct hs_out *o, const void *p, size_t n)
{
    if (n <= o->cap - o->len) {
        memcpy(o->buf + o->len, p, n);
        o->len += n;
        return;
    }
    hs_out_write_slow(o, p, n);
}

static inline void hs_out_char(struct hs_out *o, char c)
{
    if (o->len < o->cap) {
        o->buf[o->len++] = (uint8_t)c;
        return;
    }
    hs_out_write_slow(o, &c, 1);
}

/*
 * The end of a record (one or more whole lines): a line-buffered writer
 * flushes here, so a reader sees each record as soon as it is complete and
 * two writers on one fd never interleave inside a record (one larger than the
 * buffer goes out in pieces, all of them before the next record starts).
 */
static inline void hs_out_end_record(struct hs_out *o)
{
    if (o->line_buffered)
        hs_out_flush(o);
}

void hs_out_str(struct hs_out *o, const char *s);
/* A string literal, without strlen at run time. */
#define HS_OUT_LIT(o, lit) hs_out_write((o), (lit), sizeof(lit) - 1)
void hs_out_u64(struct hs_out *o, uint64_t v);
void hs_out_i64(struct hs_out *o, int64_t v);
void hs_out_printf(struct hs_out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Fixed-point decimal: v / 10^decimals, e.g. (1500, 3) -> "1.500". */
void hs_out_fixed(struct hs_out *o, uint64_t v, unsigned decimals);
/* Timestamp in microseconds since the epoch as "SECONDS.UUUUUU". */
void hs_out_epoch_us(struct hs_out *o, uint64_t ts_us);
/* Timestamp as local "YYYY-MM-DD HH:MM:SS.UUUUUU" (tcpdump -tttt style). */
void hs_out_localtime_us(struct hs_out *o, uint64_t ts_us);

/*
 * Untrusted bytes for a terminal or a log line: printable ASCII passes,
 * backslash becomes "\\", every other byte becomes "\xNN". The result never
 * contains a control byte, a non-ASCII byte or a newline.
 */
void hs_out_text_esc(struct hs_out *o, const uint8_t *p, size_t n);

/*
 * Untrusted bytes as a JSON string including the quotes. Valid UTF-8 passes;
 * '"', '\\' and control characters are escaped; each byte that is not part of
 * valid UTF-8 (including overlong forms and surrogates) becomes "\u00NN".
 * The result is always valid JSON.
 */
void hs_out_json_str(struct hs_out *o, const uint8_t *p, size_t n);

#endif
