/* chk_framing.c: checks of area "framing" (placeholder until the checks land). */
#include "check.h"

const struct hs_check hs_checks_framing[] = {
    {"framing.placeholder", "-", HS_AREA_FRAMING, HS_SEV_INFO, 'S', "-", "placeholder", "-", NULL, NULL},
};
const size_t hs_n_checks_framing = 0;
