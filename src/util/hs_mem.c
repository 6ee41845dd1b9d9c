/* hs_mem.c: allocation wrappers (cmocka's leak-checking allocator in unit tests). */
#include "hs_mem.h"

#include <stdlib.h>

#ifdef UNIT_TESTING
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

static unsigned long fail_countdown; /* test-only failure injection */

void hs_mem_fail_at(unsigned long n)
{
    fail_countdown = n;
}

static int should_fail(void)
{
    if (fail_countdown == 0)
        return 0;
    return --fail_countdown == 0;
}

void *hs_alloc(size_t n)
{
    return should_fail() ? NULL : test_malloc(n);
}

void *hs_calloc(size_t nmemb, size_t size)
{
    return should_fail() ? NULL : test_calloc(nmemb, size);
}

void *hs_realloc(void *p, size_t n)
{
    return should_fail() ? NULL : test_realloc(p, n);
}

void hs_free(void *p)
{
    if (p)
        test_free(p);
}
#else
void *hs_alloc(size_t n)
{
    return malloc(n);
}

void *hs_calloc(size_t nmemb, size_t size)
{
    return calloc(nmemb, size);
}

void *hs_realloc(void *p, size_t n)
{
    return realloc(p, n);
}

void hs_free(void *p)
{
    free(p);
}
#endif
