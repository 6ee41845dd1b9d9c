/* privs.c: giving up root after the capture is open (tcpdump's -Z). */
#define _DEFAULT_SOURCE /* initgroups */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
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
