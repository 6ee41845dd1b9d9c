/* hdr.h: parsers for header field values shared by the checks (RFC 9110/9111 grammar). */
#ifndef HS_ANALYSIS_HDR_H
#define HS_ANALYSIS_HDR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../txn/txn.h"
#include "../util/hs_span.h"

/* ---- tokens, lists, quoted strings (RFC 9110 5.6) ----------------------------------- */

bool hs_is_tchar(uint8_t c);
/* 1*tchar */
bool hs_is_token(struct hs_span s);
/*
 * Length of the quoted-string at the start of s (including both quotes), or 0
 * if s does not start with a valid one (RFC 9110 5.6.4: qdtext, quoted-pair).
 */
size_t hs_quoted_len(struct hs_span s);

/*
 * Iterate the elements of a #list (RFC 9110 5.6.1): splits at commas outside
 * quoted strings, trims OWS, skips empty elements (counted in `empty`).
 */
struct hs_list_iter {
    struct hs_span rest;
    unsigned empty; /* empty elements skipped so far */
};
void hs_list_init(struct hs_list_iter *it, struct hs_span value);
bool hs_list_next(struct hs_list_iter *it, struct hs_span *elem);
/* Does the #list value have an element whose first token (before ';', '=' or OWS) is tok,
 * case-insensitive? ("Connection: keep-alive, Upgrade" has "upgrade".) */
bool hs_list_has_token(struct hs_span value, const char *tok, size_t tlen);

/* ---- Cache-Control (RFC 9111 5.2) ------------------------------------------------------ */

#define HS_CC_MAX 32

struct hs_cc_dir {
    struct hs_span name;   /* as sent (case kept) */
    struct hs_span arg;    /* without quotes when quoted; empty when absent */
    bool has_arg;
    bool quoted;           /* the argument was a quoted-string */
    bool bad_syntax;       /* the directive or its argument does not match the grammar */
    bool is_delta;         /* arg is delta-seconds: 1*DIGIT (quoted or not) */
    uint64_t delta;        /* its value, saturated at 2^31 (RFC 9111 1.2.2) */
};

struct hs_cc {
    struct hs_cc_dir d[HS_CC_MAX];
    unsigned n;            /* directives kept (the rest counted in `dropped`) */
    unsigned dropped;
    bool present;          /* at least one Cache-Control field */
};

/*
 * delta-seconds = 1*DIGIT (RFC 9111 1.2.2), saturated at 2^31; false if a is
 * not that. quoted: a is the inside of a quoted-string, read with its
 * quoted-pairs replaced by the octet they quote (RFC 9110 5.6.4), so "\1\2" is 12.
 */
bool hs_delta_seconds(struct hs_span a, bool quoted, uint64_t *out);
/*
 * One cache-directive = token [ "=" ( token / quoted-string ) ] (RFC 9111 5.2):
 * e is a list element, trimmed and not empty. bad_syntax is about this generic
 * grammar only; whether a directive takes an argument, and of which form, is
 * for the caller (is_delta, has_arg, quoted). Spans point into e.
 */
void hs_cc_directive(struct hs_span e, struct hs_cc_dir *d);
/* Parse every Cache-Control field of m, in order, into out. */
void hs_cc_parse(const struct hs_txn_msg *m, struct hs_cc *out);
/* First directive called name (case-insensitive), or NULL. */
const struct hs_cc_dir *hs_cc_get(const struct hs_cc *cc, const char *name);
unsigned hs_cc_count(const struct hs_cc *cc, const char *name);

/* ---- HTTP-date (RFC 9110 5.6.7) ---------------------------------------------------------- */

enum hs_date_form {
    HS_DATE_INVALID = 0,
    HS_DATE_IMF,     /* Sun, 06 Nov 1994 08:49:37 GMT */
    HS_DATE_RFC850,  /* Sunday, 06-Nov-94 08:49:37 GMT (obsolete) */
    HS_DATE_ASCTIME  /* Sun Nov  6 08:49:37 1994 (obsolete) */
};

struct hs_date {
    enum hs_date_form form;
    int64_t epoch;      /* seconds since 1970-01-01T00:00:00Z */
    bool weekday_ok;    /* the day name matches the date */
};

/* Parse s; false (form INVALID) if it is none of the three forms or an impossible date. */
bool hs_date_parse(struct hs_span s, struct hs_date *out);

/* ---- entity tags (RFC 9110 8.8.3) ------------------------------------------------------- */

struct hs_etag {
    bool weak;
    struct hs_span opaque; /* between the quotes */
};

/* Parse one entity-tag at the start of s; returns bytes used or 0 if invalid. */
size_t hs_etag_parse(struct hs_span s, struct hs_etag *out);
/* Whole value is exactly one valid entity-tag. */
bool hs_etag_parse_value(struct hs_span s, struct hs_etag *out);
bool hs_etag_strong_eq(const struct hs_etag *a, const struct hs_etag *b); /* both strong, same */
bool hs_etag_weak_eq(const struct hs_etag *a, const struct hs_etag *b);   /* same opaque */

/*
 * Match tag against an If-Match / If-None-Match value: "*" or #entity-tag.
 * Sets *star for "*"; returns false if the value is not valid syntax.
 * *matched uses the weak comparison when weak is true, else the strong one.
 */
bool hs_etag_list_match(struct hs_span value, const struct hs_etag *tag, bool weak, bool *star,
                        bool *matched);

/* ---- ranges (RFC 9110 14) ----------------------------------------------------------------- */

#define HS_RANGE_MAX 16

struct hs_range_spec {
    bool suffix;        /* "-N": the last N bytes (first unused) */
    uint64_t first;
    bool has_last;
    uint64_t last;      /* or the suffix length */
};

struct hs_range {
    bool bytes_unit;    /* unit is "bytes" (other units are valid syntax but not bytes) */
    struct hs_range_spec r[HS_RANGE_MAX];
    unsigned n;         /* specs kept */
    unsigned total;     /* specs seen */
};

/* Range: ranges-specifier. False on invalid syntax (including first > last). */
bool hs_range_parse(struct hs_span s, struct hs_range *out);

struct hs_content_range {
    bool bytes_unit;
    bool unsatisfied;     /* "bytes * /complete" (without the space) */
    uint64_t first, last; /* inclusive */
    bool complete_known;  /* not "*" */
    uint64_t complete;
};

/* Content-Range (RFC 9110 14.4). False on invalid syntax or first > last or last >= complete. */
bool hs_content_range_parse(struct hs_span s, struct hs_content_range *out);

/* ---- URI references (RFC 3986) ---------------------------------------------------------------- */

struct hs_uri {
    struct hs_span scheme, authority, path, query, fragment;
    bool has_scheme, has_authority, has_query, has_fragment;
};

/* Split a URI-reference (RFC 3986 4.1); false if it contains characters a URI cannot. */
bool hs_uri_parse(struct hs_span s, struct hs_uri *out);
/*
 * Resolve ref against base (RFC 3986 5.2, with remove_dot_segments), writing
 * the target URI into buf. Returns its length, or 0 if it does not fit or
 * base has no scheme.
 */
size_t hs_uri_resolve(const struct hs_uri *base, const struct hs_uri *ref, char *buf, size_t cap);

#endif
