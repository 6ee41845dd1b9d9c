/* h1_parse.c: the HTTP/1.x message state machine: start line, header block, body framing. */
#include "h1.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h> /* baseline on x86-64: a plain-C path follows for the rest */
#endif

#include "../util/hs_mem.h"

/*
 * A header block cut by the end of the input (a segment boundary): what the
 * fields parsed so far were, as offsets from the block's first byte, so the
 * next call goes on from the cut instead of parsing the block again. Fields
 * live in scratch shared by every parser, so they are kept here, compactly,
 * for blocks of up to RESUME_FIELDS fields and 64 KiB; others are parsed
 * again once complete.
 */
#define RESUME_FIELDS 16

/* What the Content-Length and Transfer-Encoding fields said (RFC 9112 6.3), field by field. */
struct framing {
    uint64_t cl;      /* with has_cl && !cl_bad */
    bool has_cl;      /* a Content-Length field */
    bool cl_bad;      /* ... whose value is not a number, or conflicts */
    bool dup_cl;      /* several equal Content-Length values */
    bool cl_conflict; /* Content-Length values that differ */
    bool has_te;      /* a Transfer-Encoding with a coding */
    bool te_chunked;  /* ... whose final coding is chunked */
};

struct resume {
    bool valid;
    bool first;            /* fstate.first */
    uint8_t count;         /* fields parsed */
    int8_t last;           /* index of fstate.last, -1 = NULL */
    bool pend;             /* fstate.pend */
    struct framing fr;     /* fstate.fr */
    uint16_t off[3], len[3]; /* method, target, reason */
    uint64_t anomalies;    /* of the field lines so far */
    struct {
        uint16_t name, name_len, value, value_len;
        uint8_t fid;
    } f[RESUME_FIELDS];
};

struct hs_h1_parser {
    enum hs_h1_role role;
    enum hs_h1_state st;
    struct hs_h1_limits lim;
    struct hs_h1_cb cb;
    struct hs_h1_field *fields; /* borrowed scratch, lim.max_fields entries */
    struct hs_h1_msg msg;
    struct hs_h1_stats stats;
    bool in_msg;         /* begin() called, end() not yet */
    bool seen_message;   /* a message was recognised on this stream */
    bool midstream;      /* the stream did not start at a message boundary */
    bool http09_next;    /* the next response answers an HTTP/0.9 request */
    bool resync_after;   /* framing unknown after this message: resync */
    bool leading_empty;  /* empty lines were skipped before this message */
    bool started;        /* bytes of a possible start line are waiting (start_ts valid) */
    uint64_t start_ts;   /* time of the first byte of the message being recognised */
    size_t scan;         /* offset in the unconsumed input where line scanning resumes */
    uint64_t pos;        /* stream position of the next unconsumed byte (consumed + gaps) */
    uint64_t remaining;  /* body or chunk bytes still expected */
    uint64_t resync_scanned;
    uint64_t stray;      /* stray bytes not reported yet */
    uint64_t stray_ts;   /* time of the first of them */
    bool stray_open;     /* a run of stray bytes has started (stray_ts valid) */
    bool midline;        /* resynchronising in the middle of a line: skip to its end first */
    struct resume rs;
};

/* ---- character classes (RFC 9110 5.6.2) ---------------------------------- */

