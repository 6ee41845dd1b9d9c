/* options.c: tcpdump-style command line (getopt_long) into struct hs_config. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/hs_mem.h"

enum {
    OPT_HELP = 1000,
    OPT_VERSION,
    OPT_FLOWS,
    OPT_WRITE_STREAMS,
    OPT_STREAMS_MAX_OPEN,
    OPT_IMMEDIATE,
    OPT_MAX_FLOWS,
    OPT_TCP_TIMEOUT,
    OPT_TCP_LINGER,
    OPT_MAX_OOO,
    OPT_MAX_OOO_SEGS,
    OPT_MAX_PENDING,
    OPT_REASM_MEMCAP,
    OPT_FRAG_DGRAMS,
    OPT_FRAG_FRAGS,
    OPT_FRAG_BYTES,
    OPT_FRAG_TIMEOUT,
    OPT_MAX_ENCAP,
    OPT_FLOW_ORDER_MAX,
    OPT_HASH_SEED,
    OPT_FLOWS_ONLY,
    OPT_DECODE_BODIES,
    OPT_MAX_LINE,
    OPT_MAX_FIELDS,
    OPT_MAX_HEADER_BYTES,
    OPT_MAX_PENDING_REQ,
    OPT_DECODE_MAX_BYTES,
    OPT_DECODE_MAX_RATIO,
    OPT_RESYNC_MAX,
    OPT_CHECKS,
    OPT_SKIP_CHECKS,
    OPT_MIN_SEVERITY,
    OPT_LIST_CHECKS,
    OPT_FAIL_ON,
    OPT_MEMCAP,
    OPT_MAX_TXN_MEM,
    OPT_FOREIGN_DIRS,
};

static const struct option long_opts[] = {
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {"read", required_argument, NULL, 'r'},
    {"interface", required_argument, NULL, 'i'},
    {"list-interfaces", no_argument, NULL, 'D'},
    {"snapshot-length", required_argument, NULL, 's'},
    {"no-promiscuous-mode", no_argument, NULL, 'p'},
    {"buffer-size", required_argument, NULL, 'B'},
    {"count", required_argument, NULL, 'c'},
    {"relinquish-privileges", required_argument, NULL, 'Z'},
    {"immediate-mode", no_argument, NULL, OPT_IMMEDIATE},
    {"output", required_argument, NULL, 'o'},
    {"flows", no_argument, NULL, OPT_FLOWS},
    {"write-streams", required_argument, NULL, OPT_WRITE_STREAMS},
    {"write-streams-max-open", required_argument, NULL, OPT_STREAMS_MAX_OPEN},
    {"max-flows", required_argument, NULL, OPT_MAX_FLOWS},
    {"tcp-timeout", required_argument, NULL, OPT_TCP_TIMEOUT},
    {"tcp-linger", required_argument, NULL, OPT_TCP_LINGER},
    {"max-ooo-bytes", required_argument, NULL, OPT_MAX_OOO},
    {"max-ooo-segments", required_argument, NULL, OPT_MAX_OOO_SEGS},
    {"max-pending-bytes", required_argument, NULL, OPT_MAX_PENDING},
    {"reasm-memcap", required_argument, NULL, OPT_REASM_MEMCAP},
    {"frag-max-datagrams", required_argument, NULL, OPT_FRAG_DGRAMS},
    {"frag-max-fragments", required_argument, NULL, OPT_FRAG_FRAGS},
    {"frag-max-bytes", required_argument, NULL, OPT_FRAG_BYTES},
    {"frag-timeout", required_argument, NULL, OPT_FRAG_TIMEOUT},
    {"max-encap", required_argument, NULL, OPT_MAX_ENCAP},
    {"flow-order-max", required_argument, NULL, OPT_FLOW_ORDER_MAX},
    {"hash-seed", required_argument, NULL, OPT_HASH_SEED},
    {"flows-only", no_argument, NULL, OPT_FLOWS_ONLY},
    {"decode-bodies", no_argument, NULL, OPT_DECODE_BODIES},
    {"max-line", required_argument, NULL, OPT_MAX_LINE},
    {"max-fields", required_argument, NULL, OPT_MAX_FIELDS},
    {"max-header-bytes", required_argument, NULL, OPT_MAX_HEADER_BYTES},
    {"max-pending-requests", required_argument, NULL, OPT_MAX_PENDING_REQ},
    {"decode-max-bytes", required_argument, NULL, OPT_DECODE_MAX_BYTES},
    {"decode-max-ratio", required_argument, NULL, OPT_DECODE_MAX_RATIO},
    {"resync-max", required_argument, NULL, OPT_RESYNC_MAX},
    {"checks", required_argument, NULL, OPT_CHECKS},
    {"skip-checks", required_argument, NULL, OPT_SKIP_CHECKS},
    {"min-severity", required_argument, NULL, OPT_MIN_SEVERITY},
    {"list-checks", no_argument, NULL, OPT_LIST_CHECKS},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"memcap", required_argument, NULL, OPT_MEMCAP},
    {"max-txn-memory", required_argument, NULL, OPT_MAX_TXN_MEM},
    {"allow-foreign-output-dir", no_argument, NULL, OPT_FOREIGN_DIRS},
    {NULL, 0, NULL, 0},
};

static const char short_opts[] = "B:c:DF:f:hi:Klno:pqr:s:vZ:";

static void usage(FILE *f)
{
    fputs(
        "Usage: httpsift [options] [BPF expression]\n"
        "Passive HTTP/1.x analyzer: reads packets from a capture file or an interface.\n"
        "\n"
        "Capture:\n"
        "  -r FILE                 read a pcap or pcapng file (- = stdin; gzip is read transparently)\n"
        "  -i IFACE                capture live from IFACE (default: first up non-loopback)\n"
        "  -D                      list capture interfaces and exit\n"
        "  -s SNAPLEN              snapshot length for live capture (default 262144)\n"
        "  -p                      do not put the interface in promiscuous mode\n"
        "  -B KIB                  kernel capture buffer size in KiB\n"
        "  -c COUNT                stop after COUNT packets\n"
        "  -F FILE                 read the BPF filter expression from FILE\n"
        "  -f EXPR                 BPF filter expression (instead of trailing arguments)\n"
        "  -Z USER                 drop privileges to USER after opening the capture\n"
        "                          (default for a live capture started as root: nobody)\n"
        "      --immediate-mode    deliver packets as soon as they arrive (live capture)\n"
        "  -n, -K                  accepted for tcpdump compatibility (always numeric, no checksums)\n"
        "\n"
        "Output:\n"
        "  -o FORMAT[:PATH]        output format text, jsonl or none, to PATH (default stdout);\n"
        "                          repeatable\n"
        "      --flows             also one record per TCP connection (in start order)\n"
        "      --flows-only        connection records only, no HTTP transactions\n"
        "      --decode-bodies     decode gzip/deflate response bodies to measure them\n"
        "      --write-streams DIR write each direction's reassembled bytes to files in DIR\n"
        "      --write-streams-max-open N  stream files kept open at once (default 128)\n"
        "  -l                      line-buffer output\n"
        "      --allow-foreign-output-dir  as root, write outputs into directories owned by others\n"
        "  -q                      text output: only transactions with findings\n"
        "  -v                      more detail in the end-of-run summary\n"
        "\n"
        "Checks (RFC 9110/9111/9112 conformance; httpsift-checks(7)):\n"
        "      --list-checks       list every check (with -o jsonl: one JSON object each)\n"
        "      --checks LIST       run only these checks: ids, globs (cache.*) or catalog rows (SC-13)\n"
        "      --skip-checks LIST  do not run these checks\n"
        "      --min-severity SEV  report findings of at least info, warning or error\n"
        "      --fail-on SEV       exit with status 3 if a finding at or above SEV was reported\n"
        "\n"
        "Limits (every one is counted when hit; see httpsift(1) LIMITS):\n"
        "      --memcap BYTES          memory budget: sets --reasm-memcap (1/2), --max-txn-memory\n"
        "                              (1/8), --frag-max-bytes (1/16) and --max-flows (1/8, ~2 KiB\n"
        "                              each) unless given\n"
        "      --max-flows N           connections tracked at once (default 100000)\n"
        "      --tcp-timeout SECS      idle time after which a connection ends (default 300)\n"
        "      --tcp-linger SECS       how long a closed connection's tuple is remembered (default 10)\n"
        "      --max-ooo-bytes BYTES   out-of-order bytes held per direction (default 1M)\n"
        "      --max-ooo-segments N    out-of-order segments held per direction (default 1024)\n"
        "      --max-pending-bytes BYTES  unconsumed bytes held per direction (default 1M)\n"
        "      --reasm-memcap BYTES    all reassembly buffers together (default 512M)\n"
        "      --frag-max-datagrams N  incomplete IP datagrams held (default 4096)\n"
        "      --frag-max-fragments N  fragments per datagram (default 64)\n"
        "      --frag-max-bytes BYTES  bytes held by the IP defragmenter (default 16M)\n"
        "      --frag-timeout SECS     incomplete datagram lifetime (default 30)\n"
        "      --max-encap N           tunnel layers followed (default 8)\n"
        "      --flow-order-max N      connection records held to print in start order (default 16384)\n"
        "      --hash-seed N           connection and fragment table hash seed (default random)\n"
        "      --max-line BYTES        longest start or header line (default 8K)\n"
        "      --max-fields N          header fields kept per message (default 256)\n"
        "      --max-header-bytes BYTES  header block size (default 64K)\n"
        "      --max-pending-requests N  requests awaiting a response per connection (default 1024)\n"
        "      --max-txn-memory BYTES  held by unfinished transactions, all connections (default 256M)\n"
        "      --decode-max-bytes BYTES  decoded bytes per body (default 16M)\n"
        "      --decode-max-ratio N    decoded/coded ratio before a body counts as a bomb (default 200)\n"
        "      --resync-max BYTES      bytes searched for a message start after a gap (default 1M)\n"
        "\n"
        "  -h, --help              this help\n"
        "      --version           version of httpsift and libpcap\n"
        "\n"
        "Exit status: 0 ok, 1 runtime error, 2 usage error, 3 findings at or above --fail-on.\n",
        f);
}

static int bad(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int bad(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("httpsift: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'httpsift --help' for more information.\n", stderr);
    return HS_EXIT_USAGE;
}

/* Unsigned number with an optional k/M/G (1024-based) suffix when bytes is true.
 * Digits only: strtoull would also take leading spaces, a sign, and negate " -1". */
