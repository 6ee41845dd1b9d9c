/* capture.h: packet sources (live interface, pcap/pcapng file, stdin, gzip) over libpcap. */
#ifndef HS_CAPTURE_CAPTURE_H
#define HS_CAPTURE_CAPTURE_H

#include <stdbool.h>
#include <stdint.h>

#include "../decode/decode.h"
#include "../util/hs_rc.h"

/* libpcap's MAXIMUM_SNAPLEN: the default snapshot length of a live capture, and no record
 * of a supported link type in a file may be larger. */
#define HS_CAP_MAX_SNAPLEN 262144u

struct hs_cap_opts {
    const char *file;    /* -r: path, "-" = stdin; gzip-compressed files are read through zlib */
    const char *iface;   /* -i: interface name; NULL with file NULL = the default interface */
    int snaplen;         /* -s: 0 = HS_CAP_MAX_SNAPLEN */
    bool promisc;        /* !-p */
    int buffer_kib;      /* -B: 0 = 32768 KiB */
    bool immediate;      /* --immediate-mode */
    int timeout_ms;      /* live read timeout, so the caller can tick timers */
    const char *filter;  /* BPF expression, NULL or "" = none */
    bool no_read_ahead;  /* read a classic pcap file's records on the caller's thread */
};

/* One captured frame. data is borrowed until the next hs_cap_next() call. */
struct hs_cap_rec {
    uint64_t ts_us;
    uint32_t caplen, wirelen;
    const uint8_t *data;
};

struct hs_cap_stats {
    uint64_t received;  /* ps_recv */
    uint64_t dropped;   /* ps_drop: by the kernel for lack of buffer space */
    uint64_t ifdropped; /* ps_ifdrop: by the interface */
    bool valid;         /* live capture: libpcap gave statistics */
};

struct hs_cap;

/*
 * Open a capture and apply the filter. On failure returns HS_ERR_IO (also
 * for an unsupported link type), HS_ERR_PERM (permission: run as root or
 * grant CAP_NET_RAW), HS_ERR_ARG (bad filter) or HS_ERR_NOMEM with the
 * reason in err.
 */
enum hs_rc hs_cap_open(const struct hs_cap_opts *o, struct hs_cap **out, struct hs_err *err);
void hs_cap_close(struct hs_cap *c);

/*
 * Next frame: HS_OK; HS_AGAIN (live: timeout or nothing yet, or woken by
 * hs_cap_breakloop); HS_EOF; or HS_ERR_IO (err).
 */
enum hs_rc hs_cap_next(struct hs_cap *c, struct hs_cap_rec *rec, struct hs_err *err);

/* The decoder's link type for this capture. */
enum hs_link hs_cap_link(const struct hs_cap *c);
/* libpcap's name and description of the link type (e.g. "EN10MB"). */
const char *hs_cap_link_name(const struct hs_cap *c);
bool hs_cap_is_live(const struct hs_cap *c);
int hs_cap_snaplen(const struct hs_cap *c);
/* Interface or file name being read. */
const char *hs_cap_source(const struct hs_cap *c);
/* Make a blocked hs_cap_next() return HS_AGAIN soon (safe from a signal handler). */
void hs_cap_breakloop(struct hs_cap *c);
enum hs_rc hs_cap_stats(struct hs_cap *c, struct hs_cap_stats *st);

/*
 * List capture interfaces like tcpdump -D: "N.name (description) [flags]",
 * one per line, written to fd. Returns HS_ERR_IO with err on failure.
 */
enum hs_rc hs_cap_list_ifaces(int fd, struct hs_err *err);

/* libpcap version string, for --version. */
const char *hs_cap_lib_version(void);

#endif