static const uint8_t tchar[256] = {
    ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1,
    ['-'] = 1, ['.'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1, ['~'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = hs_lower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

#define FLAG(m, a) ((m)->anomalies |= (uint64_t)1 << (a))

static const char *const anomaly_names[HS_H1_NANOMALIES] = {
    [HS_H1_A_HTTP09] = "http09",
    [HS_H1_A_LOWERCASE_VERSION] = "lowercase-version",
    [HS_H1_A_BAD_VERSION] = "bad-version",
    [HS_H1_A_EXTRA_WHITESPACE] = "extra-whitespace",
    [HS_H1_A_MISSING_REASON] = "missing-reason",
    [HS_H1_A_BARE_LF] = "bare-lf",
    [HS_H1_A_BARE_CR] = "bare-cr",
    [HS_H1_A_OBS_FOLD] = "obs-fold",
    [HS_H1_A_WS_BEFORE_COLON] = "whitespace-before-colon",
    [HS_H1_A_INVALID_NAME] = "invalid-field-name",
    [HS_H1_A_NO_COLON] = "field-without-colon",
    [HS_H1_A_WS_AFTER_START_LINE] = "whitespace-after-start-line",
    [HS_H1_A_CTL_IN_VALUE] = "control-in-field-value",
    [HS_H1_A_LINE_TOO_LONG] = "line-too-long",
    [HS_H1_A_TOO_MANY_HEADERS] = "too-many-fields",
    [HS_H1_A_HEADERS_TOO_LARGE] = "header-block-too-large",
    [HS_H1_A_LEADING_EMPTY_LINES] = "leading-empty-lines",
    [HS_H1_A_CL_AND_TE] = "content-length-and-transfer-encoding",
    [HS_H1_A_DUP_CL] = "duplicate-content-length",
    [HS_H1_A_CL_CONFLICT] = "conflicting-content-length",
    [HS_H1_A_BAD_CL] = "invalid-content-length",
    [HS_H1_A_TE_NOT_CHUNKED] = "transfer-encoding-not-chunked",
    [HS_H1_A_TE_IN_HTTP10] = "transfer-encoding-in-http10",
    [HS_H1_A_BAD_CHUNK] = "invalid-chunk-size",
    [HS_H1_A_CHUNK_EXT] = "chunk-extensions",
    [HS_H1_A_CHUNK_NO_CRLF] = "chunk-without-crlf",
    [HS_H1_A_TRAILERS] = "trailer-fields",
    [HS_H1_A_GAP_HEADERS] = "gap-in-headers",
    [HS_H1_A_GAP_BODY] = "gap-in-body",
    [HS_H1_A_TRUNCATED] = "truncated",
    [HS_H1_A_BODY_NOT_ALLOWED] = "body-framing-not-allowed",
    [HS_H1_A_BAD_STATUS] = "bad-status-code",
    [HS_H1_A_CONNECT_BODY] = "connect-with-body",
};

const char *hs_h1_anomaly_name(unsigned bit)
{
    return bit < HS_H1_NANOMALIES ? anomaly_names[bit] : "?";
}

const char *hs_h1_state_name(enum hs_h1_state s)
{
    static const char *const n[] = {"start",       "body-length", "chunk-size", "chunk-data",
                                    "chunk-crlf",  "trailers",    "body-close", "tunnel",
                                    "resync",      "not-http"};
    return (unsigned)s < sizeof n / sizeof n[0] ? n[s] : "?";
}

bool hs_h1_parse_u64(struct hs_span s, uint64_t *out)
{
    uint64_t v = 0;
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = s.p[i];
        if (c < '0' || c > '9' || v > (UINT64_MAX - (uint64_t)(c - '0')) / 10)
            return false;
        v = v * 10 + (uint64_t)(c - '0');
    }
    *out = v;
    return true;
}

/* ---- life cycle ------------------------------------------------------------ */

struct hs_h1_parser *hs_h1_new(enum hs_h1_role role, const struct hs_h1_limits *lim,
                               const struct hs_h1_cb *cb, struct hs_h1_field *scratch)
{
    struct hs_h1_parser *p = hs_calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->role = role;
    p->lim = *lim;
    if (p->lim.max_chunk_digits == 0 || p->lim.max_chunk_digits > 16)
        p->lim.max_chunk_digits = 16;
    if (p->lim.max_header_bytes == 0) /* a block is at least one byte */
        p->lim.max_header_bytes = 1;
    p->cb = *cb;
    p->fields = scratch;
    p->st = HS_H1_ST_START;
    return p;
}

void hs_h1_free(struct hs_h1_parser *p)
{
    hs_free(p);
}

enum hs_h1_state hs_h1_state(const struct hs_h1_parser *p)
{
    return p->st;
}

bool hs_h1_is_not_http(const struct hs_h1_parser *p)
{
    return p->st == HS_H1_ST_NOT_HTTP;
}

const struct hs_h1_stats *hs_h1_stats(const struct hs_h1_parser *p)
{
    return &p->stats;
}

static void set_state(struct hs_h1_parser *p, enum hs_h1_state st)
{
    p->st = st;
    p->scan = 0;
}

/* Bytes that may turn out stray were first seen at ts: a run starts. */
static void open_stray(struct hs_h1_parser *p, uint64_t ts)
{
    if (p->stray_open)
        return;
    p->stray_open = true;
    p->stray_ts = ts;
    if (p->cb.stray)
        p->cb.stray(p->cb.ud, p->role, 0, ts);
}

static void add_stray(struct hs_h1_parser *p, uint64_t n, uint64_t ts)
{
    if (!n)
        return;
    open_stray(p, ts);
    p->stray += n;
    p->stats.stray_bytes += n;
}

static void report_stray(struct hs_h1_parser *p, uint64_t ts)
{
    (void)ts;
    if (p->stray && p->cb.stray)
        p->cb.stray(p->cb.ud, p->role, p->stray, p->stray_ts);
    p->stray = 0;
    p->stray_open = false;
}

/* A message starts; first holds what its first line said (spans valid during begin). */
static void begin_msg(struct hs_h1_parser *p, const struct hs_h1_msg *first, uint64_t ts)
{
    report_stray(p, ts);
    if (first)
        p->msg = *first;
    else
        memset(&p->msg, 0, sizeof p->msg);
    p->msg.role = p->role;
    p->msg.offset = p->pos;
    if (p->leading_empty)
        FLAG(&p->msg, HS_H1_A_LEADING_EMPTY_LINES);
    p->leading_empty = false;
    p->in_msg = true;
    p->resync_after = false;
    if (p->cb.begin)
        p->cb.begin(p->cb.ud, &p->msg, ts);
    p->msg.method = p->msg.target = p->msg.reason = hs_span_make(NULL, 0);
}

/* The message is over; the next state follows from how it ended. */
static void end_msg(struct hs_h1_parser *p, bool complete, uint64_t ts)
{
    p->msg.complete = complete;
    p->in_msg = false;
    p->stats.messages++;
    p->seen_message = true;
    if (p->cb.end)
        p->cb.end(p->cb.ud, &p->msg, ts);
    if (p->st == HS_H1_ST_TUNNEL || p->st == HS_H1_ST_NOT_HTTP)
        return;
    set_state(p, (!complete || p->resync_after) ? HS_H1_ST_RESYNC : HS_H1_ST_START);
    p->resync_scanned = 0;
    p->midline = false;
}

void hs_h1_start_midstream(struct hs_h1_parser *p)
{
    p->midstream = true;
    set_state(p, HS_H1_ST_RESYNC);
}

void hs_h1_set_tunnel(struct hs_h1_parser *p)
{
    if (p->in_msg) {
        p->st = HS_H1_ST_TUNNEL;
        end_msg(p, false, 0);
    }
    p->started = false;
    set_state(p, HS_H1_ST_TUNNEL);
}

void hs_h1_cancel_tunnel(struct hs_h1_parser *p)
{
    if (p->st == HS_H1_ST_TUNNEL)
        set_state(p, HS_H1_ST_START);
}

void hs_h1_expect_http09(struct hs_h1_parser *p)
{
    p->http09_next = true;
}

/* ---- start line ------------------------------------------------------------ */

/* "HTTP/x.y" (any case) -> major/minor; flags lower case and unknown versions. */
static bool parse_version(struct hs_h1_msg *m, struct hs_span v)
{
    if (v.len != 8 || !hs_span_ieq(hs_span_make(v.p, 5), "HTTP/", 5) || v.p[6] != '.' ||
        v.p[5] < '0' || v.p[5] > '9' || v.p[7] < '0' || v.p[7] > '9')
        return false;
    if (memcmp(v.p, "HTTP/", 5) != 0)
        FLAG(m, HS_H1_A_LOWERCASE_VERSION);
    m->major = (uint8_t)(v.p[5] - '0');
    m->minor = (uint8_t)(v.p[7] - '0');
    if (m->major != 1 || m->minor > 1)
        FLAG(m, HS_H1_A_BAD_VERSION);
    return true;
}

/* Split off the next whitespace-separated token; flags runs of more than one SP or HTAB. */
static struct hs_span next_token(struct hs_h1_msg *m, struct hs_span *rest)
{
    size_t i = 0, n = rest->len;
    while (i < n && !hs_is_ows(rest->p[i]))
        i++;
    struct hs_span tok = hs_span_make(rest->p, i);
    size_t j = i;
    while (j < n && hs_is_ows(rest->p[j]))
        j++;
    if (j - i > 1 || (j > i && rest->p[i] == '\t'))
        FLAG(m, HS_H1_A_EXTRA_WHITESPACE);
    rest->p += j;
    rest->len -= j;
    return tok;
}

/* Parse a request line (without its line ending). False if it is not one. */
static bool parse_request_line(struct hs_h1_msg *m, struct hs_span line, bool allow09)
{
    struct hs_span rest = line;
    m->method = next_token(m, &rest);
    if (m->method.len == 0)
        return false;
    for (size_t i = 0; i < m->method.len; i++)
        if (!tchar[m->method.p[i]])
            return false;
    if (rest.len == 0)
        return false;
    /* The version is the last token; a target with spaces is kept whole (lenient). */
    size_t end = rest.len;
    while (end && hs_is_ows(rest.p[end - 1])) {
        end--;
        FLAG(m, HS_H1_A_EXTRA_WHITESPACE);
    }
    size_t vstart = end;
    while (vstart && !hs_is_ows(rest.p[vstart - 1]))
        vstart--;
    struct hs_span ver = hs_span_make(rest.p + vstart, end - vstart);
    if (vstart > 0 && parse_version(m, ver)) {
        size_t tend = vstart;
        while (tend && hs_is_ows(rest.p[tend - 1]))
            tend--;
        if (vstart - tend > 1 || rest.p[tend] == '\t')
            FLAG(m, HS_H1_A_EXTRA_WHITESPACE);
        m->target = hs_span_make(rest.p, tend);
        for (size_t i = 0; i < m->target.len; i++)
            if (hs_is_ows(m->target.p[i])) {
                FLAG(m, HS_H1_A_EXTRA_WHITESPACE);
                break;
            }
        return m->target.len > 0;
    }
    /* HTTP/0.9: "GET /path" (RFC 1945 4.1 Simple-Request). */
    if (!allow09 || vstart != 0 || !HS_SPAN_EQ(m->method, "GET"))
        return false;
    m->target = hs_span_make(rest.p, end);
    m->major = 0;
    m->minor = 9;
    FLAG(m, HS_H1_A_HTTP09);
    return true;
}

static bool parse_status_line(struct hs_h1_msg *m, struct hs_span line)
{
    struct hs_span rest = line;
    struct hs_span ver = next_token(m, &rest);
    if (!parse_version(m, ver))
        return false;
    if (rest.len < 3)
        return false;
    for (int i = 0; i < 3; i++)
        if (rest.p[i] < '0' || rest.p[i] > '9')
            return false;
    m->status = (uint16_t)((rest.p[0] - '0') * 100 + (rest.p[1] - '0') * 10 + (rest.p[2] - '0'));
    if (m->status < 100 || m->status > 599)
        FLAG(m, HS_H1_A_BAD_STATUS);
    if (rest.len == 3) {
        FLAG(m, HS_H1_A_MISSING_REASON);
        m->reason = hs_span_make(rest.p + 3, 0);
        return true;
    }
    if (!hs_is_ows(rest.p[3]))
        return false;
    if (rest.p[3] == '\t' || (rest.len > 4 && hs_is_ows(rest.p[4])))
        FLAG(m, HS_H1_A_EXTRA_WHITESPACE);
    m->reason = hs_span_trim(hs_span_make(rest.p + 4, rest.len - 4));
    return true;
}

/* Parse line (without its line ending) as a start line of p's role into m. */
static bool parse_start_line(const struct hs_h1_parser *p, struct hs_h1_msg *m,
                             struct hs_span line, bool allow09)
{
    return p->role == HS_H1_REQUEST ? parse_request_line(m, line, allow09)
                                    : parse_status_line(m, line);
}

/*
 * Is d[0..n) a whole start line (HTTP/0.9 excluded), ended within max_line
 * bytes? Returns 1 yes, 0 no, -1 undecided (its end is not here yet).
 */
static int whole_start_line(const struct hs_h1_parser *p, const uint8_t *d, size_t n)
{
    const uint8_t *nl = memchr(d, '\n', n < p->lim.max_line ? n : p->lim.max_line);
    if (!nl)
        return n < p->lim.max_line ? -1 : 0;
    size_t len = (size_t)(nl - d);
    if (len && d[len - 1] == '\r')
        len--;
    struct hs_h1_msg tmp;
    memset(&tmp, 0, sizeof tmp);
    return parse_start_line(p, &tmp, hs_span_make(d, len), false) ? 1 : 0;
}

/*
 * Could the bytes at d[0..n) begin a start line? Returns 1 yes, 0 no, -1
 * undecided (need more bytes). A request passes on "METHOD SP" unless full
 * is set (resynchronising), when the whole line must parse.
 */
static int plausible_start(const struct hs_h1_parser *p, const uint8_t *d, size_t n, bool full)
{
    if (p->role == HS_H1_RESPONSE) {
        size_t k = n < 7 ? n : 7;
        if (!hs_span_ieq(hs_span_make(d, k), "HTTP/1.", k))
            return 0;
        if (k < 7)
            return -1;
        return full ? whole_start_line(p, d, n) : 1;
    }
    /* request: METHOD SP ... SP HTTP/1.x on one line */
    size_t i = 0;
    while (i < n && i < 24 && tchar[d[i]])
        i++;
    if (i >= 24)
        return 0; /* no method is that long; the same answer whatever the segmentation */
    if (i == n)
        return -1;
    if (i == 0 || !hs_is_ows(d[i]))
        return 0;
    /* "METHOD SP": first_line() checks the rest */
    return full ? whole_start_line(p, d, n) : 1;
}

/* ---- header block -------------------------------------------------------------- */

/* Length of the line content at d[0..n) ending before '\n' (and an optional CR). */
static struct hs_span line_content(struct hs_h1_msg *m, const uint8_t *d, const uint8_t *nl)
{
    size_t len = (size_t)(nl - d);
    if (len && d[len - 1] == '\r')
        len--;
    else
        FLAG(m, HS_H1_A_BARE_LF);
    if (len && memchr(d, '\r', len))
        FLAG(m, HS_H1_A_BARE_CR);
    return hs_span_make(d, len);
}

/* Eight bytes with no control byte (< 0x20) and no DEL. */
static bool no_ctl8(const uint8_t *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t ctl = (w - ones * 0x20) & ~w;
    uint64_t del = ((w ^ (ones * 0x7f)) - ones) & ~(w ^ (ones * 0x7f));
    return ((ctl | del) & high) == 0;
}

static void check_value(struct hs_h1_msg *m, struct hs_span v)
{
    size_t i = 0;
    while (i + 8 <= v.len && no_ctl8(v.p + i))
        i += 8;
    for (; i < v.len; i++) {
        uint8_t c = v.p[i];
        if (c == '\r')
            FLAG(m, HS_H1_A_BARE_CR);
        else if ((c < 0x20 && c != '\t') || c == 0x7f)
            FLAG(m, HS_H1_A_CTL_IN_VALUE);
    }
}

/*
 * Find the '\n' that ends the line at d[0..n) (NULL if none) and say whether
 * the line before it is clean: no control byte but HTAB and a CR just before
 * the '\n', no DEL. One pass; 16 bytes at a time with SSE2.
 */
static const uint8_t *scan_line(const uint8_t *d, size_t n, bool *clean)
{
    size_t i = 0;
    bool bad = false, cr_last = false; /* cr_last: the byte before d[i] is a CR */
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), x1f = _mm_set1_epi8(0x1f), tab = _mm_set1_epi8('\t'),
                  del = _mm_set1_epi8(0x7f);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(d + i));
        unsigned mlf = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf));
        __m128i ctl = _mm_cmpeq_epi8(_mm_max_epu8(v, x1f), x1f); /* v <= 0x1f */
        ctl = _mm_andnot_si128(_mm_cmpeq_epi8(v, tab), ctl);
        unsigned mbad = (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_cmpeq_epi8(v, del)));
        if (mlf) {
            unsigned at = (unsigned)__builtin_ctz(mlf);
            unsigned before = mbad & ((1u << at) - 1);
            if (at > 0 && d[i + at - 1] == '\r')
                before &= ~(1u << (at - 1)); /* the CR of CRLF */
            if (at > 0 && cr_last)
                bad = true; /* the CR ending the previous block was not followed by LF */
            *clean = !bad && !before;
            return d + i + at;
        }
        if (cr_last)
            bad = true;
        cr_last = false;
        if ((mbad & 0x8000u) && d[i + 15] == '\r') {
            cr_last = true; /* may be the CR of a CRLF split across blocks */
            mbad &= 0x7fffu;
        }
        if (mbad)
            bad = true;
    }
