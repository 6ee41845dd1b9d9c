/* hs_mem.h: allocation wrappers, so tests can count allocations and inject failures. */
#ifndef HS_UTIL_MEM_H
#define HS_UTIL_MEM_H

#include <stddef.h>

/* malloc/calloc/realloc/free equivalents. Return NULL on failure; hs_free(NULL) is a no-op. */
void *hs_alloc(size_t n);
void *hs_calloc(size_t nmemb, size_t size);
void *hs_realloc(void *p, size_t n);
void hs_free(void *p);

#ifdef UNIT_TESTING
/* Make the Nth allocation from now fail (1 = the next one); 0 disables. Test builds only. */
void hs_mem_fail_at(unsigned long n);
#endif

#endif
