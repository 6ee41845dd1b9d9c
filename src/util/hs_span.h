/* hs_span.h: a borrowed (pointer, length) view of bytes, never NUL-terminated. */
#ifndef HS_UTIL_SPAN_H
#define HS_UTIL_SPAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct hs_span {
    const uint8_t *p; /* borrowed */
    size_t len;
};

static inline struct hs_span hs_span_make(const void *p, size_t len)
{
    struct hs_span s = {(const uint8_t *)p, len};
    return s;
}

static inline bool hs_span_eq(struct hs_span s, const char *lit, size_t litlen)
{
    return s.len == litlen && (litlen == 0 || memcmp(s.p, lit, litlen) == 0);
}

static inline uint8_t hs_lower(uint8_t c)
{
    return (uint8_t)((c >= 'A' && c <= 'Z') ? c + 32 : c);
}

/* Case-insensitive equality with an ASCII literal. */
static inline bool hs_span_ieq(struct hs_span s, const char *lit, size_t litlen)
{
    if (s.len != litlen)
        return false;
    for (size_t i = 0; i < litlen; i++)
        if (hs_lower(s.p[i]) != hs_lower((uint8_t)lit[i]))
            return false;
    return true;
}

/* SP or HTAB: optional whitespace (RFC 9110 5.6.3). */
static inline bool hs_is_ows(uint8_t c)
{
    return c == ' ' || c == '\t';
}

/* s without leading and trailing SP/HTAB. */
static inline struct hs_span hs_span_trim(struct hs_span s)
{
    while (s.len && hs_is_ows(s.p[0]))
        s.p++, s.len--;
    while (s.len && hs_is_ows(s.p[s.len - 1]))
        s.len--;
    return s;
}

#define HS_SPAN_EQ(s, lit) hs_span_eq((s), (lit), sizeof(lit) - 1)
#define HS_SPAN_IEQ(s, lit) hs_span_ieq((s), (lit), sizeof(lit) - 1)

#endif