#endif
    for (; i < n; i++) {
        uint8_t c = d[i];
        if (c == '\n') {
            *clean = !bad;
            return d + i;
        }
        if (cr_last)
            bad = true;
        cr_last = false;
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            if (c == '\r')
                cr_last = true; /* a CR right before the LF is the line ending */
            else
                bad = true;
        }
    }
    return NULL;
}

/*
 * Length of the tchar run at the start of p[0..n): a field name. Names are
 * letters, digits and "-" almost always, tested 16 bytes at a time; the run
 * continues byte by byte from the first other byte (another tchar, or the colon).
 */
static inline size_t token_prefix(const uint8_t *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i x20 = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), z25 = _mm_set1_epi8(25),
                  d0 = _mm_set1_epi8('0'), d9 = _mm_set1_epi8(9), dash = _mm_set1_epi8('-');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i al = _mm_sub_epi8(_mm_or_si128(v, x20), a); /* letters: 0..25 */
        __m128i dg = _mm_sub_epi8(v, d0);                   /* digits: 0..9 */
        __m128i ok = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(al, z25), al),
                                  _mm_cmpeq_epi8(_mm_min_epu8(dg, d9), dg));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(ok, _mm_cmpeq_epi8(v, dash)));
        if (m != 0xffffu) {
            i += (unsigned)__builtin_ctz(~m);
            break;
        }
    }
