/* hs_arena.h: a bump allocator whose blocks are all freed in one call. */
#ifndef HS_UTIL_ARENA_H
#define HS_UTIL_ARENA_H

#include <stddef.h>
#include <stdint.h>

struct hs_arena_block;

struct hs_arena {
    struct hs_arena_block *head; /* owned: newest block first */
    size_t used;                 /* bytes used in head */
    size_t total;                /* bytes allocated in all blocks */
};

void hs_arena_init(struct hs_arena *a);
/* Free every block; the arena can be used again. */
void hs_arena_fini(struct hs_arena *a);
/* Forget every allocation but keep the newest block for reuse (cheap recycling). */
void hs_arena_reset(struct hs_arena *a);
/* n bytes aligned for any type, or NULL when out of memory. Valid until fini. */
void *hs_arena_alloc(struct hs_arena *a, size_t n);
/* A copy of p[0..n); NULL only when out of memory (n == 0 gives a valid pointer). */
uint8_t *hs_arena_dup(struct hs_arena *a, const void *p, size_t n);

#endif
