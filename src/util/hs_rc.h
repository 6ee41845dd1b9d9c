/* hs_rc.h: return codes and the error-message buffer shared by every module. */
#ifndef HS_UTIL_RC_H
#define HS_UTIL_RC_H

#include <stddef.h>

enum hs_rc {
    HS_OK = 0,
    HS_AGAIN,     /* need more input */
    HS_EOF,       /* end of input */
    HS_ERR_NOMEM, /* allocation failed */
    HS_ERR_LIMIT, /* a configured limit was hit */
    HS_ERR_PARSE, /* malformed input */
    HS_ERR_IO,    /* I/O or library failure; see hs_err */
    HS_ERR_ARG,   /* bad argument */
    HS_ERR_PERM   /* permission denied */
};

#define HS_ERRBUF_SIZE 512

/* A human-readable reason for a failed setup or I/O call (like libpcap's errbuf). */
struct hs_err {
    char msg[HS_ERRBUF_SIZE];
};

/* Format a message into err (NULL allowed); returns rc so callers can `return hs_err_set(...)`. */
enum hs_rc hs_err_set(struct hs_err *err, enum hs_rc rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