#endif
    while (i < n && tchar[p[i]])
        i++;
    return i;
}

/* Where parse_fields is in a header block (or trailer section). */
struct fstate {
    uint32_t count;           /* fields seen (only max_fields are kept) */
    struct hs_h1_field *last; /* the field an obs-fold line continues */
    bool first;               /* no field line yet */
    bool trailers;
    bool pend;                /* last is a framing field not yet in fr (a fold may extend it) */
    struct framing fr;        /* the framing fields so far, kept or not (header block only) */
};

static void fstate_init(struct fstate *fs, bool trailers)
{
    memset(fs, 0, sizeof *fs);
    fs->first = true;
    fs->trailers = trailers;
}

/*
 * The next element of the comma-separated list *v, trimmed, and the rest after
 * its comma in *v. Empty elements are returned too (",5" is not a valid
 * Content-Length); false once *v is empty (a trailing comma ends the list).
 */
static bool next_elem(struct hs_span *v, struct hs_span *elem)
{
    if (v->len == 0)
        return false;
    const uint8_t *comma = memchr(v->p, ',', v->len);
    size_t l = comma ? (size_t)(comma - v->p) : v->len;
    *elem = hs_span_trim(hs_span_make(v->p, l));
    l += comma != NULL;
    v->p += l;
    v->len -= l;
    return true;
}

/* Add a Content-Length or Transfer-Encoding field value to what framing has seen. */
static void framing_add(struct framing *fr, uint8_t fid, struct hs_span value)
{
    struct hs_span v = value, e;
    if (fid == HS_FID_CONTENT_LENGTH) {
        /* a list of equal values is accepted (RFC 9110 8.6) */
        while (next_elem(&v, &e)) {
            uint64_t x;
            if (!hs_h1_parse_u64(e, &x)) {
                fr->cl_bad = true;
                fr->has_cl = true;
            } else if (fr->has_cl && x != fr->cl) {
                fr->cl_conflict = true;
                fr->cl_bad = true;
            } else {
                if (fr->has_cl)
                    fr->dup_cl = true;
                fr->cl = x;
                fr->has_cl = true;
            }
        }
        if (value.len == 0)
            fr->cl_bad = fr->has_cl = true;
    } else {
        /* the final coding of the combined list decides (RFC 9112 6.1) */
        while (next_elem(&v, &e)) {
            const uint8_t *semi = memchr(e.p, ';', e.len);
            if (semi)
                e = hs_span_trim(hs_span_make(e.p, (size_t)(semi - e.p)));
            if (e.len) {
                fr->has_te = true;
                fr->te_chunked = HS_SPAN_IEQ(e, "chunked");
            }
        }
    }
}

static bool is_framing_fid(uint8_t fid)
{
    return fid == HS_FID_CONTENT_LENGTH || fid == HS_FID_TRANSFER_ENCODING;
}

/* A field line or the end of the block follows: no obs-fold can extend the last field now. */
static void framing_close(struct fstate *fs)
{
    if (fs->pend)
        framing_add(&fs->fr, fs->last->fid, fs->last->value);
    fs->pend = false;
}

/*
 * One field line from ls up to its '\n' at nl. Returns false for the empty
 * line that ends the block.
 */
static bool field_line(struct hs_h1_parser *p, struct hs_h1_msg *m, const uint8_t *ls,
                       const uint8_t *nl, bool clean, struct fstate *fs)
{
    size_t len = (size_t)(nl - ls);
    if (len + 1 > p->lim.max_line)
        FLAG(m, HS_H1_A_LINE_TOO_LONG);
    if (len && ls[len - 1] == '\r')
        len--;
    else
        FLAG(m, HS_H1_A_BARE_LF);
    if (len == 0) {
        framing_close(fs);
        return false;
    }
    if (hs_is_ows(ls[0])) {
        struct hs_span cont = hs_span_trim(hs_span_make(ls, len));
        if (!clean)
            check_value(m, cont);
        if (fs->first && !fs->trailers) {
            FLAG(m, HS_H1_A_WS_AFTER_START_LINE);
        } else if (fs->last) {
            /* obs-fold (RFC 9112 5.2): the value runs on; keep one span over both lines */
            FLAG(m, HS_H1_A_OBS_FOLD);
            if (cont.len)
                fs->last->value.len = (size_t)(cont.p + cont.len - fs->last->value.p);
        }
        return true;
    }
    framing_close(fs);
    fs->first = false;
    /* The usual case: a token, then the colon. */
    size_t i = token_prefix(ls, len);
    struct hs_span name = hs_span_make(ls, i);
    const uint8_t *colon = ls + i;
    if (i == len || ls[i] != ':' || i == 0) {
        colon = memchr(ls, ':', len);
        if (!colon) {
            FLAG(m, HS_H1_A_NO_COLON);
            if (!clean)
                check_value(m, hs_span_make(ls, len));
            fs->last = NULL;
            return true;
        }
        name = hs_span_make(ls, (size_t)(colon - ls));
        if (name.len && hs_is_ows(name.p[name.len - 1])) {
            FLAG(m, HS_H1_A_WS_BEFORE_COLON);
            while (name.len && hs_is_ows(name.p[name.len - 1]))
                name.len--;
        }
        /* ls[0..i) is the whole tchar run at the start: the name is a token if within it */
        if (name.len == 0 || name.len > i)
            FLAG(m, HS_H1_A_INVALID_NAME);
        if (!clean && memchr(name.p, '\r', name.len))
            FLAG(m, HS_H1_A_BARE_CR);
    }
    struct hs_span value = hs_span_trim(hs_span_make(colon + 1, (size_t)(ls + len - (colon + 1))));
    if (!clean)
        check_value(m, value);
    const uint8_t fid = (uint8_t)hs_fid_of(name.p, name.len);
    if (fs->count >= p->lim.max_fields) {
        FLAG(m, HS_H1_A_TOO_MANY_HEADERS);
        fs->last = NULL;
        fs->count++;
        /* framing must still see Content-Length and Transfer-Encoding (RFC 9112 6.3) */
        if (!fs->trailers && is_framing_fid(fid))
            framing_add(&fs->fr, fid, value);
        return true;
    }
    fs->last = &p->fields[fs->count++];
    fs->last->name = name;
    fs->last->value = value;
    fs->last->fid = fid;
    fs->pend = !fs->trailers && is_framing_fid(fid);
    return true;
}

