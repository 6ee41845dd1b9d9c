/* capture.c: libpcap packet sources; the only file that includes <pcap.h>. */
#define _GNU_SOURCE /* fopencookie: gzip and stdin sources */
#include "capture.h"

#include <errno.h>
#include <fcntl.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <zlib.h>

#include "../util/hs_mem.h"
#include "filerd.h"

struct hs_cap {
    pcap_t *p;
    enum hs_link link;
    bool live;
    char source[256];
    FILE *cookie_fp; /* owned by libpcap once opened (pcap_close closes it) */
    struct hs_filerd *rd;       /* owned: reads a classic pcap file's records (NULL: libpcap) */
    struct bpf_program prog;    /* the filter, applied here when rd reads */
    bool have_prog;
    volatile sig_atomic_t brk;  /* hs_cap_breakloop() while rd reads */
};

/* ---- gzip / stdin reader behind a FILE* ---------------------------------- */

/* Reads a file descriptor, inflating gzip (also concatenated members) when the
 * first bytes are the gzip magic, passing other data through unchanged. */
struct zsrc {
    int fd;
    bool gz, eof;
    z_stream zs;
    uint8_t in[65536];
    size_t in_len; /* bytes of `in` not yet used; they start at zs.next_in */
};

static ssize_t zsrc_fill(struct zsrc *z)
{
    ssize_t r = hs_cap_read(z->fd, z->in, sizeof z->in);
    if (r <= 0) {
        if (r == 0)
            z->eof = true;
        return r;
    }
    z->zs.next_in = z->in;
    z->zs.avail_in = (uInt)r;
    return r;
}

static ssize_t zsrc_read(void *cookie, char *buf, size_t size)
{
    struct zsrc *z = cookie;
    if (!z->gz) {
        if (z->zs.avail_in) { /* the bytes read to sniff the magic */
            size_t n = z->zs.avail_in < size ? z->zs.avail_in : size;
            memcpy(buf, z->zs.next_in, n);
            z->zs.next_in += n;
            z->zs.avail_in -= (uInt)n;
            return (ssize_t)n;
        }
        return hs_cap_read(z->fd, buf, size);
    }
    uInt want = (uInt)(size > (1u << 30) ? (1u << 30) : size);
    z->zs.next_out = (Bytef *)buf;
    z->zs.avail_out = want;
    /* Return as soon as something was inflated: a live pipe must not wait for a full buffer. */
    while (z->zs.avail_out == want) {
        if (z->zs.avail_in == 0) {
            if (z->eof)
                break;
            if (zsrc_fill(z) < 0)
                return -1;
            if (z->eof)
                break;
        }
        int rc = inflate(&z->zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            if (inflateReset(&z->zs) != Z_OK) /* another gzip member may follow */
                return -1;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            errno = EILSEQ;
            return -1;
        }
    }
    return (ssize_t)(want - z->zs.avail_out);
}

static int zsrc_close(void *cookie)
{
    struct zsrc *z = cookie;
    if (z->gz)
        inflateEnd(&z->zs);
    if (z->fd > 0)
        close(z->fd);
    hs_free(z);
    return 0;
}

/*
 * *out = a FILE* over fd that inflates gzip transparently. Takes ownership of
 * fd (unless 0): it is closed on failure too. HS_ERR_NOMEM with err on failure.
 */
