/* hs_rc.c: return-code names and the error-message helper. */
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

const char *hs_rc_name(enum hs_rc rc)
{
    switch (rc) {
    case HS_OK: return "ok";
    case HS_AGAIN: return "again";
    case HS_EOF: return "eof";
    case HS_ERR_NOMEM: return "out of memory";
    case HS_ERR_LIMIT: return "limit";
    case HS_ERR_PARSE: return "parse error";
    case HS_ERR_IO: return "i/o error";
    case HS_ERR_ARG: return "bad argument";
    case HS_ERR_PERM: return "permission denied";
    }
    return "?";
}