/* Parse the field lines in d[0..n) (up to the empty line) into p->fields, from fs on. */
static void parse_fields(struct hs_h1_parser *p, struct hs_h1_msg *m, const uint8_t *d,
                         size_t n, struct fstate *fs)
{
    size_t pos = 0;
    while (pos < n) {
        bool clean;
        const uint8_t *nl = scan_line(d + pos, n - pos, &clean);
        if (!nl || !field_line(p, m, d + pos, nl, clean, fs))
            break;
        pos = (size_t)(nl - d) + 1;
    }
}

/* Apply RFC 9112 6.3 to decide how the body is delimited, from the framing fields fr. */
static void decide_framing(struct hs_h1_parser *p, struct hs_h1_msg *m, const struct framing *fr)
{
    const bool has_cl = fr->has_cl, cl_bad = fr->cl_bad, has_te = fr->has_te,
               te_chunked = fr->te_chunked;
    const uint64_t cl = fr->cl;
    if (fr->dup_cl)
        FLAG(m, HS_H1_A_DUP_CL);
    if (fr->cl_conflict)
        FLAG(m, HS_H1_A_CL_CONFLICT);
    if (cl_bad && !fr->cl_conflict)
        FLAG(m, HS_H1_A_BAD_CL);
    if (has_cl && has_te)
        FLAG(m, HS_H1_A_CL_AND_TE);
    if (has_te && m->major == 1 && m->minor == 0)
        FLAG(m, HS_H1_A_TE_IN_HTTP10);

    if (p->role == HS_H1_RESPONSE) {
        uint16_t s = m->status;
        if (s == 101) {
            m->body = HS_H1_BODY_TUNNEL;
        } else if ((s >= 100 && s < 200) || s == 204) {
            if (has_te || (has_cl && cl))
                FLAG(m, HS_H1_A_BODY_NOT_ALLOWED);
            m->body = HS_H1_BODY_NONE;
        } else if (m->req_head || s == 304) {
            if (has_te && s == 304)
                FLAG(m, HS_H1_A_BODY_NOT_ALLOWED);
            m->body = HS_H1_BODY_NONE;
        } else if (m->req_connect && s >= 200 && s < 300) {
            m->body = HS_H1_BODY_TUNNEL;
        } else if (has_te) {
            if (te_chunked) {
                m->body = HS_H1_BODY_CHUNKED;
            } else {
                FLAG(m, HS_H1_A_TE_NOT_CHUNKED);
                m->body = HS_H1_BODY_CLOSE;
            }
        } else if (has_cl && !cl_bad) {
            m->body = cl ? HS_H1_BODY_LENGTH : HS_H1_BODY_NONE;
            m->content_length = cl;
        } else {
            m->body = HS_H1_BODY_CLOSE; /* includes invalid Content-Length: read to close */
        }
        return;
    }
    /* request */
    if (has_te) {
        if (te_chunked) {
            m->body = HS_H1_BODY_CHUNKED;
        } else {
            FLAG(m, HS_H1_A_TE_NOT_CHUNKED); /* RFC 9112 6.3 rule 4: 400, framing unknown */
            m->body = HS_H1_BODY_NONE;
            p->resync_after = true;
        }
    } else if (has_cl) {
        if (cl_bad) {
            m->body = HS_H1_BODY_NONE;
            p->resync_after = true;
        } else {
            m->body = cl ? HS_H1_BODY_LENGTH : HS_H1_BODY_NONE;
            m->content_length = cl;
        }
    } else {
        m->body = HS_H1_BODY_NONE;
    }
    if (m->body != HS_H1_BODY_NONE && HS_SPAN_EQ(m->method, "CONNECT"))
        FLAG(m, HS_H1_A_CONNECT_BODY);
}

/* After the header block: enter the body state or end the message. */
static void start_body(struct hs_h1_parser *p, bool connect, uint64_t ts)
{
    struct hs_h1_msg *m = &p->msg;
    switch (m->body) {
    case HS_H1_BODY_NONE:
        if (p->role == HS_H1_REQUEST && connect) {
            /* bytes after a CONNECT request belong to the tunnel unless it is refused */
            p->st = HS_H1_ST_TUNNEL;
        }
        end_msg(p, true, ts);
        break;
    case HS_H1_BODY_LENGTH:
        p->remaining = m->content_length;
        set_state(p, HS_H1_ST_BODY_LENGTH);
        break;
    case HS_H1_BODY_CHUNKED: set_state(p, HS_H1_ST_CHUNK_SIZE); break;
    case HS_H1_BODY_CLOSE: set_state(p, HS_H1_ST_BODY_CLOSE); break;
    case HS_H1_BODY_TUNNEL:
        p->st = HS_H1_ST_TUNNEL;
        end_msg(p, true, ts);
        break;
    }
}

/* The bytes at the start of the stream are not HTTP, or (later) not a message: say so. */
static void not_a_message(struct hs_h1_parser *p)
{
    p->started = false;
    p->midline = true; /* resynchronising: the rejected line is skipped, never re-examined */
    if (!p->seen_message && !p->midstream) {
        set_state(p, HS_H1_ST_NOT_HTTP);
    } else {
        set_state(p, HS_H1_ST_RESYNC);
        p->resync_scanned = 0;
    }
}

/* Parse and check the complete first line; on success the message begins. */
static bool first_line(struct hs_h1_parser *p, const uint8_t *d, const uint8_t *nl,
                       struct hs_h1_msg *tmp)
{
    memset(tmp, 0, sizeof *tmp);
    if (!parse_start_line(p, tmp, line_content(tmp, d, nl), !p->seen_message))
        return false;
    if ((size_t)(nl - d) + 1 > p->lim.max_line)
        FLAG(tmp, HS_H1_A_LINE_TOO_LONG);
    p->started = false;
    begin_msg(p, tmp, p->start_ts);
    return true;
}

