/* chk_redirect.c: checks of area "redirect" (placeholder until the checks land). */
#include "check.h"

const struct hs_check hs_checks_redirect[] = {
    {"redirect.placeholder", "-", HS_AREA_REDIRECT, HS_SEV_INFO, 'S', "-", "placeholder", "-", NULL, NULL},
};
const size_t hs_n_checks_redirect = 0;
