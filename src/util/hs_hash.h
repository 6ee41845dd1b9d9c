/* hs_hash.h: seeded 64-bit hash of short byte strings (flow tuples). */
#ifndef HS_UTIL_HASH_H
#define HS_UTIL_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t hs_hash_mix(uint64_t h)
{
    /* MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* Hash n bytes with a seed. All bytes count, so keys that share a prefix spread evenly. */
static inline uint64_t hs_hash_bytes(uint64_t seed, const void *key, size_t n)
{
    const uint8_t *p = key;
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = hs_hash_mix(h ^ w) + 0x9e3779b97f4a7c15ULL;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    return hs_hash_mix(h ^ w ^ ((uint64_t)n << 56));
}

#endif