/* p as an offset from d plus one, 0 for NULL (blocks of less than 64 KiB). */
static uint16_t off16(const uint8_t *p, const uint8_t *d)
{
    return (uint16_t)(p ? p - d + 1 : 0);
}

static const uint8_t *at16(const uint8_t *d, uint16_t off)
{
    return off ? d + off - 1 : NULL;
}

/* Keep what parsing the block d[0..pos) found, if it fits (struct resume). */
static void resume_save(struct hs_h1_parser *p, const uint8_t *d, size_t pos,
                        const struct fstate *fs, const struct hs_h1_msg *fm,
                        const struct hs_h1_msg *first)
{
    struct resume *r = &p->rs;
    if (pos >= UINT16_MAX || fs->count > RESUME_FIELDS || fs->count > p->lim.max_fields)
        return;
    const struct hs_span sp[3] = {first->method, first->target, first->reason};
    for (int k = 0; k < 3; k++) {
        r->off[k] = off16(sp[k].p, d);
        r->len[k] = (uint16_t)sp[k].len;
    }
    for (uint32_t i = 0; i < fs->count; i++) {
        const struct hs_h1_field *f = &p->fields[i];
        r->f[i].name = off16(f->name.p, d);
        r->f[i].name_len = (uint16_t)f->name.len;
        r->f[i].value = off16(f->value.p, d);
        r->f[i].value_len = (uint16_t)f->value.len;
        r->f[i].fid = f->fid;
    }
    r->count = (uint8_t)fs->count;
    r->first = fs->first;
    r->last = fs->last ? (int8_t)(fs->last - p->fields) : -1;
    r->pend = fs->pend;
    r->fr = fs->fr;
    r->anomalies = fm->anomalies;
    r->valid = true;
}

/* The state resume_save() kept, for the block now at d. */
static void resume_load(struct hs_h1_parser *p, const uint8_t *d, struct fstate *fs,
                        struct hs_h1_msg *fm, struct hs_h1_msg *first)
{
    const struct resume *r = &p->rs;
    struct hs_span *sp[3] = {&first->method, &first->target, &first->reason};
    for (int k = 0; k < 3; k++)
        *sp[k] = hs_span_make(at16(d, r->off[k]), r->len[k]);
    for (uint32_t i = 0; i < r->count; i++) {
        struct hs_h1_field *f = &p->fields[i];
        f->name = hs_span_make(at16(d, r->f[i].name), r->f[i].name_len);
        f->value = hs_span_make(at16(d, r->f[i].value), r->f[i].value_len);
        f->fid = r->f[i].fid;
    }
    fs->count = r->count;
    fs->first = r->first;
    fs->last = r->last >= 0 ? &p->fields[r->last] : NULL;
    fs->pend = r->pend;
    fs->fr = r->fr;
    fm->anomalies = r->anomalies;
}

/*
 * START: find the end of the header block in d[0..n). Returns bytes consumed,
 * or 0 when more input is needed (the state may have changed).
 */
static size_t st_start(struct hs_h1_parser *p, const uint8_t *d, size_t n, uint64_t ts)
{
    if (!p->in_msg && n && p->role == HS_H1_RESPONSE && p->http09_next) {
        /* HTTP/0.9 response (RFC 1945 4.2): no status line, every byte is body up to the close */
        p->http09_next = false;
        struct hs_h1_msg first;
        memset(&first, 0, sizeof first);
        first.minor = 9;
        FLAG(&first, HS_H1_A_HTTP09);
        begin_msg(p, &first, ts);
        if (p->cb.headers)
            p->cb.headers(p->cb.ud, &p->msg, ts);
        p->msg.body = HS_H1_BODY_CLOSE;
        set_state(p, HS_H1_ST_BODY_CLOSE);
        return 0;
    }
    if (!p->in_msg) {
        /* RFC 9112 2.2: empty lines before a start line are ignored */
        size_t skip = 0;
        while (skip < n && (d[skip] == '\r' || d[skip] == '\n')) {
            if (d[skip] == '\r' && skip + 1 >= n)
                break; /* a CR at the end: wait for what follows it */
            if (d[skip] == '\r' && d[skip + 1] != '\n')
                break;
            skip += d[skip] == '\r' ? 2 : 1;
        }
        if (skip) {
            p->leading_empty = true;
            return skip;
        }
        if (n == 0 || (n == 1 && d[0] == '\r'))
            return 0;
        if (!p->started) {
            p->started = true;
            p->start_ts = ts;
        }
        if (plausible_start(p, d, n, false) == 0) {
            not_a_message(p);
            return 0;
        }
    }
    /*
     * Find the empty line that ends the block, resuming where the last call
     * stopped. When this call starts at the message's first byte (the usual
     * case: the block arrives whole), field lines are parsed as they are found;
     * otherwise they are parsed once the block is complete.
     */
    size_t pos = p->scan;
    bool onepass = pos == 0;
    struct fstate fs;
    fstate_init(&fs, false);
    struct hs_h1_msg fm; /* anomalies of field lines, kept only if the block completes */
    fm.anomalies = 0;
    struct hs_h1_msg first;
    if (pos && p->rs.valid) { /* go on from the cut: the block is at d again, longer */
        onepass = true;
        resume_load(p, d, &fs, &fm, &first);
    }
    p->rs.valid = false;
    const uint8_t *end = NULL;
    /* Only the first max_header_bytes bytes are searched: the same answer at any split. */
    size_t lim = n < p->lim.max_header_bytes ? n : p->lim.max_header_bytes;
    while (pos < lim) {
        bool clean;
        const uint8_t *nl = onepass ? scan_line(d + pos, lim - pos, &clean)
                                    : memchr(d + pos, '\n', lim - pos);
        if (!nl)
            break;
        size_t ls = pos;
        pos = (size_t)(nl - d) + 1;
        if (ls == 0) {
            if (!first_line(p, d, nl, &first)) {
                not_a_message(p);
                return 0;
            }
            if (p->msg.major == 0) { /* HTTP/0.9 request: the line is the whole message */
                end = nl + 1;
                break;
            }
            continue;
        }
        if (onepass) {
            if (!field_line(p, &fm, d + ls, nl, clean, &fs)) {
                end = nl + 1;
                break;
            }
        } else if (nl == d + ls || (nl == d + ls + 1 && d[ls] == '\r')) {
            end = nl + 1;
            break;
        }
    }
    if (!end && n >= p->lim.max_header_bytes) {
        if (!p->in_msg) {
            not_a_message(p); /* a first line longer than the whole block limit */
            return 0;
        }
        /* Give up on this message at exactly the limit (whatever the segmentation),
         * and resynchronise on what follows. */
        FLAG(&p->msg, HS_H1_A_HEADERS_TOO_LARGE);
        p->msg.header_bytes = p->lim.max_header_bytes;
        end_msg(p, false, ts);
        p->midline = d[p->lim.max_header_bytes - 1] != '\n';
        return p->lim.max_header_bytes;
    }
    if (!end) {
        p->scan = pos; /* the start of the unfinished line */
        if (onepass && pos)
            resume_save(p, d, pos, &fs, &fm, &first);
        return 0;
    }
    size_t blen = (size_t)(end - d);
    struct hs_h1_msg *m = &p->msg;
    m->header_bytes = blen;
    m->anomalies |= fm.anomalies;
    if (!onepass) {
        /* the start line's spans and the fields, now that the whole block is here */
        const uint8_t *nl1 = memchr(d, '\n', blen);
        memset(&first, 0, sizeof first);
        parse_start_line(p, &first, line_content(&first, d, nl1), true);
        if (m->major != 0)
            parse_fields(p, m, nl1 + 1, blen - (size_t)(nl1 + 1 - d), &fs);
    }
    m->method = first.method;
    m->target = first.target;
    m->reason = first.reason; /* the scalars are in m since begin_msg() */
    m->fields = p->fields;
    m->nfields = fs.count > p->lim.max_fields ? p->lim.max_fields : fs.count;
    if (p->cb.headers)
        p->cb.headers(p->cb.ud, m, ts);
    if (m->major == 0 && p->role == HS_H1_REQUEST)
        m->body = HS_H1_BODY_NONE;
    else
        decide_framing(p, m, &fs.fr);
    bool connect = HS_SPAN_EQ(m->method, "CONNECT");
    m->fields = NULL;
    m->method = m->target = m->reason = hs_span_make(NULL, 0);
    start_body(p, connect, ts);
    return blen;
}

