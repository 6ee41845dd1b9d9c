/* h1_fid.h: the well-known header field names, classified once per field line. */
#ifndef HS_HTTP_H1_FID_H
#define HS_HTTP_H1_FID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../util/hs_span.h"

/*
 * The header fields known by name: the parser classifies every field line once
 * (hs_h1_field.fid) and framing, pairing and the checks use the kind instead of
 * comparing names (bit numbers of hs_chk_fields.has).
 */
enum hs_fid {
    HS_FID_ACCEPT, HS_FID_ACCEPT_CHARSET, HS_FID_ACCEPT_ENCODING, HS_FID_ACCEPT_LANGUAGE,
    HS_FID_ACCEPT_RANGES, HS_FID_AGE, HS_FID_ALLOW, HS_FID_ALT_SVC, HS_FID_AUTHENTICATION_INFO,
    HS_FID_AUTHORIZATION, HS_FID_CACHE_CONTROL, HS_FID_CONNECTION, HS_FID_CONTENT_ENCODING,
    HS_FID_CONTENT_LANGUAGE, HS_FID_CONTENT_LENGTH, HS_FID_CONTENT_LOCATION, HS_FID_CONTENT_RANGE,
    HS_FID_CONTENT_TYPE, HS_FID_COOKIE, HS_FID_DATE, HS_FID_ETAG, HS_FID_EXPECT, HS_FID_EXPIRES,
    HS_FID_FORWARDED, HS_FID_FROM, HS_FID_HOST, HS_FID_IF_MATCH, HS_FID_IF_MODIFIED_SINCE,
    HS_FID_IF_NONE_MATCH, HS_FID_IF_RANGE, HS_FID_IF_UNMODIFIED_SINCE, HS_FID_LAST_MODIFIED,
    HS_FID_LINK, HS_FID_LOCATION, HS_FID_MAX_FORWARDS, HS_FID_PRAGMA, HS_FID_PREFERENCE_APPLIED,
    HS_FID_PROXY_AUTHENTICATE, HS_FID_PROXY_AUTHENTICATION_INFO, HS_FID_PROXY_AUTHORIZATION,
    HS_FID_RANGE, HS_FID_REFERER, HS_FID_RETRY_AFTER, HS_FID_SERVER, HS_FID_SET_COOKIE, HS_FID_TE,
    HS_FID_TRAILER, HS_FID_TRANSFER_ENCODING, HS_FID_UPGRADE, HS_FID_USER_AGENT, HS_FID_VARY,
    HS_FID_VIA, HS_FID_WARNING, HS_FID_WWW_AUTHENTICATE, HS_FID_X_FORWARDED_PROTO,
    HS_FID_N,            /* at most 64 */
    HS_FID_OTHER = 255   /* any other name */
};

#define HS_FID_BIT(f) ((uint64_t)1 << (f))

/* Lower-case names of enum hs_fid, with their lengths (held in place: one load less). */
struct hs_fid_name {
    char s[31];
    uint8_t n;
};
extern const struct hs_fid_name hs_fid_names[HS_FID_N];

/* A slot of the name hash (hs_fid_hash()): fid + 1 and the name's length; 0 = no name. */
struct hs_fid_slot {
    uint8_t fid1;
    uint8_t len;
};
extern const struct hs_fid_slot hs_fid_slots[256];

/* Length, first and last octet (ASCII case folded). */
static inline unsigned hs_fid_hash(const uint8_t *p, size_t n)
{
    return (unsigned)(n + (p[0] | 0x20u) * 16u + (p[n - 1] | 0x20u) * 9u) & 255u;
}

static inline uint64_t hs_ld64(const void *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t hs_ld32(const void *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/*
 * Bits where the octets of a and of a lower-case literal word lit differ, as
 * hs_span_ieq() sees them: they may differ in bit 0x20 only where the literal
 * holds a letter (bit 0x40 set, which "-" and digits lack).
 */
static inline uint64_t hs_fid_diff8(uint64_t a, uint64_t lit)
{
    return (a ^ lit) & ~((lit >> 1) & 0x2020202020202020ULL);
}

static inline uint32_t hs_fid_diff4(uint32_t a, uint32_t lit)
{
    return (a ^ lit) & ~((lit >> 1) & 0x20202020u);
}

/*
 * p[0..n) equals the lower-case literal lit of length n (1..25), ignoring
 * ASCII case: overlapping words, no loop.
 */
static inline bool hs_fid_ieq(const uint8_t *p, const char *lit, size_t n)
{
    if (n >= 8) {
        uint64_t d = hs_fid_diff8(hs_ld64(p), hs_ld64(lit)) |
                     hs_fid_diff8(hs_ld64(p + n - 8), hs_ld64(lit + n - 8));
        if (n > 16)
            d |= hs_fid_diff8(hs_ld64(p + 8), hs_ld64(lit + 8));
        if (n > 24)
            d |= hs_fid_diff8(hs_ld64(p + 16), hs_ld64(lit + 16));
        return d == 0;
    }
    if (n >= 4)
        return (hs_fid_diff4(hs_ld32(p), hs_ld32(lit)) |
                hs_fid_diff4(hs_ld32(p + n - 4), hs_ld32(lit + n - 4))) == 0;
    for (size_t i = 0; i < n; i++)
        if (hs_lower(p[i]) != (uint8_t)lit[i])
            return false;
    return true;
}

/* The kind of the field name p[0..n) (HS_FID_OTHER for names not in the list). */
static inline enum hs_fid hs_fid_of(const uint8_t *p, size_t n)
{
    if (n == 0)
        return HS_FID_OTHER;
    unsigned h = hs_fid_hash(p, n);
    if (hs_fid_slots[h].len != n || !hs_fid_ieq(p, hs_fid_names[hs_fid_slots[h].fid1 - 1].s, n))
        return HS_FID_OTHER;
    return (enum hs_fid)(hs_fid_slots[h].fid1 - 1);
}

#endif