static enum hs_rc zsrc_open(int fd, FILE **out, struct hs_err *err)
{
    struct zsrc *z = hs_calloc(1, sizeof *z);
    if (!z) {
        if (fd > 0)
            close(fd);
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    }
    z->fd = fd;
    /* Sniff the first two bytes. */
    size_t got = 0;
    while (got < 2) {
        ssize_t r = hs_cap_read(fd, z->in + got, 2 - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    z->zs.next_in = z->in;
    z->zs.avail_in = (uInt)got;
    if (got == 2 && z->in[0] == 0x1f && z->in[1] == 0x8b) {
        if (inflateInit2(&z->zs, 15 + 32) != Z_OK) {
            zsrc_close(z); /* z->gz is still false: no inflateEnd */
            return hs_err_set(err, HS_ERR_NOMEM, "zlib initialisation failed");
        }
        z->gz = true;
        z->zs.next_in = z->in; /* inflateInit2 may reset these */
        z->zs.avail_in = (uInt)got;
    }
    cookie_io_functions_t io = {.read = zsrc_read, .close = zsrc_close};
    *out = fopencookie(z, "r", io);
    if (!*out) {
        int e = errno;
        zsrc_close(z);
        return hs_err_set(err, HS_ERR_NOMEM, "fopencookie: %s", strerror(e));
    }
    return HS_OK;
}

/* ---- opening ------------------------------------------------------------- */

static enum hs_link map_dlt(int dlt)
{
    switch (dlt) {
    case DLT_EN10MB: return HS_LINK_ETHERNET;
    case DLT_LINUX_SLL: return HS_LINK_SLL;
#ifdef DLT_LINUX_SLL2
    case DLT_LINUX_SLL2: return HS_LINK_SLL2;
#endif
    case DLT_RAW: return HS_LINK_RAW;
#ifdef DLT_IPV4
    case DLT_IPV4: return HS_LINK_IPV4;
#endif
#ifdef DLT_IPV6
    case DLT_IPV6: return HS_LINK_IPV6;
#endif
    case DLT_NULL: return HS_LINK_NULL;
#ifdef DLT_LOOP
    case DLT_LOOP: return HS_LINK_LOOP;
#endif
    default: return HS_LINK_UNKNOWN;
    }
}

/* Does the regular file fd start with the gzip magic? pread: the offset stays at 0. */
static bool is_gzip_fd(int fd)
{
    uint8_t m[2];
    return pread(fd, m, 2, 0) == 2 && m[0] == 0x1f && m[1] == 0x8b;
}

static enum hs_rc open_file(struct hs_cap *c, const char *path, bool read_ahead,
                            struct hs_err *err)
{
    char ebuf[PCAP_ERRBUF_SIZE] = "";
    bool std_in = strcmp(path, "-") == 0;
    snprintf(c->source, sizeof c->source, "%s", std_in ? "stdin" : path);
    /* The path is opened once: a pipe, a FIFO or /dev/stdin cannot be opened or read twice. */
    int fd = std_in ? 0 : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return hs_err_set(err, errno == EACCES ? HS_ERR_PERM : HS_ERR_IO, "%s: %s", path,
                          strerror(errno));
    struct stat st;
    bool regular = !std_in && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    FILE *fp;
    if (!regular || is_gzip_fd(fd)) {
        /* stdin, pipes, FIFOs, devices and gzip files: zsrc sniffs the magic without
         * losing a byte and is the only reader of fd */
        enum hs_rc rc = zsrc_open(fd, &fp, err);
        if (rc != HS_OK)
            return rc;
        fd = -1;
    } else {
        /* libpcap reads the file header through its own FILE* on a duplicate of fd; the
         * duplicate shares the offset, which filerd sets before it reads the records */
        int lfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
        fp = lfd < 0 ? NULL : fdopen(lfd, "rb");
        if (!fp) {
            int e = errno;
            if (lfd >= 0)
                close(lfd);
            close(fd);
            return hs_err_set(err, HS_ERR_IO, "%s: %s", path, strerror(e));
        }
    }
    c->p = pcap_fopen_offline_with_tstamp_precision(fp, PCAP_TSTAMP_PRECISION_MICRO, ebuf);
    if (!c->p) {
        fclose(fp);
        if (fd >= 0)
            close(fd);
        return hs_err_set(err, HS_ERR_IO, "%s: %s", c->source, ebuf);
    }
    if (fd < 0)
        return HS_OK;
    /* libpcap has checked the file header; a classic pcap file's records are read by filerd
     * (ahead, by a second thread, unless no_read_ahead) and handed out in place */
    return hs_filerd_open(fd, c->source, pcap_snapshot(c->p), read_ahead, &c->rd, err);
}

static enum hs_rc open_live(struct hs_cap *c, const struct hs_cap_opts *o, struct hs_err *err)
{
    char ebuf[PCAP_ERRBUF_SIZE] = "";
    const char *dev = o->iface;
    pcap_if_t *all = NULL;
    if (!dev) {
        /* tcpdump's default: the first interface that is up and not loopback */
        if (pcap_findalldevs(&all, ebuf) != 0)
            return hs_err_set(err, HS_ERR_IO, "cannot list interfaces: %s", ebuf);
        for (pcap_if_t *d = all; d; d = d->next)
            if (!(d->flags & PCAP_IF_LOOPBACK) && (d->flags & PCAP_IF_UP) &&
                strcmp(d->name, "any") != 0) {
                dev = d->name;
                break;
            }
        if (!dev) {
            pcap_freealldevs(all);
            return hs_err_set(err, HS_ERR_IO, "no suitable capture interface found (use -i)");
        }
    }
    snprintf(c->source, sizeof c->source, "%s", dev);
    if (all)
        pcap_freealldevs(all);
    c->p = pcap_create(c->source, ebuf);
    if (!c->p)
        return hs_err_set(err, HS_ERR_IO, "%s: %s", c->source, ebuf);
    pcap_set_snaplen(c->p, o->snaplen > 0 ? o->snaplen : (int)HS_CAP_MAX_SNAPLEN);
    pcap_set_promisc(c->p, o->promisc);
    pcap_set_timeout(c->p, o->timeout_ms > 0 ? o->timeout_ms : 1000);
    /* libpcap's 2 MiB default drops on busy links (and on lo every packet lands twice) */
    pcap_set_buffer_size(c->p, (o->buffer_kib > 0 ? o->buffer_kib : 32768) * 1024);
#ifdef HAVE_PCAP_SET_IMMEDIATE_MODE
    if (o->immediate)
        pcap_set_immediate_mode(c->p, 1);
#endif
    int rc = pcap_activate(c->p);
    if (rc < 0) {
        const char *why = pcap_geterr(c->p);
        switch (rc) {
        case PCAP_ERROR_PERM_DENIED:
            return hs_err_set(err, HS_ERR_PERM,
                              "%s: permission denied (%s); run as root or grant the capability: "
                              "setcap cap_net_raw,cap_net_admin=eip httpsift",
                              c->source, why);
        case PCAP_ERROR_NO_SUCH_DEVICE:
            return hs_err_set(err, HS_ERR_IO, "%s: no such device (%s); httpsift -D lists them",
                              c->source, why);
        case PCAP_ERROR_IFACE_NOT_UP:
            return hs_err_set(err, HS_ERR_IO, "%s: interface is not up", c->source);
        default:
            return hs_err_set(err, HS_ERR_IO, "%s: %s", c->source,
                              *why ? why : pcap_statustostr(rc));
        }
    }
    c->live = true;
    return HS_OK;
}

enum hs_rc hs_cap_open(const struct hs_cap_opts *o, struct hs_cap **out, struct hs_err *err)
{
    enum hs_rc rc;
    struct hs_cap *c = hs_calloc(1, sizeof *c);
    if (!c)
        return hs_err_set(err, HS_ERR_NOMEM, "out of memory");
    rc = o->file ? open_file(c, o->file, !o->no_read_ahead, err) : open_live(c, o, err);
    if (rc != HS_OK)
        goto fail;
    c->link = map_dlt(pcap_datalink(c->p));
    if (c->link == HS_LINK_UNKNOWN) {
        const char *n = pcap_datalink_val_to_name(pcap_datalink(c->p));
        rc = hs_err_set(err, HS_ERR_IO, "%s: unsupported link type %s (%d)", c->source,
                        n ? n : "?", pcap_datalink(c->p));
        goto fail;
    }
    if (o->filter && *o->filter) {
        struct bpf_program prog;
        bpf_u_int32 net = 0, mask = PCAP_NETMASK_UNKNOWN;
        char ebuf[PCAP_ERRBUF_SIZE];
        if (c->live && pcap_lookupnet(c->source, &net, &mask, ebuf) != 0)
            mask = PCAP_NETMASK_UNKNOWN;
        if (pcap_compile(c->p, &prog, o->filter, 1, mask) != 0) {
            rc = hs_err_set(err, HS_ERR_ARG, "bad filter expression: %s", pcap_geterr(c->p));
            goto fail;
        }
        if (c->rd) { /* filerd hands out the records: next_from_rd() applies the filter */
            c->prog = prog;
            c->have_prog = true;
        } else {
            int frc = pcap_setfilter(c->p, &prog);
            pcap_freecode(&prog);
            if (frc != 0) {
                rc = hs_err_set(err, HS_ERR_IO, "cannot set filter: %s", pcap_geterr(c->p));
                goto fail;
            }
        }
    }
    *out = c;
    return HS_OK;
fail:
    hs_cap_close(c);
    return rc;
}

void hs_cap_close(struct hs_cap *c)
{
    if (!c)
        return;
    hs_filerd_close(c->rd);
    if (c->have_prog)
        pcap_freecode(&c->prog);
    if (c->p)
        pcap_close(c->p);
    hs_free(c);
}

static enum hs_rc next_from_rd(struct hs_cap *c, struct hs_cap_rec *rec, struct hs_err *err)
{
    for (;;) {
        if (c->brk)
            return HS_EOF;
        enum hs_rc rc = hs_filerd_next(c->rd, rec, err);
        if (rc != HS_OK)
            return rc;
        if (c->have_prog) {
            struct pcap_pkthdr h = {.caplen = rec->caplen, .len = rec->wirelen};
            if (!pcap_offline_filter(&c->prog, &h, rec->data))
                continue;
        }
        return HS_OK;
    }
}

enum hs_rc hs_cap_next(struct hs_cap *c, struct hs_cap_rec *rec, struct hs_err *err)
{
    if (c->rd)
        return next_from_rd(c, rec, err);
    struct pcap_pkthdr *h;
    const u_char *d;
    int rc = pcap_next_ex(c->p, &h, &d);
    if (rc == 1) {
        /* A classic pcap file stores the seconds in 32 bits that libpcap reads as signed;
         * they are unsigned (a record of 2106 is not one of 1901), as filerd reads them. */
        uint64_t sec = h->ts.tv_sec < 0 ? (uint32_t)h->ts.tv_sec : (uint64_t)h->ts.tv_sec;
        rec->ts_us = sec * 1000000u + (uint64_t)h->ts.tv_usec;
        rec->caplen = h->caplen;
        rec->wirelen = h->len;
        rec->data = d;
        return HS_OK;
    }
    if (rc == 0)
        return HS_AGAIN;
    if (rc == PCAP_ERROR_BREAK) /* a file's end, or (live) hs_cap_breakloop: the caller
                                   decides whether to stop */
        return c->live ? HS_AGAIN : HS_EOF;
    if (rc == PCAP_ERROR)
        return hs_err_set(err, HS_ERR_IO, "%s: %s", c->source, pcap_geterr(c->p));
    return HS_EOF;
}

enum hs_link hs_cap_link(const struct hs_cap *c)
{
    return c->link;
}

const char *hs_cap_link_name(const struct hs_cap *c)
{
    const char *n = pcap_datalink_val_to_name(pcap_datalink(c->p));
    return n ? n : "?";
}

bool hs_cap_is_live(const struct hs_cap *c)
{
    return c->live;
}

int hs_cap_snaplen(const struct hs_cap *c)
{
    return pcap_snapshot(c->p);
}

const char *hs_cap_source(const struct hs_cap *c)
{
    return c->source;
}

void hs_cap_breakloop(struct hs_cap *c)
{
    c->brk = 1;
    pcap_breakloop(c->p);
}

enum hs_rc hs_cap_stats(struct hs_cap *c, struct hs_cap_stats *st)
{
    struct pcap_stat ps;
    memset(st, 0, sizeof *st);
    if (!c->live || pcap_stats(c->p, &ps) != 0)
        return HS_ERR_IO;
    st->received = ps.ps_recv;
    st->dropped = ps.ps_drop;
    st->ifdropped = ps.ps_ifdrop;
    st->valid = true;
    return HS_OK;
}

enum hs_rc hs_cap_list_ifaces(int fd, struct hs_err *err)
{
    char ebuf[PCAP_ERRBUF_SIZE];
    pcap_if_t *all;
    if (pcap_findalldevs(&all, ebuf) != 0)
        return hs_err_set(err, HS_ERR_IO, "cannot list interfaces: %s", ebuf);
    if (!all)
        return hs_err_set(err, HS_ERR_IO, "no interfaces found (are you root?)");
    int n = 1;
    for (pcap_if_t *d = all; d; d = d->next, n++) {
        char line[1024];
        int len = snprintf(line, sizeof line, "%d.%s%s%s%s [%s%s%s]\n", n, d->name,
                           d->description ? " (" : "", d->description ? d->description : "",
                           d->description ? ")" : "", (d->flags & PCAP_IF_UP) ? "Up" : "Down",
                           (d->flags & PCAP_IF_RUNNING) ? ", Running" : "",
                           (d->flags & PCAP_IF_LOOPBACK) ? ", Loopback" : "");
        if (len > 0 && write(fd, line, (size_t)len < sizeof line ? (size_t)len : sizeof line - 1) < 0)
            break;
    }
    pcap_freealldevs(all);
    return HS_OK;
}

const char *hs_cap_lib_version(void)
{
    return pcap_lib_version();
}
