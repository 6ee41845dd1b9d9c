/* streams.h: --write-streams: each direction's reassembled bytes to a file, gaps to a side file. */
#ifndef HS_APP_STREAMS_H
#define HS_APP_STREAMS_H

#include <stdint.h>

#include "../flow/flow.h"
#include "../util/hs_rc.h"

/* Per-direction file state, embedded in the connection's state. */
struct hs_stream_file {
    int fd;          /* -1 when not open */
    uint64_t offset; /* bytes written + gap bytes skipped */
    bool created;      /* the data file was made (later opens append) */
    bool gaps_created; /* the same for NAME.gaps */
    bool failed;       /* opening the data file failed: the direction is not written */
};

struct hs_streams;

/*
 * Write into directory dir (created if missing). As root, a directory owned by
 * another user is refused unless allow_foreign (hs_output_dir_ok); files are
 * created inside it without following symbolic links.
 */
enum hs_rc hs_streams_new(const char *dir, unsigned max_open, bool allow_foreign,
                          struct hs_streams **out, struct hs_err *err);
void hs_streams_free(struct hs_streams *s);
void hs_stream_file_init(struct hs_stream_file *sf);

/* Append bytes / record a gap / close the file of one direction. */
void hs_streams_data(struct hs_streams *s, struct hs_stream_file *sf,
                     const struct hs_flow_info *f, int dir, const uint8_t *p, size_t n);
void hs_streams_gap(struct hs_streams *s, struct hs_stream_file *sf,
                    const struct hs_flow_info *f, int dir, uint64_t n);
void hs_streams_end(struct hs_streams *s, struct hs_stream_file *sf);

/* Write errors so far (the first is reported on stderr once). */
uint64_t hs_streams_errors(const struct hs_streams *s);

#endif
