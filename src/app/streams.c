/* streams.c: reassembled stream files named like tcpflow's, with gaps in NAME.gaps. */
#include "streams.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/hs_addr.h"
#include "../util/hs_mem.h"
#include "config.h" /* hs_output_dir_ok */

#define NAME_LEN 200

struct hs_streams {
    int dirfd; /* owned: every file is created relative to it, never through a symlink */
    char *dir; /* owned: its name, for messages */
    unsigned max_open, open_now;
    uint64_t errors;
};

enum hs_rc hs_streams_new(const char *dir, unsigned max_open, bool allow_foreign,
                          struct hs_streams **out, struct hs_err *err)
{
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return hs_err_set(err, HS_ERR_IO, "%s: %s", dir, strerror(errno));
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return hs_err_set(err, HS_ERR_IO, "%s: %s", dir,
                          errno == ENOTDIR ? "not a directory" : strerror(errno));
    /* The directory actually opened must pass the ownership rule, not only its parent:
     * whoever owns it could plant symlinks or hard links under the file names. */
    enum hs_rc rc = hs_output_dir_ok(fd, dir, allow_foreign, err);
    if (rc != HS_OK) {
        close(fd);
        return rc;
    }
    struct hs_streams *s = hs_calloc(1, sizeof *s);
    size_t n = strlen(dir);
    if (!s || !(s->dir = hs_alloc(n + 1))) {
        hs_free(s);
        close(fd);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    memcpy(s->dir, dir, n + 1);
    s->dirfd = fd;
    s->max_open = max_open;
    *out = s;
    return HS_OK;
}

void hs_streams_free(struct hs_streams *s)
{
    if (!s)
        return;
    close(s->dirfd);
    hs_free(s->dir);
    hs_free(s);
}

void hs_stream_file_init(struct hs_stream_file *sf)
{
    sf->fd = -1;
    sf->offset = 0;
    sf->created = sf->gaps_created = false;
    sf->failed = false;
}

/* tcpflow's endpoint form: zero-padded dotted IPv4 or full IPv6, then a 5-digit port. */
static int endpoint(char *b, size_t n, uint8_t af, const uint8_t *a, uint16_t port)
{
    if (af == 4)
        return snprintf(b, n, "%03u.%03u.%03u.%03u.%05u", a[0], a[1], a[2], a[3], port);
    char t[HS_ADDR_STRLEN];
    return snprintf(b, n, "%s.%05u", hs_addr_fmt(6, a, t), port);
}

/* NAME in the directory: "000001-SRC-DST" + suffix; the longest (IPv6, 20-digit id) fits. */
static void name_of(const struct hs_flow_info *f, int dir, const char *suffix, char *out,
                    size_t n)
{
    char src[80], dst[80];
    endpoint(src, sizeof src, f->af, f->addr[dir], f->port[dir]);
    endpoint(dst, sizeof dst, f->af, f->addr[!dir], f->port[!dir]);
    snprintf(out, n, "%06llu-%s-%s%s", (unsigned long long)f->id, src, dst, suffix);
}

/* name: a file in the directory, or NULL for a write error. */
static void report(struct hs_streams *s, const char *name)
{
    if (s->errors++ == 0) {
        if (name)
            fprintf(stderr, "httpsift: --write-streams: %s/%s: %s\n", s->dir, name,
                    strerror(errno));
        else
            fprintf(stderr, "httpsift: --write-streams: write: %s\n", strerror(errno));
    }
}

/* Create or append to NAME in the directory; never through a symbolic link. */
static int open_in(struct hs_streams *s, const char *name, int flags)
{
    return openat(s->dirfd, name, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | flags, 0644);
}

/* After a failed open the direction is given up: no retry on each later callback. */
static bool ensure_open(struct hs_streams *s, struct hs_stream_file *sf,
                        const struct hs_flow_info *f, int dir)
{
    if (sf->fd >= 0)
        return true;
    if (sf->failed)
        return false;
    char name[NAME_LEN];
    name_of(f, dir, "", name, sizeof name);
    sf->fd = open_in(s, name, sf->created ? O_APPEND : O_TRUNC);
    if (sf->fd < 0) {
        sf->failed = true;
        report(s, name);
        return false;
    }
    sf->created = true;
    s->open_now++;
    return true;
}

/* Over the open-file limit, files are closed after each write and reopened for the next. */
static void maybe_close(struct hs_streams *s, struct hs_stream_file *sf)
{
    if (s->open_now > s->max_open)
        hs_streams_end(s, sf);
}

void hs_streams_data(struct hs_streams *s, struct hs_stream_file *sf,
                     const struct hs_flow_info *f, int dir, const uint8_t *p, size_t n)
{
    if (!ensure_open(s, sf, f, dir)) {
        sf->offset += n; /* the .gaps offsets still count these bytes */
        return;
    }
    for (size_t off = 0; off < n;) {
        ssize_t w = write(sf->fd, p + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            report(s, NULL);
            break;
        }
        off += (size_t)w;
    }
    sf->offset += n;
    maybe_close(s, sf);
}

void hs_streams_gap(struct hs_streams *s, struct hs_stream_file *sf,
                    const struct hs_flow_info *f, int dir, uint64_t n)
{
    char name[NAME_LEN], line[64];
    name_of(f, dir, ".gaps", name, sizeof name);
    /* the first record replaces a .gaps file left by an earlier run, as the data file is */
    int fd = open_in(s, name, sf->gaps_created ? O_APPEND : O_TRUNC);
    if (fd < 0) {
        report(s, name);
        sf->offset += n;
        return;
    }
    sf->gaps_created = true;
    int len = snprintf(line, sizeof line, "%llu %llu\n", (unsigned long long)sf->offset,
                       (unsigned long long)n);
    if (write(fd, line, (size_t)len) != len)
        report(s, name);
    close(fd);
    /* The data file exists even if the stream starts with a gap. */
    if (!sf->created && ensure_open(s, sf, f, dir))
        maybe_close(s, sf);
    sf->offset += n;
}

void hs_streams_end(struct hs_streams *s, struct hs_stream_file *sf)
{
    if (sf->fd >= 0) {
        close(sf->fd);
        sf->fd = -1;
        s->open_now--;
    }
}

uint64_t hs_streams_errors(const struct hs_streams *s)
{
    return s->errors;
}
