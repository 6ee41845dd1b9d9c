/* chk_cache.c: checks of area "cache" (placeholder until the checks land). */
#include "check.h"

const struct hs_check hs_checks_cache[] = {
    {"cache.placeholder", "-", HS_AREA_CACHE, HS_SEV_INFO, 'S', "-", "placeholder", "-", NULL, NULL},
};
const size_t hs_n_checks_cache = 0;
