/* hs_arena.c: bump allocation in blocks of at least 2 KiB. */
#include "hs_arena.h"

#include <string.h>

#include "hs_mem.h"

struct hs_arena_block {
    struct hs_arena_block *next; /* owned */
    size_t size;
    max_align_t data[];
};

#define MIN_BLOCK 2048

void hs_arena_init(struct hs_arena *a)
{
    a->head = NULL;
    a->used = 0;
    a->total = 0;
}

void hs_arena_fini(struct hs_arena *a)
{
    struct hs_arena_block *b = a->head, *n;
    for (; b; b = n) {
        n = b->next;
        hs_free(b);
    }
    hs_arena_init(a);
}

void hs_arena_reset(struct hs_arena *a)
{
    struct hs_arena_block *keep = a->head;
    if (!keep)
        return;
    struct hs_arena_block *b = keep->next, *n;
    for (; b; b = n) {
        n = b->next;
        hs_free(b);
    }
    keep->next = NULL;
    a->head = keep;
    a->used = 0;
    a->total = keep->size;
}

void *hs_arena_alloc(struct hs_arena *a, size_t n)
{
    const size_t al = sizeof(max_align_t);
    n = (n + al - 1) / al * al;
    if (n == 0)
        n = al;
    if (!a->head || a->head->size - a->used < n) {
        size_t sz = n > MIN_BLOCK ? n : MIN_BLOCK;
        if (a->head && sz < a->head->size * 2)
            sz = a->head->size * 2; /* grow geometrically: few blocks per arena */
        struct hs_arena_block *b = hs_alloc(sizeof *b + sz);
        if (!b)
            return NULL;
        b->next = a->head;
        b->size = sz;
        a->head = b;
        a->used = 0;
        a->total += sz;
    }
    void *p = (uint8_t *)a->head->data + a->used;
    a->used += n;
    return p;
}

uint8_t *hs_arena_dup(struct hs_arena *a, const void *p, size_t n)
{
    uint8_t *d = hs_arena_alloc(a, n);
    if (d && n)
        memcpy(d, p, n);
    return d;
}
