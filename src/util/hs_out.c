/* hs_out.c: buffered writer, number formatting and escaping of untrusted bytes. */
#include "hs_out.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hs_mem.h"

enum hs_rc hs_out_init(struct hs_out *o, int fd, size_t bufsize)
{
    memset(o, 0, sizeof *o);
    o->fd = fd;
    o->lt_sec = UINT64_MAX;
    o->cap = bufsize < 256 ? 256 : bufsize;
    o->buf = hs_alloc(o->cap);
    return o->buf ? HS_OK : HS_ERR_NOMEM;
}

void hs_out_fini(struct hs_out *o)
{
    if (!o || !o->buf)
        return;
    hs_out_flush(o);
    hs_free(o->buf);
    o->buf = NULL;
}

enum hs_rc hs_out_flush(struct hs_out *o)
{
    if (o->fd < 0)
        return HS_OK;
    size_t off = 0;
    while (off < o->len && !o->error) {
        ssize_t w = write(o->fd, o->buf + off, o->len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            o->error = errno;
            break;
        }
        off += (size_t)w;
    }
    o->len = 0;
    return o->error ? HS_ERR_IO : HS_OK;
}

void hs_out_reset(struct hs_out *o)
{
    o->len = 0;
}

/* Make room for n more bytes; memory writers grow, fd writers flush. */
static bool reserve(struct hs_out *o, size_t n)
{
    if (o->cap - o->len >= n)
        return true;
    if (o->fd >= 0) {
        hs_out_flush(o);
        if (o->cap >= n)
            return true;
    }
    size_t ncap = o->cap;
    while (ncap - o->len < n)
        ncap *= 2;
    uint8_t *nb = hs_realloc(o->buf, ncap);
    if (!nb) {
        o->error = ENOMEM;
        return false;
    }
    o->buf = nb;
    o->cap = ncap;
    return true;
}

void hs_out_write_slow(struct hs_out *o, const void *p, size_t n)
{
    if (o->error || n == 0)
        return;
    if (!reserve(o, n))
        return;
    memcpy(o->buf + o->len, p, n);
    o->len += n;
}

void hs_out_str(struct hs_out *o, const char *s)
{
    hs_out_write(o, s, strlen(s));
}

void hs_out_u64(struct hs_out *o, uint64_t v)
{
    char tmp[24];
    char *e = tmp + sizeof tmp, *p = e;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    hs_out_write(o, p, (size_t)(e - p));
}

void hs_out_i64(struct hs_out *o, int64_t v)
{
    if (v < 0) {
        hs_out_char(o, '-');
        hs_out_u64(o, (uint64_t)0 - (uint64_t)v);
    } else {
        hs_out_u64(o, (uint64_t)v);
    }
}

void hs_out_printf(struct hs_out *o, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        hs_out_write(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* '.' and the last `decimals` (1..19) digits of f, zero-padded: the fraction of a fixed-point number. */
static void put_frac(struct hs_out *o, uint64_t f, unsigned decimals)
{
    char tmp[20] = {'.'};
    for (unsigned i = decimals; i > 0; i--) {
        tmp[i] = (char)('0' + f % 10);
        f /= 10;
    }
    hs_out_write(o, tmp, decimals + 1);
}

void hs_out_fixed(struct hs_out *o, uint64_t v, unsigned decimals)
{
    assert(decimals < 20);
    uint64_t div = 1;
    for (unsigned i = 0; i < decimals; i++)
        div *= 10;
    hs_out_u64(o, v / div);
    if (decimals)
        put_frac(o, v % div, decimals);
}

void hs_out_epoch_us(struct hs_out *o, uint64_t ts_us)
{
    hs_out_fixed(o, ts_us, 6);
}

void hs_out_localtime_us(struct hs_out *o, uint64_t ts_us)
{
    uint64_t sec = ts_us / 1000000;
    if (sec != o->lt_sec) {
        /* the text of a second is the same every time (the zone is read once): format it once */
        time_t t = (time_t)sec;
        struct tm tm;
        o->lt_sec = UINT64_MAX; /* lt_text is overwritten below, maybe by a failed call */
        if (!localtime_r(&t, &tm) ||
            (o->lt_len = strftime(o->lt_text, sizeof o->lt_text, "%Y-%m-%d %H:%M:%S", &tm)) == 0) {
            hs_out_epoch_us(o, ts_us);
            return;
        }
        o->lt_sec = sec;
    }
    hs_out_write(o, o->lt_text, o->lt_len);
    put_frac(o, ts_us % 1000000, 6);
}

static const char hexdig[] = "0123456789abcdef";

void hs_out_text_esc(struct hs_out *o, const uint8_t *p, size_t n)
{
    size_t run = 0; /* start of the current run of bytes that pass unchanged */
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c >= 0x20 && c < 0x7f && c != '\\')
            continue;
        hs_out_write(o, p + run, i - run);
        run = i + 1;
        if (c == '\\') {
            hs_out_write(o, "\\\\", 2);
        } else {
            char e[4] = {'\\', 'x', hexdig[c >> 4], hexdig[c & 15]};
            hs_out_write(o, e, 4);
        }
    }
    hs_out_write(o, p + run, n - run);
}

