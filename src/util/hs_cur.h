/* hs_cur.h: bounds-checked cursor over wire bytes; every read is checked against end. */
#ifndef HS_UTIL_CUR_H
#define HS_UTIL_CUR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hs_span.h"

struct hs_cur {
    const uint8_t *p;   /* borrowed: next byte to read */
    const uint8_t *end; /* borrowed: one past the last readable byte */
};

static inline struct hs_cur hs_cur_make(const uint8_t *p, size_t len)
{
    struct hs_cur c = {p, p + len};
    return c;
}

static inline size_t hs_cur_left(const struct hs_cur *c)
{
    return (size_t)(c->end - c->p);
}

static inline bool hs_cur_skip(struct hs_cur *c, size_t n)
{
    if (n > hs_cur_left(c))
        return false;
    c->p += n;
    return true;
}

static inline bool hs_cur_u8(struct hs_cur *c, uint8_t *out)
{
    if (c->p >= c->end)
        return false;
    *out = *c->p++;
    return true;
}

static inline bool hs_cur_be16(struct hs_cur *c, uint16_t *out)
{
    if (hs_cur_left(c) < 2)
        return false;
    *out = (uint16_t)((c->p[0] << 8) | c->p[1]);
    c->p += 2;
    return true;
}

static inline bool hs_cur_be32(struct hs_cur *c, uint32_t *out)
{
    if (hs_cur_left(c) < 4)
        return false;
    *out = ((uint32_t)c->p[0] << 24) | ((uint32_t)c->p[1] << 16) | ((uint32_t)c->p[2] << 8) |
           (uint32_t)c->p[3];
    c->p += 4;
    return true;
}

static inline bool hs_cur_take(struct hs_cur *c, size_t n, struct hs_span *out)
{
    if (n > hs_cur_left(c))
        return false;
    out->p = c->p;
    out->len = n;
    c->p += n;
    return true;
}

/* Unchecked big-endian loads for callers that already checked the length. */
static inline uint16_t hs_be16(const uint8_t *p)
{
    return (uint16_t)((p[0] << 8) | p[1]);
}

static inline uint32_t hs_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

/* Byte swaps (a value written on the other endianness): portable shifts that compilers turn
 * into one bswap/rev instruction. */
static inline uint16_t hs_bswap16(uint16_t v)
{
    return (uint16_t)((v >> 8) | (v << 8));
}

static inline uint32_t hs_bswap32(uint32_t v)
{
    return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
}

#endif
