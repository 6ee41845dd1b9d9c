/* config.h: the immutable run configuration built from the command line. */
#ifndef HS_APP_CONFIG_H
#define HS_APP_CONFIG_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "../analysis/check.h"
#include "../capture/capture.h"
#include "../decode/decode.h"
#include "../flow/flow.h"
#include "../sink/sink.h"
#include "../txn/txn.h"

#define HS_MAX_OUTPUTS 8

struct hs_output_spec {
    enum hs_sink_fmt fmt;
    const char *path; /* borrowed from argv; NULL or "-" = stdout */
};

struct hs_config {
    struct hs_cap_opts cap;
    char *filter_owned;        /* owned: BPF text built from argv or -F */
    uint64_t max_packets;      /* -c; 0 = no limit */
    const char *user;          /* -Z; NULL = default */
    bool list_ifaces;          /* -D */
    bool flows;                /* --flows, --flows-only */
    bool flows_only;           /* --flows-only: no transaction records */
    bool line_buffered;        /* -l */
    int verbose;               /* -v count; -q makes it -1 */
    const char *streams_dir;   /* --write-streams */
    unsigned streams_max_open; /* --write-streams-max-open */
    struct hs_output_spec outputs[HS_MAX_OUTPUTS];
    unsigned n_outputs;
    struct hs_dec_limits dec;
    struct hs_flow_limits flow;
    struct hs_txn_limits txn;
    struct hs_chk_config checks;   /* --checks, --skip-checks, --min-severity */
    bool list_checks;              /* --list-checks */
    bool fail_on_set;              /* --fail-on */
    enum hs_sev fail_on;
    bool findings_only;            /* -q: text output shows only transactions with findings */
    bool foreign_dirs;             /* --allow-foreign-output-dir: root may write into others' dirs */
    uint64_t flow_order_max;   /* connection records held back to print in start order */
    bool hash_seed_set;
    uint64_t memcap;               /* --memcap: budget split among the limits below */
    bool set_max_flows, set_reasm_memcap, set_frag_bytes, set_txn_mem; /* given explicitly */
};

/* Exit codes (httpsift(1), EXIT STATUS). */
#define HS_EXIT_OK 0
#define HS_EXIT_RUNTIME 1
#define HS_EXIT_USAGE 2
#define HS_EXIT_FINDINGS 3 /* --fail-on: a finding at or above the severity */

/*
 * Parse argv into cfg. Returns HS_EXIT_OK to run, HS_EXIT_USAGE after printing
 * a one-line error, or -1 when the request was fully answered (--help, --version).
 */
int hs_options_parse(int argc, char **argv, struct hs_config *cfg);
void hs_options_fini(struct hs_config *cfg);

/* Run the capture described by cfg; returns an exit code. */
int hs_pipeline_run(const struct hs_config *cfg);

/* The capture being read, for signal handlers (NULL when none). */
extern struct hs_cap *volatile hs_pipeline_capture;

/* Stop flag set by signal handlers (main.c). */
extern volatile sig_atomic_t hs_stop_requested;
extern volatile sig_atomic_t hs_stats_requested;

/*
 * May this process create or write path? As root, not in a directory owned by
 * another user (a symlink planted there could redirect the write) unless
 * allowed; HS_ERR_PERM with err when refused.
 */
enum hs_rc hs_output_path_ok(const char *path, bool allow_foreign, struct hs_err *err);

/*
 * The same rule for a directory already open (dirfd, named path in messages):
 * as root, one owned by another user is refused unless allowed.
 */
enum hs_rc hs_output_dir_ok(int dirfd, const char *path, bool allow_foreign, struct hs_err *err);

/* Switch to USER's uid/gid and groups. On failure returns HS_ERR_* with err. */
enum hs_rc hs_drop_privileges(const char *user, struct hs_err *err);

#endif
