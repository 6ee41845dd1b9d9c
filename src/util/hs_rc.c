/* hs_rc.c: the error-message helper. */
#include "hs_rc.h"

#include <stdarg.h>
#include <stdio.h>

enum hs_rc hs_err_set(struct hs_err *err, enum hs_rc rc, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return rc;
}
