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

struct hs_streams {
    char *dir; /* owned */
    unsigned max_open, open_now;
    uint64_t errors;
};

enum hs_rc hs_streams_new(const char *dir, unsigned max_open, struct hs_streams **out,
                          struct hs_err *err)
{
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return hs_err_set(err, HS_ERR_IO, "%s: %s", dir, strerror(errno));
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return hs_err_set(err, HS_ERR_IO, "%s: not a directory", dir);
    struct hs_streams *s = hs_calloc(1, sizeof *s);
    size_t n = strlen(dir);
    if (!s || !(s->dir = hs_alloc(n + 1))) {
        hs_free(s);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    memcpy(s->dir, dir, n + 1);
    s->max_open = max_open;
    *out = s;
    return HS_OK;
}

void hs_streams_free(struct hs_streams *s)
{
    if (!s)
        return;
    hs_free(s->dir);
    hs_free(s);
}

void hs_stream_file_init(struct hs_stream_file *sf)
{
    sf->fd = -1;
    sf->offset = 0;
    sf->created = false;
}

/* tcpflow's endpoint form: zero-padded dotted IPv4 or full IPv6, then a 5-digit port. */
static int endpoint(char *b, size_t n, uint8_t af, const uint8_t *a, uint16_t port)
{
    if (af == 4)
        return snprintf(b, n, "%03u.%03u.%03u.%03u.%05u", a[0], a[1], a[2], a[3], port);
    char t[HS_ADDR_STRLEN];
    return snprintf(b, n, "%s.%05u", hs_addr_fmt(6, a, t), port);
}

static void path_of(const struct hs_streams *s, const struct hs_flow_info *f, int dir,
                    const char *suffix, char *out, size_t n)
{
    char src[80], dst[80];
    endpoint(src, sizeof src, f->af, f->addr[dir], f->port[dir]);
    endpoint(dst, sizeof dst, f->af, f->addr[!dir], f->port[!dir]);
    snprintf(out, n, "%s/%06llu-%s-%s%s", s->dir, (unsigned long long)f->id, src, dst, suffix);
}

static void report(struct hs_streams *s, const char *path)
{
    if (s->errors++ == 0)
        fprintf(stderr, "httpsift: --write-streams: %s: %s\n", path, strerror(errno));
}

static bool ensure_open(struct hs_streams *s, struct hs_stream_file *sf,
                        const struct hs_flow_info *f, int dir)
{
    if (sf->fd >= 0)
        return true;
    char path[4200];
    path_of(s, f, dir, "", path, sizeof path);
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (sf->created ? O_APPEND : O_TRUNC);
    sf->fd = open(path, flags, 0644);
    if (sf->fd < 0) {
        report(s, path);
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
    if (!ensure_open(s, sf, f, dir))
        return;
    for (size_t off = 0; off < n;) {
        ssize_t w = write(sf->fd, p + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            report(s, "write");
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
    char path[4200], line[64];
    path_of(s, f, dir, ".gaps", path, sizeof path);
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        report(s, path);
        return;
    }
    int len = snprintf(line, sizeof line, "%llu %llu\n", (unsigned long long)sf->offset,
                       (unsigned long long)n);
    if (write(fd, line, (size_t)len) != len)
        report(s, path);
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