/* ---- chunked ----------------------------------------------------------------------- */

static size_t st_chunk_size(struct hs_h1_parser *p, const uint8_t *d, size_t n, uint64_t ts)
{
    struct hs_h1_msg *m = &p->msg;
    size_t lim = n < p->lim.max_line ? n : p->lim.max_line;
    const uint8_t *nl = memchr(d, '\n', lim);
    if (!nl) {
        if (n < p->lim.max_line)
            return 0;
        FLAG(m, HS_H1_A_BAD_CHUNK);
        end_msg(p, false, ts);
        return 0;
    }
    struct hs_span line = line_content(m, d, nl);
    size_t used = (size_t)(nl - d) + 1;
    uint64_t size = 0;
    size_t i = 0;
    while (i < line.len && hexval(line.p[i]) >= 0) {
        if (i >= p->lim.max_chunk_digits) {
            FLAG(m, HS_H1_A_BAD_CHUNK);
            end_msg(p, false, ts);
            return 0;
        }
        size = size * 16 + (uint64_t)hexval(line.p[i]);
        i++;
    }
    size_t j = i;
    while (j < line.len && hs_is_ows(line.p[j]))
        j++;
    if (i == 0 || (j < line.len && line.p[j] != ';')) {
        FLAG(m, HS_H1_A_BAD_CHUNK);
        end_msg(p, false, ts);
        return 0;
    }
    if (j < line.len)
        FLAG(m, HS_H1_A_CHUNK_EXT);
    m->body_wire += used;
    if (size == 0) {
        set_state(p, HS_H1_ST_TRAILERS);
    } else {
        p->remaining = size;
        set_state(p, HS_H1_ST_CHUNK_DATA);
    }
    return used;
}

static size_t st_chunk_crlf(struct hs_h1_parser *p, const uint8_t *d, size_t n)
{
    struct hs_h1_msg *m = &p->msg;
    if (n == 0)
        return 0;
    if (d[0] == '\n') {
        FLAG(m, HS_H1_A_BARE_LF);
        m->body_wire += 1;
        set_state(p, HS_H1_ST_CHUNK_SIZE);
        return 1;
    }
    if (d[0] == '\r') {
        if (n < 2)
            return 0;
        if (d[1] == '\n') {
            m->body_wire += 2;
            set_state(p, HS_H1_ST_CHUNK_SIZE);
            return 2;
        }
    }
    FLAG(m, HS_H1_A_CHUNK_NO_CRLF); /* lenient: read a chunk size right here */
    set_state(p, HS_H1_ST_CHUNK_SIZE);
    return 0;
}

static size_t st_trailers(struct hs_h1_parser *p, const uint8_t *d, size_t n, uint64_t ts)
{
    struct hs_h1_msg *m = &p->msg;
    size_t pos = p->scan;
    /* the trailer section is bounded like a header block, whatever the segmentation */
    size_t lim = n < p->lim.max_header_bytes ? n : p->lim.max_header_bytes;
    while (pos < lim) {
        const uint8_t *nl = memchr(d + pos, '\n', lim - pos);
        if (!nl)
            break;
        size_t ls = pos;
        pos = (size_t)(nl - d) + 1;
        if (nl == d + ls || (nl == d + ls + 1 && d[ls] == '\r')) {
            struct fstate fs;
            fstate_init(&fs, true);
            parse_fields(p, m, d, pos, &fs);
            uint32_t count = fs.count > p->lim.max_fields ? p->lim.max_fields : fs.count;
            m->trailers = count;
            if (count)
                FLAG(m, HS_H1_A_TRAILERS);
            m->body_wire += pos;
            end_msg(p, true, ts);
            return pos;
        }
    }
    p->scan = pos; /* a line start: the unfinished line's */
    if (n >= p->lim.max_header_bytes) {
        FLAG(m, HS_H1_A_HEADERS_TOO_LARGE);
        m->body_wire += p->lim.max_header_bytes;
        end_msg(p, false, ts);
        p->midline = d[p->lim.max_header_bytes - 1] != '\n';
        return p->lim.max_header_bytes;
    }
    return 0;
}

/* ---- resynchronisation -------------------------------------------------------------- */

static size_t st_resync(struct hs_h1_parser *p, const uint8_t *d, size_t n, uint64_t ts)
{
    size_t pos = 0;
    if (p->midline) {
        /* a start line begins a line (RFC 9112 2.1): finish the current one first */
        const uint8_t *nl = memchr(d, '\n', n);
        if (!nl) {
            add_stray(p, n, ts);
            p->resync_scanned += n;
            return n;
        }
        pos = (size_t)(nl - d) + 1;
        p->midline = false;
    }
    while (pos < n) {
        if (p->resync_scanned + pos > p->lim.resync_max) {
            /* searched long enough (judged at line starts, whatever the segmentation):
             * what was searched is stray, the rest is simply not HTTP */
            add_stray(p, pos, ts);
            report_stray(p, ts);
            set_state(p, HS_H1_ST_NOT_HTTP);
            p->stats.other_bytes += n - pos;
            return n;
        }
        int pl = plausible_start(p, d + pos, n - pos, true);
        if (pl == 1) {
            add_stray(p, pos, ts);
            if (!p->stray)
                p->stray_open = false; /* the held bytes were a start line after all */
            p->resync_scanned = 0;
            set_state(p, HS_H1_ST_START);
            p->seen_message = true; /* a failure now resynchronises, not "not HTTP" */
            return pos;
        }
        if (pl == -1) {
            /* keep the unfinished line for the next call; it may be stray from now */
            open_stray(p, ts);
            add_stray(p, pos, ts);
            p->resync_scanned += pos;
            return pos;
        }
        const uint8_t *nl = memchr(d + pos, '\n', n - pos);
        if (!nl) {
            p->midline = true;
            pos = n;
            break;
        }
        pos = (size_t)(nl - d) + 1;
    }
    add_stray(p, pos, ts);
    p->resync_scanned += pos;
    return n;
}