/* Length of the valid UTF-8 sequence at p[0..n), or 0 if it is not valid (RFC 3629). */
static size_t utf8_len(const uint8_t *p, size_t n)
{
    uint8_t c = p[0];
    size_t len;
    uint32_t min;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    uint32_t cp = c & (0x7f >> len);
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* Eight bytes none of which needs escaping in JSON: 0x20..0x7e except '"' and '\\'. */
static bool json_plain8(const uint8_t *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t ctl = (w - ones * 0x20) & ~w;               /* a byte < 0x20 */
    uint64_t quote = ((w ^ (ones * '"')) - ones) & ~(w ^ (ones * '"'));
    uint64_t bsl = ((w ^ (ones * '\\')) - ones) & ~(w ^ (ones * '\\'));
    uint64_t del = ((w ^ (ones * 0x7f)) - ones) & ~(w ^ (ones * 0x7f));
    return ((ctl | quote | bsl | del | w) & high) == 0;
}

/* 1 for the bytes that pass through a JSON string unchanged. */
static const uint8_t json_plain[256] = {
#define R8(x) x, x, x, x, x, x, x, x
    R8(0), R8(0), R8(0), R8(0),                      /* 0x00-0x1f */
    1, 1, 0, 1, 1, 1, 1, 1, R8(1),                   /* 0x20-0x2f: '"' escaped */
    R8(1), R8(1), R8(1), R8(1), R8(1),               /* 0x30-0x57 */
    1, 1, 1, 1, 0, 1, 1, 1,                          /* 0x58-0x5f: '\\' escaped */
    R8(1), R8(1), R8(1), 1, 1, 1, 1, 1, 1, 1, 0,     /* 0x60-0x7f: DEL escaped */
    R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),
    R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),
#undef R8
};

void hs_out_json_str(struct hs_out *o, const uint8_t *p, size_t n)
{
    hs_out_char(o, '"');
    size_t run = 0, i = 0;
    while (i < n) {
        while (i + 8 <= n && json_plain8(p + i))
            i += 8;
        while (i < n && json_plain[p[i]])
            i++;
        if (i >= n)
            break;
        uint8_t c = p[i];
        if (c >= 0x80) {
            size_t l = utf8_len(p + i, n - i);
            if (l) {
                i += l;
                continue;
            }
        }
        hs_out_write(o, p + run, i - run);
        switch (c) {
        case '"': hs_out_write(o, "\\\"", 2); break;
        case '\\': hs_out_write(o, "\\\\", 2); break;
        case '\n': hs_out_write(o, "\\n", 2); break;
        case '\r': hs_out_write(o, "\\r", 2); break;
        case '\t': hs_out_write(o, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hexdig[c >> 4], hexdig[c & 15]};
            hs_out_write(o, e, 6);
        }
        }
        i++;
        run = i;
    }
    hs_out_write(o, p + run, n - run);
    hs_out_char(o, '"');
}
