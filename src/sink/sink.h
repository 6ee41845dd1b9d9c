/* sink.h: output formats (text lines, JSON Lines) for connection and transaction records. */
#ifndef HS_SINK_SINK_H
#define HS_SINK_SINK_H

#include <stdbool.h>

#include "../analysis/check.h"
#include "../flow/flow.h"
#include "../txn/txn.h"
#include "../util/hs_out.h"
#include "../util/hs_rc.h"

enum hs_sink_fmt {
    HS_FMT_TEXT = 0, /* one readable line per record */
    HS_FMT_JSONL,    /* one JSON object per line */
    HS_FMT_NONE      /* nothing (measure the pipeline alone) */
};

/* Parse a format name ("text", "jsonl"/"json", "none"); false if unknown. */
bool hs_sink_fmt_parse(const char *name, size_t len, enum hs_sink_fmt *out);

struct hs_sink {
    enum hs_sink_fmt fmt;
    bool findings_only; /* text: print only transactions that have findings (-q) */
    struct hs_out out;
};

/*
 * Write to fd (borrowed; not closed). With line_buffered, each call below
 * writes its record(s) to fd before it returns, so the records show at once
 * and outputs that share fd never interleave inside one. Returns
 * HS_ERR_NOMEM on failure.
 */
enum hs_rc hs_sink_init(struct hs_sink *s, enum hs_sink_fmt fmt, int fd, bool line_buffered);
/* Flush and release; returns HS_ERR_IO if any write failed (errno in s->out.error). */
enum hs_rc hs_sink_fini(struct hs_sink *s);

/* One connection record (see httpsift(1), "FLOW RECORDS"). */
void hs_sink_flow(struct hs_sink *s, const struct hs_flow_info *f);
/*
 * One transaction record with its findings (httpsift(1), "TRANSACTION
 * RECORDS"); f may be NULL. With findings_only (text -q), only transactions
 * with findings are printed.
 */
void hs_sink_txn(struct hs_sink *s, const struct hs_txn *t, const struct hs_findings *f);
/* Bytes that belong to no message (httpsift(1), "STRAY DATA"), with their findings. */
void hs_sink_stray(struct hs_sink *s, const struct hs_txn_stray *st, const struct hs_findings *f);
/* The registry as text lines or JSON objects (--list-checks). */
void hs_sink_list_checks(struct hs_sink *s);

#endif
