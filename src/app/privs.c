/* privs.c: giving up root after the capture is open (tcpdump's -Z). */
#define _DEFAULT_SOURCE /* initgroups */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "../util/hs_mem.h"

enum hs_rc hs_drop_privileges(const char *user, struct hs_err *err)
{
    errno = 0;
    struct passwd *pw = getpwnam(user);
    if (!pw)
        return hs_err_set(err, HS_ERR_ARG, "cannot drop privileges: unknown user '%s'", user);
    if (getuid() == pw->pw_uid && geteuid() == pw->pw_uid)
        return HS_OK;
    if (initgroups(pw->pw_name, pw->pw_gid) != 0 || setgid(pw->pw_gid) != 0 ||
        setuid(pw->pw_uid) != 0)
        return hs_err_set(err, HS_ERR_PERM, "cannot drop privileges to '%s': %s", user,
                          strerror(errno));
    if (pw->pw_uid != 0 && setuid(0) == 0)
        return hs_err_set(err, HS_ERR_PERM, "privileges were not dropped: setuid(0) succeeded");
    return HS_OK;
}

/* The one rule: as root, write only into directories root owns (unless allowed). */
static enum hs_rc dir_owner_ok(const struct stat *st, const char *path, struct hs_err *err)
{
    if (st->st_uid == 0)
        return HS_OK;
    return hs_err_set(err, HS_ERR_PERM,
                      "%s: refusing to write as root into a directory owned by uid %u "
                      "(use -Z to drop privileges, or --allow-foreign-output-dir)",
                      path, (unsigned)st->st_uid);
}

enum hs_rc hs_output_path_ok(const char *path, bool allow_foreign, struct hs_err *err)
{
    if (geteuid() != 0 || allow_foreign)
        return HS_OK;
    size_t n = strlen(path);
    char *buf = hs_alloc(n + 1);
    if (!buf)
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    memcpy(buf, path, n + 1);
    struct stat st;
    /* a failed stat lets the open report the real error */
    enum hs_rc rc = stat(dirname(buf), &st) == 0 ? dir_owner_ok(&st, path, err) : HS_OK;
    hs_free(buf);
    return rc;
}

enum hs_rc hs_output_dir_ok(int dirfd, const char *path, bool allow_foreign, struct hs_err *err)
{
    if (geteuid() != 0 || allow_foreign)
        return HS_OK;
    struct stat st;
    if (fstat(dirfd, &st) != 0)
        return hs_err_set(err, HS_ERR_IO, "%s: %s", path, strerror(errno));
    return dir_owner_ok(&st, path, err);
}
