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

enum hs_rc hs_output_path_ok(const char *path, bool allow_foreign, struct hs_err *err)
{
    if (geteuid() != 0 || allow_foreign)
        return HS_OK;
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    const char *dir = dirname(buf);
    struct stat st;
    if (stat(dir, &st) != 0)
        return HS_OK; /* the open reports the real error */
    if (st.st_uid != 0)
        return hs_err_set(err, HS_ERR_PERM,
                          "%s: refusing to write as root into a directory owned by uid %u "
                          "(use -Z to drop privileges, or --allow-foreign-output-dir)",
                          path, (unsigned)st.st_uid);
    return HS_OK;
}