static bool parse_num(const char *s, bool bytes, uint64_t max, uint64_t *out)
{
    char *end;
    if (!isdigit((unsigned char)*s))
        return false;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return false;
    uint64_t mul = 1;
    if (bytes && *end) {
        switch (*end) {
        case 'k': case 'K': mul = 1024; break;
        case 'm': case 'M': mul = 1024 * 1024; break;
        case 'g': case 'G': mul = 1024ull * 1024 * 1024; break;
        default: return false;
        }
        end++;
    }
    if (*end || (v && mul > UINT64_MAX / v) || v * mul > max)
        return false;
    *out = v * mul;
    return true;
}

#define FILTER_FILE_MAX (1u << 20)

/* The whole of a -F file as a string, or NULL with *why set. */
static char *read_file(const char *path, const char **why)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        *why = strerror(errno);
        return NULL;
    }
    size_t cap = 4096, len = 0;
    char *buf = hs_alloc(cap);
    *why = NULL;
    while (buf) {
        size_t want = cap - 1 - len; /* room for the terminating NUL */
        size_t n = fread(buf + len, 1, want, f);
        len += n;
        if (len > FILTER_FILE_MAX) {
            *why = "filter file too large (at most 1 MiB)";
            break;
        }
        if (n < want) { /* end of file or a read error (a directory, EIO) */
            if (ferror(f))
                *why = strerror(errno);
            break;
        }
        size_t ncap = cap * 2 < FILTER_FILE_MAX + 2 ? cap * 2 : FILTER_FILE_MAX + 2;
        char *nb = hs_realloc(buf, ncap);
        if (!nb) {
            hs_free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap = ncap;
    }
    fclose(f);
    if (!buf && !*why)
        *why = "out of memory";
    if (buf && !*why && memchr(buf, 0, len))
        *why = "filter file contains a NUL byte";
    if (*why) {
        hs_free(buf);
        return NULL;
    }
    buf[len] = 0;
    return buf;
}

