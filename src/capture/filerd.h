/*
 * filerd.h: classic pcap files read ahead by a thread, records handed out in place.
 *
 * Internal to capture/. libpcap still opens and validates the file (link type,
 * snapshot length, the BPF filter); this reader then takes over the records of
 * a classic pcap file (microsecond or nanosecond magic, either byte order,
 * version 2.4): a second thread read()s the file into a small ring of chunks
 * while the caller decodes, and each record is returned where it lies in its
 * chunk (copied only when it straddles two). It reproduces libpcap's handling
 * of each record (the caplen limits, truncation to the snapshot length, the
 * error messages) so both paths give the same packets and the same errors.
 */
#ifndef HS_CAPTURE_FILERD_H
#define HS_CAPTURE_FILERD_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <unistd.h>

#include "../util/hs_rc.h"
#include "capture.h"

/* Chunks of the read-ahead ring and their size: 2 MiB of buffered file at most (a larger
 * ring is no faster and its page faults are a fixed cost of every run). */
#define HS_FILERD_CHUNKS 4
#define HS_FILERD_CHUNK (1u << 19)

struct hs_filerd;

/* read(2), again when a signal interrupted it before any byte (also capture.c's zsrc). */
static inline ssize_t hs_cap_read(int fd, void *buf, size_t n)
{
    for (;;) {
        ssize_t r = read(fd, buf, n);
        if (r >= 0 || errno != EINTR)
            return r;
    }
}

/*
 * Read the records of the open file fd, from its file header on (the offset
 * is set to the first record; it may be shared with libpcap's FILE*, which
 * is no longer read). Takes ownership of fd: it is closed by
 * hs_filerd_close() or, on failure or refusal, at once. snapshot is
 * libpcap's pcap_snapshot() for the file. Sets *out to NULL (and returns
 * HS_OK, without moving the offset) when the file is not one this reader
 * handles (pcapng, modified pcap, other versions, not a regular file): the
 * caller keeps reading through libpcap. threaded = false reads
 * synchronously. HS_ERR_IO when fd cannot be stat()ed, HS_ERR_NOMEM.
 * source names the file in error messages ("source: ...", as libpcap's
 * errors are reported); it is copied.
 */
enum hs_rc hs_filerd_open(int fd, const char *source, int snapshot, bool threaded,
                          struct hs_filerd **out, struct hs_err *err);
/*
 * HS_OK with a record (its data borrowed until the next call; the time as
 * libpcap gives it with microsecond precision), HS_EOF at the end of the file,
 * HS_ERR_IO with err ("source: " and libpcap's words).
 */
enum hs_rc hs_filerd_next(struct hs_filerd *r, struct hs_cap_rec *rec, struct hs_err *err);
/* Stops the reader thread and frees everything. NULL is allowed. */
void hs_filerd_close(struct hs_filerd *r);

#endif
