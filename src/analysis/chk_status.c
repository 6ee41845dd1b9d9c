/* chk_status.c: checks of area "status" (placeholder until the checks land). */
#include "check.h"

const struct hs_check hs_checks_status[] = {
    {"status.placeholder", "-", HS_AREA_STATUS, HS_SEV_INFO, 'S', "-", "placeholder", "-", NULL, NULL},
};
const size_t hs_n_checks_status = 0;