static char *join_args(int n, char **v)
{
    size_t len = 1;
    for (int i = 0; i < n; i++)
        len += strlen(v[i]) + 1;
    char *s = hs_alloc(len), *p = s;
    if (!s)
        return NULL;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(v[i]);
        if (i)
            *p++ = ' ';
        memcpy(p, v[i], l);
        p += l;
    }
    *p = 0;
    return s;
}

static void defaults(struct hs_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->cap.promisc = true;
    cfg->cap.timeout_ms = 200;
    cfg->streams_max_open = 128;
    cfg->dec.frag_max_datagrams = 4096;
    cfg->dec.frag_max_frags = 64;
    cfg->dec.frag_max_bytes = 16u << 20;
    cfg->dec.frag_timeout_us = 30ull * 1000000;
    cfg->dec.max_encap = 8;
    cfg->flow.max_flows = 100000;
    cfg->flow.idle_timeout_us = 300ull * 1000000;
    cfg->flow.closed_linger_us = 10ull * 1000000;
    cfg->flow.ooo_max_bytes = 1u << 20;
    cfg->flow.ooo_max_segs = 1024;
    cfg->flow.pending_max_bytes = 1u << 20;
    cfg->flow.memcap = 512ull << 20;
    cfg->flow_order_max = 16384;
    cfg->txn.h1.max_line = 8192;
    cfg->txn.h1.max_fields = 256;
    cfg->txn.h1.max_header_bytes = 65536;
    cfg->txn.h1.max_chunk_digits = 16;
    cfg->txn.h1.resync_max = 1u << 20;
    cfg->txn.max_pending = 1024;
    cfg->txn.max_mem = 256u << 20;
    cfg->txn.decode_max_bytes = 16u << 20;
    cfg->txn.decode_max_ratio = 200;
}