/* ---- driver ------------------------------------------------------------------------ */

/* Up to `remaining` bytes of a Content-Length body or a chunk go to the body callback. */
static size_t body_bytes(struct hs_h1_parser *p, const uint8_t *d, size_t n, uint64_t ts)
{
    uint64_t k = p->remaining < n ? p->remaining : n;
    if (k && p->cb.body)
        p->cb.body(p->cb.ud, &p->msg, d, (size_t)k, ts);
    p->msg.body_wire += k;
    p->msg.body_len += k;
    p->remaining -= k;
    return (size_t)k;
}

size_t hs_h1_feed(struct hs_h1_parser *p, const uint8_t *data, size_t len, uint64_t ts)
{
    size_t off = 0;
    for (;;) {
        const uint8_t *d = data + off;
        size_t n = len - off, used;
        enum hs_h1_state before = p->st;
        switch (p->st) {
        case HS_H1_ST_START: used = st_start(p, d, n, ts); break;
        case HS_H1_ST_BODY_LENGTH:
            used = body_bytes(p, d, n, ts);
            if (p->remaining == 0)
                end_msg(p, true, ts);
            break;
        case HS_H1_ST_CHUNK_SIZE: used = st_chunk_size(p, d, n, ts); break;
        case HS_H1_ST_CHUNK_DATA:
            used = body_bytes(p, d, n, ts);
            if (p->remaining == 0)
                set_state(p, HS_H1_ST_CHUNK_CRLF);
            break;
        case HS_H1_ST_CHUNK_CRLF: used = st_chunk_crlf(p, d, n); break;
        case HS_H1_ST_TRAILERS: used = st_trailers(p, d, n, ts); break;
        case HS_H1_ST_BODY_CLOSE:
            if (n && p->cb.body)
                p->cb.body(p->cb.ud, &p->msg, d, n, ts);
            p->msg.body_wire += n;
            p->msg.body_len += n;
            used = n;
            break;
        case HS_H1_ST_TUNNEL:
            p->stats.tunnel_bytes += n;
            used = n;
            break;
        case HS_H1_ST_RESYNC: used = st_resync(p, d, n, ts); break;
        case HS_H1_ST_NOT_HTTP:
        default:
            p->stats.other_bytes += n;
            used = n;
            break;
        }
        off += used;
        p->pos += used;
        /* Stop when nothing moved: out of input, or waiting for more of a line. */
        if (used == 0 && p->st == before)
            return off;
    }
}

/* ---- gaps and the end of the stream ---------------------------------------------------- */

void hs_h1_gap(struct hs_h1_parser *p, uint64_t len, uint64_t ts)
{
    struct hs_h1_msg *m = &p->msg;
    p->scan = 0;
    p->pos += len;
    switch (p->st) {
    case HS_H1_ST_BODY_LENGTH:
    case HS_H1_ST_CHUNK_DATA:
        FLAG(m, HS_H1_A_GAP_BODY);
        if (len <= p->remaining) {
            m->body_len += len;
            m->body_wire += len;
            m->gap_bytes += len;
            p->remaining -= len;
            if (p->remaining == 0) {
                if (p->st == HS_H1_ST_BODY_LENGTH)
                    end_msg(p, true, ts);
                else
                    set_state(p, HS_H1_ST_CHUNK_CRLF);
            }
            return;
        }
        m->body_len += p->remaining;
        m->body_wire += p->remaining;
        m->gap_bytes += p->remaining;
        end_msg(p, p->st == HS_H1_ST_BODY_LENGTH, ts);
        if (p->st == HS_H1_ST_TUNNEL)
            return; /* the end callback switched protocols (hs_h1_set_tunnel) */
        set_state(p, HS_H1_ST_RESYNC);
        p->midline = false;
        return;
    case HS_H1_ST_BODY_CLOSE:
        FLAG(m, HS_H1_A_GAP_BODY);
        m->body_len += len;
        m->body_wire += len;
        m->gap_bytes += len;
        return;
    case HS_H1_ST_TUNNEL: p->stats.tunnel_bytes += len; return;
    case HS_H1_ST_NOT_HTTP: p->stats.other_bytes += len; return;
    case HS_H1_ST_RESYNC:
        p->midline = false; /* still looking; the bytes after the hole start a line */
        return;
    case HS_H1_ST_START:
    case HS_H1_ST_CHUNK_SIZE:
    case HS_H1_ST_CHUNK_CRLF:
    case HS_H1_ST_TRAILERS:
        if (p->in_msg) {
            FLAG(m, p->st == HS_H1_ST_START ? HS_H1_A_GAP_HEADERS : HS_H1_A_GAP_BODY);
            end_msg(p, false, ts);
            if (p->st == HS_H1_ST_TUNNEL)
                return; /* e.g. a CONNECT 200 cut short: the caller opened the tunnel */
        }
        p->started = false;
        set_state(p, HS_H1_ST_RESYNC);
        p->seen_message = true;
        p->resync_scanned = 0;
        p->midline = false; /* take the bytes after a hole as a line start */
        return;
    }
}

void hs_h1_eos(struct hs_h1_parser *p, const uint8_t *rest, size_t len, uint64_t ts)
{
    struct hs_h1_msg *m = &p->msg;
    switch (p->st) {
    case HS_H1_ST_BODY_CLOSE: end_msg(p, true, ts); break;
    case HS_H1_ST_START:
        if (p->in_msg) {
            FLAG(m, HS_H1_A_TRUNCATED);
            end_msg(p, false, ts);
        } else {
            add_stray(p, len, ts);
        }
        break;
    case HS_H1_ST_BODY_LENGTH:
    case HS_H1_ST_CHUNK_SIZE:
    case HS_H1_ST_CHUNK_DATA:
    case HS_H1_ST_CHUNK_CRLF:
    case HS_H1_ST_TRAILERS:
        FLAG(m, HS_H1_A_TRUNCATED);
        m->body_wire += len;
        end_msg(p, false, ts);
        break;
    case HS_H1_ST_RESYNC: add_stray(p, len, ts); break;
    case HS_H1_ST_TUNNEL: p->stats.tunnel_bytes += len; break;
    case HS_H1_ST_NOT_HTTP: p->stats.other_bytes += len; break;
    }
    (void)rest;
    report_stray(p, ts);
    p->st = HS_H1_ST_NOT_HTTP;
}