int hs_options_parse(int argc, char **argv, struct hs_config *cfg)
{
    const char *filter_file = NULL, *filter_opt = NULL;
    uint64_t v;
    int c;
    defaults(cfg);
    opterr = 0;
    while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
        switch (c) {
        case 'h': usage(stdout); return -1;
        case OPT_VERSION:
            printf("httpsift %s\n%s\n", PACKAGE_VERSION, hs_cap_lib_version());
            return -1;
        case 'r': cfg->cap.file = optarg; break;
        case 'i': cfg->cap.iface = optarg; break;
        case 'D': cfg->list_ifaces = true; break;
        case 's':
            if (!parse_num(optarg, false, HS_CAP_MAX_SNAPLEN, &v))
                return bad("invalid snapshot length '%s' (0..%u)", optarg, HS_CAP_MAX_SNAPLEN);
            cfg->cap.snaplen = (int)v;
            break;
        case 'p': cfg->cap.promisc = false; break;
        case 'B':
            if (!parse_num(optarg, false, 4u << 20, &v) || v == 0)
                return bad("invalid buffer size '%s' (KiB)", optarg);
            cfg->cap.buffer_kib = (int)v;
            break;
        case 'c':
            if (!parse_num(optarg, false, UINT64_MAX, &v) || v == 0)
                return bad("invalid packet count '%s'", optarg);
            cfg->max_packets = v;
            break;
        case 'F': filter_file = optarg; break;
        case 'f': filter_opt = optarg; break;
        case 'Z': cfg->user = optarg; break;
        case 'n': case 'K': break;
        case 'l': cfg->line_buffered = true; break;
        case 'q': cfg->findings_only = true; break;
        case 'v': cfg->verbose++; break;
        case 'o': {
            if (cfg->n_outputs >= HS_MAX_OUTPUTS)
                return bad("too many -o outputs (at most %d)", HS_MAX_OUTPUTS);
            const char *colon = strchr(optarg, ':');
            size_t flen = colon ? (size_t)(colon - optarg) : strlen(optarg);
            struct hs_output_spec *o = &cfg->outputs[cfg->n_outputs];
            if (!hs_sink_fmt_parse(optarg, flen, &o->fmt))
                return bad("unknown output format in '%s' (text, jsonl, none)", optarg);
            o->path = colon && colon[1] ? colon + 1 : NULL;
            cfg->n_outputs++;
            break;
        }
        case OPT_FLOWS: cfg->flows = true; break;
        case OPT_WRITE_STREAMS: cfg->streams_dir = optarg; break;
        case OPT_STREAMS_MAX_OPEN:
            if (!parse_num(optarg, false, 65536, &v))
                return bad("invalid --write-streams-max-open '%s'", optarg);
            cfg->streams_max_open = (unsigned)v;
            break;
        case OPT_IMMEDIATE: cfg->cap.immediate = true; break;
        case OPT_MAX_FLOWS:
            if (!parse_num(optarg, false, 1u << 26, &v) || v == 0)
                return bad("invalid --max-flows '%s' (1..67108864)", optarg);
            cfg->flow.max_flows = (uint32_t)v;
            cfg->set_max_flows = true;
            break;
        case OPT_TCP_TIMEOUT:
            if (!parse_num(optarg, false, 1u << 30, &v) || v == 0)
                return bad("invalid --tcp-timeout '%s' (seconds)", optarg);
            cfg->flow.idle_timeout_us = v * 1000000;
            break;
        case OPT_TCP_LINGER:
            if (!parse_num(optarg, false, 1u << 30, &v))
                return bad("invalid --tcp-linger '%s' (seconds)", optarg);
            cfg->flow.closed_linger_us = v * 1000000;
            break;
        case OPT_MAX_OOO:
            if (!parse_num(optarg, true, 1u << 30, &v))
                return bad("invalid --max-ooo-bytes '%s' (at most 1G)", optarg);
            cfg->flow.ooo_max_bytes = v;
            break;
        case OPT_MAX_OOO_SEGS:
            if (!parse_num(optarg, false, 1u << 20, &v) || v == 0)
                return bad("invalid --max-ooo-segments '%s' (1..1048576)", optarg);
            cfg->flow.ooo_max_segs = (uint32_t)v;
            break;
        case OPT_MAX_PENDING:
            if (!parse_num(optarg, true, 1u << 30, &v) || v < 256)
                return bad("invalid --max-pending-bytes '%s' (256..1G)", optarg);
            cfg->flow.pending_max_bytes = v;
            break;
        case OPT_REASM_MEMCAP:
            if (!parse_num(optarg, true, UINT64_MAX, &v) || v == 0)
                return bad("invalid --reasm-memcap '%s'", optarg);
            cfg->flow.memcap = v;
            cfg->set_reasm_memcap = true;
            break;
        case OPT_FRAG_DGRAMS:
            if (!parse_num(optarg, false, 1u << 24, &v))
                return bad("invalid --frag-max-datagrams '%s'", optarg);
            cfg->dec.frag_max_datagrams = (uint32_t)v;
            break;
        case OPT_FRAG_FRAGS:
            if (!parse_num(optarg, false, 8192, &v) || v == 0)
                return bad("invalid --frag-max-fragments '%s' (1..8192)", optarg);
            cfg->dec.frag_max_frags = (uint32_t)v;
            break;
        case OPT_FRAG_BYTES:
            if (!parse_num(optarg, true, 1ull << 32, &v))
                return bad("invalid --frag-max-bytes '%s'", optarg);
            cfg->dec.frag_max_bytes = v;
            cfg->set_frag_bytes = true;
            break;
        case OPT_FRAG_TIMEOUT:
            if (!parse_num(optarg, false, 1u << 20, &v) || v == 0)
                return bad("invalid --frag-timeout '%s' (seconds)", optarg);
            cfg->dec.frag_timeout_us = v * 1000000;
            break;
        case OPT_MAX_ENCAP:
            if (!parse_num(optarg, false, 32, &v))
                return bad("invalid --max-encap '%s' (0..32)", optarg);
            cfg->dec.max_encap = (uint32_t)v;
            break;
        case OPT_FLOW_ORDER_MAX:
            if (!parse_num(optarg, false, 1u << 24, &v))
                return bad("invalid --flow-order-max '%s'", optarg);
            cfg->flow_order_max = v;
            break;
        case OPT_FLOWS_ONLY: cfg->flows = cfg->flows_only = true; break;
        case OPT_DECODE_BODIES: cfg->txn.decode_bodies = true; break;
        case OPT_MAX_LINE:
            if (!parse_num(optarg, true, 1u << 24, &v) || v < 64)
                return bad("invalid --max-line '%s' (64..16M)", optarg);
            cfg->txn.h1.max_line = (uint32_t)v;
            break;
        case OPT_MAX_FIELDS:
            if (!parse_num(optarg, false, 1u << 20, &v) || v == 0)
                return bad("invalid --max-fields '%s' (1..1048576)", optarg);
            cfg->txn.h1.max_fields = (uint32_t)v;
            break;
        case OPT_MAX_HEADER_BYTES:
            if (!parse_num(optarg, true, 1u << 30, &v) || v < 64)
                return bad("invalid --max-header-bytes '%s' (64..1G)", optarg);
            cfg->txn.h1.max_header_bytes = (uint32_t)v;
            break;
        case OPT_MAX_PENDING_REQ:
            if (!parse_num(optarg, false, 1u << 24, &v) || v == 0)
                return bad("invalid --max-pending-requests '%s'", optarg);
            cfg->txn.max_pending = (uint32_t)v;
            break;
        case OPT_DECODE_MAX_BYTES:
            if (!parse_num(optarg, true, UINT64_MAX, &v) || v == 0)
                return bad("invalid --decode-max-bytes '%s'", optarg);
            cfg->txn.decode_max_bytes = v;
            break;
        case OPT_DECODE_MAX_RATIO:
            if (!parse_num(optarg, false, 1u << 20, &v) || v == 0)
                return bad("invalid --decode-max-ratio '%s'", optarg);
            cfg->txn.decode_max_ratio = (uint32_t)v;
            break;
        case OPT_RESYNC_MAX:
            if (!parse_num(optarg, true, UINT64_MAX, &v))
                return bad("invalid --resync-max '%s'", optarg);
            cfg->txn.h1.resync_max = v;
            break;
        case OPT_CHECKS: cfg->checks.enable = optarg; break;
        case OPT_SKIP_CHECKS: cfg->checks.disable = optarg; break;
        case OPT_MIN_SEVERITY:
            if (!hs_sev_parse(optarg, &cfg->checks.min_sev))
                return bad("invalid --min-severity '%s' (info, warning, error)", optarg);
            break;
        case OPT_LIST_CHECKS: cfg->list_checks = true; break;
        case OPT_FAIL_ON:
            if (!hs_sev_parse(optarg, &cfg->fail_on))
                return bad("invalid --fail-on '%s' (info, warning, error)", optarg);
            cfg->fail_on_set = true;
            break;
        case OPT_FOREIGN_DIRS: cfg->foreign_dirs = true; break;
        case OPT_MAX_TXN_MEM:
            if (!parse_num(optarg, true, UINT64_MAX, &v) || v < 65536)
                return bad("invalid --max-txn-memory '%s' (at least 64K)", optarg);
            cfg->txn.max_mem = v;
            cfg->set_txn_mem = true;
            break;
        case OPT_MEMCAP:
            if (!parse_num(optarg, true, UINT64_MAX, &v) || v < (1u << 20))
                return bad("invalid --memcap '%s' (at least 1M)", optarg);
            cfg->memcap = v;
            break;
        case OPT_HASH_SEED:
            if (!parse_num(optarg, false, UINT64_MAX, &v))
                return bad("invalid --hash-seed '%s'", optarg);
            cfg->flow.hash_seed = v;
            cfg->hash_seed_set = true;
            break;
        case '?':
        default:
            if (optopt && optopt < 256 && strchr(short_opts, optopt))
                return bad("option -%c requires an argument", optopt);
            if (optopt && optopt < 256)
                return bad("unknown option -%c", optopt);
            return bad("unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (cfg->cap.file && cfg->cap.iface)
        return bad("%s", "-r and -i cannot be used together");
    int nexpr = argc - optind;
    if ((filter_file != NULL) + (filter_opt != NULL) > 1)
        return bad("%s", "-F and -f cannot be used together");
    if (filter_file) {
        if (nexpr)
            fprintf(stderr, "httpsift: warning: -F given; ignoring the filter expression on the "
                            "command line\n");
        const char *why;
        cfg->filter_owned = read_file(filter_file, &why);
        if (!cfg->filter_owned) {
            fprintf(stderr, "httpsift: %s: %s\n", filter_file, why);
            return HS_EXIT_USAGE;
        }
    } else if (filter_opt) {
        if (nexpr)
            return bad("%s", "-f and a trailing filter expression cannot be used together");
        cfg->cap.filter = filter_opt;
    } else if (nexpr) {
        cfg->filter_owned = join_args(nexpr, argv + optind);
    }
    if (cfg->filter_owned)
        cfg->cap.filter = cfg->filter_owned;
    if (cfg->memcap) {
        /* one budget for what grows with traffic; explicit limits win */
        if (!cfg->set_reasm_memcap)
            cfg->flow.memcap = cfg->memcap / 2;
        if (!cfg->set_frag_bytes)
            cfg->dec.frag_max_bytes = cfg->memcap / 16;
        if (!cfg->set_txn_mem)
            cfg->txn.max_mem = cfg->memcap / 8;
        if (!cfg->set_max_flows) {
            uint64_t n = cfg->memcap / 8 / 2048;
            cfg->flow.max_flows = (uint32_t)(n < 1 ? 1 : n > (1u << 26) ? (1u << 26) : n);
        }
    }
    /* Pending bytes must hold a whole header block or line for the parser. */
    if (cfg->flow.pending_max_bytes < (uint64_t)cfg->txn.h1.max_header_bytes + 1024)
        cfg->flow.pending_max_bytes = (uint64_t)cfg->txn.h1.max_header_bytes + 1024;
    if (cfg->n_outputs == 0) {
        cfg->outputs[0].fmt = HS_FMT_TEXT;
        cfg->n_outputs = 1;
    }
    return HS_EXIT_OK;
}

void hs_options_fini(struct hs_config *cfg)
{
    hs_free(cfg->filter_owned);
    cfg->filter_owned = NULL;
}
