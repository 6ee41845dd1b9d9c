/* hdr.c: bounded, allocation-free parsers for header field values (RFC 9110/9111) and URIs. */
#include "hdr.h"

#include <string.h>

/*
 * Every function here reads wire data as (pointer, length) only: each loop is
 * bounded by the span length, nothing is allocated and every result is written
 * into the caller's struct. Spans in the results point into the input.
 */

/* ---- small helpers -------------------------------------------------------------------------- */

static bool is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_hex(uint8_t c)
{
    return is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/* s[off, off + len); the caller guarantees off + len <= s.len. (NULL, 0) stays as is. */
static struct hs_span sub(struct hs_span s, size_t off, size_t len)
{
    return off == 0 ? hs_span_make(s.p, len) : hs_span_make(s.p + off, len);
}

/* s without its first off bytes (off <= s.len). */
static struct hs_span tail(struct hs_span s, size_t off)
{
    return sub(s, off, s.len - off);
}

/* Index of the first byte c in s, or s.len. */
static size_t find(struct hs_span s, uint8_t c)
{
    if (s.len == 0)
        return 0;
    const uint8_t *q = memchr(s.p, c, s.len);
    return q ? (size_t)(q - s.p) : s.len;
}

/*
 * 1*DIGIT at s[*i]; advances *i past the digits. False when there is no digit
 * or the value does not fit in 64 bits (RFC 9110 14.1.2: recipients must
 * anticipate large numerals and not overflow).
 */
static bool digits_u64(struct hs_span s, size_t *i, uint64_t *out)
{
    uint64_t v = 0;
    size_t start = *i;
    while (*i < s.len && is_digit(s.p[*i])) {
        unsigned d = (unsigned)(s.p[*i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return false;
        v = v * 10 + d;
        (*i)++;
    }
    if (*i == start)
        return false;
    *out = v;
    return true;
}

/* The whole of s is 1*DIGIT that fits in 64 bits. */
static bool span_u64(struct hs_span s, uint64_t *out)
{
    size_t i = 0;
    return digits_u64(s, &i, out) && i == s.len;
}

/* ---- tokens, lists, quoted strings (RFC 9110 5.6) ------------------------------------------- */

/* RFC 9110 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
 * "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA */
static const uint8_t tchar[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
};

bool hs_is_tchar(uint8_t c)
{
    return tchar[c];
}

bool hs_is_token(struct hs_span s)
{
    if (s.len == 0)
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (!tchar[s.p[i]])
            return false;
    return true;
}

/* qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text */
static bool is_qdtext(uint8_t c)
{
    return c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) ||
           (c >= 0x5d && c <= 0x7e) || c >= 0x80;
}

/* The octet after "\" in a quoted-pair: HTAB / SP / VCHAR / obs-text */
static bool is_qpchar(uint8_t c)
{
    return c == '\t' || (c >= 0x20 && c <= 0x7e) || c >= 0x80;
}

size_t hs_quoted_len(struct hs_span s)
{
    if (s.len < 2 || s.p[0] != '"')
        return 0;
    for (size_t i = 1; i < s.len; i++) {
        uint8_t c = s.p[i];
        if (c == '"')
            return i + 1;
        if (c == '\\') {
            if (i + 1 >= s.len || !is_qpchar(s.p[i + 1]))
                return 0;
            i++;
        } else if (!is_qdtext(c)) {
            return 0;
        }
    }
    return 0; /* no closing DQUOTE */
}

/*
 * Index just past the quoted string that starts at s.p[i] (a DQUOTE), for
 * splitting only: a backslash always takes the next octet, and an unterminated
 * string runs to the end of s. Validation is the element parser's job.
 */
static size_t skip_quoted(struct hs_span s, size_t i)
{
    for (i++; i < s.len; i++) {
        if (s.p[i] == '"')
            return i + 1;
        if (s.p[i] == '\\' && i + 1 < s.len)
            i++;
    }
    return s.len;
}

void hs_list_init(struct hs_list_iter *it, struct hs_span value)
{
    it->rest = value;
    it->empty = 0;
}

/*
 * RFC 9110 5.6.1.2: #element => [ element ] *( OWS "," OWS [ element ] ).
 * An empty element is one next to a comma: "a,,b" and "a," have one each, ","
 * has two. A value without any comma that is empty or all OWS has none.
 */
bool hs_list_next(struct hs_list_iter *it, struct hs_span *elem)
{
    while (it->rest.len > 0) {
        struct hs_span r = it->rest;
        size_t i = 0;
        bool comma = false;
        while (i < r.len) {
            if (r.p[i] == ',') {
                comma = true;
                break;
            }
            i = r.p[i] == '"' ? skip_quoted(r, i) : i + 1;
        }
        struct hs_span e = hs_span_trim(sub(r, 0, i));
        if (comma) {
            it->rest = tail(r, i + 1);
            if (hs_span_trim(it->rest).len == 0) { /* "a," or "a,  ": one trailing empty element */
                it->empty++;
                it->rest = tail(it->rest, it->rest.len);
            }
        } else {
            it->rest = tail(r, r.len);
        }
        if (e.len > 0) {
            *elem = e;
            return true;
        }
        if (comma)
            it->empty++;
    }
    return false;
}

bool hs_list_has_token(struct hs_span value, const char *tok, size_t tlen)
{
    struct hs_list_iter it;
    struct hs_span el;
    hs_list_init(&it, value);
    while (hs_list_next(&it, &el)) {
        size_t l = 0;
        while (l < el.len && el.p[l] != ';' && el.p[l] != '=' && !hs_is_ows(el.p[l]))
            l++;
        if (hs_span_ieq(hs_span_make(el.p, l), tok, tlen))
            return true;
    }
    return false;
}

/* ---- Cache-Control (RFC 9111 5.2) ----------------------------------------------------------- */

#define HS_DELTA_MAX 2147483648u /* RFC 9111 1.2.2: overflow saturates at 2^31 */

bool hs_delta_seconds(struct hs_span a, bool quoted, uint64_t *out)
{
    uint64_t v = 0;
    size_t ndig = 0;
    for (size_t i = 0; i < a.len; i++) {
        uint8_t c = a.p[i];
        if (quoted && c == '\\' && i + 1 < a.len)
            c = a.p[++i];
        if (!is_digit(c))
            return false;
        v = v * 10 + (uint64_t)(c - '0'); /* v <= 2^31 before: no overflow */
        if (v > HS_DELTA_MAX)
            v = HS_DELTA_MAX;
        ndig++;
    }
    if (ndig == 0)
        return false;
    *out = v;
    return true;
}

/*
 * cache-directive (RFC 9111 5.2). Recovery for diagnostics: the name is trimmed
 * of whitespace around "=" (which the grammar does not allow, so it is
 * flagged), an invalid quoted-string or token argument is kept raw.
 */
void hs_cc_directive(struct hs_span e, struct hs_cc_dir *d)
{
    memset(d, 0, sizeof *d);
    size_t eq = find(e, '=');
    struct hs_span name = sub(e, 0, eq);
    d->name = hs_span_trim(name);
    if (d->name.len != name.len || !hs_is_token(d->name))
        d->bad_syntax = true;
    if (eq == e.len)
        return;
    d->has_arg = true;
    struct hs_span a = tail(e, eq + 1);
    struct hs_span ta = hs_span_trim(a);
    if (ta.len != a.len) {
        d->bad_syntax = true;
        a = ta;
    }
    if (a.len == 0) {
        d->bad_syntax = true;
        d->arg = a;
        return;
    }
    if (a.p[0] == '"') {
        size_t q = hs_quoted_len(a);
        if (q == 0) {
            d->bad_syntax = true;
            d->arg = a;
            return;
        }
        if (q != a.len)
            d->bad_syntax = true; /* bytes after the closing quote */
        d->quoted = true;
        d->arg = sub(a, 1, q - 2);
    } else {
        if (!hs_is_token(a))
            d->bad_syntax = true;
        d->arg = a;
    }
    d->is_delta = hs_delta_seconds(d->arg, d->quoted, &d->delta);
}

void hs_cc_parse(const struct hs_txn_msg *m, struct hs_cc *out)
{
    memset(out, 0, sizeof *out);
    if (!m || !m->fields)
        return;
    for (uint32_t i = 0; i < m->nfields; i++) {
        const struct hs_txn_field *f = &m->fields[i];
        if (!HS_SPAN_IEQ(f->name, "Cache-Control"))
            continue;
        out->present = true;
        struct hs_list_iter it;
        struct hs_span e;
        hs_list_init(&it, f->value);
        while (hs_list_next(&it, &e)) {
            if (out->n >= HS_CC_MAX) {
                out->dropped++;
                continue;
            }
            hs_cc_directive(e, &out->d[out->n++]);
        }
    }
}

const struct hs_cc_dir *hs_cc_get(const struct hs_cc *cc, const char *name)
{
    size_t len = strlen(name); /* name is a C string from our code, not wire data */
    for (unsigned i = 0; i < cc->n && i < HS_CC_MAX; i++)
        if (hs_span_ieq(cc->d[i].name, name, len))
            return &cc->d[i];
    return NULL;
}

unsigned hs_cc_count(const struct hs_cc *cc, const char *name)
{
    size_t len = strlen(name);
    unsigned k = 0;
    for (unsigned i = 0; i < cc->n && i < HS_CC_MAX; i++)
        if (hs_span_ieq(cc->d[i].name, name, len))
            k++;
    return k;
}

/* ---- HTTP-date (RFC 9110 5.6.7) ------------------------------------------------------------- */

/*
 * RFC 9110 5.6.7 reads a two-digit rfc850 year that "appears to be more than
 * 50 years in the future" as the most recent past year with the same last two
 * digits. hs_date_parse() has no current time, and STYLE.md 2.7 forbids the
 * wall clock, so "now" is this fixed year: 00-76 are 2000-2076, 77-99 are
 * 1977-1999.
 */
#define HS_DATE_RFC850_NOW_YEAR 2026

static const char *const dayl[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                    "Thursday", "Friday", "Saturday"};

/* The three octets at p as one number, for a switch over three-letter names. */
#define NAME3(p) ((uint32_t)(p)[0] << 16 | (uint32_t)(p)[1] << 8 | (p)[2])

/* 0 (Sunday) .. 6, or -1; p[0..3) must be readable. Case-sensitive (%s"Mon"). */
static inline int wkday3(const uint8_t *p)
{
    switch (NAME3(p)) {
    case 0x53756e: return 0; /* Sun */
    case 0x4d6f6e: return 1; /* Mon */
    case 0x547565: return 2; /* Tue */
    case 0x576564: return 3; /* Wed */
    case 0x546875: return 4; /* Thu */
    case 0x467269: return 5; /* Fri */
    case 0x536174: return 6; /* Sat */
    default: return -1;
    }
}

/* 1..12, or 0. */
static inline int month3(const uint8_t *p)
{
    switch (NAME3(p)) {
    case 0x4a616e: return 1;  /* Jan */
    case 0x466562: return 2;  /* Feb */
    case 0x4d6172: return 3;  /* Mar */
    case 0x417072: return 4;  /* Apr */
    case 0x4d6179: return 5;  /* May */
    case 0x4a756e: return 6;  /* Jun */
    case 0x4a756c: return 7;  /* Jul */
    case 0x417567: return 8;  /* Aug */
    case 0x536570: return 9;  /* Sep */
    case 0x4f6374: return 10; /* Oct */
    case 0x4e6f76: return 11; /* Nov */
    case 0x446563: return 12; /* Dec */
    default: return 0;
    }
}

static bool dig2(const uint8_t *p, int *out)
{
    if (!is_digit(p[0]) || !is_digit(p[1]))
        return false;
    *out = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

static bool dig4(const uint8_t *p, int *out)
{
    int hi, lo;
    if (!dig2(p, &hi) || !dig2(p + 2, &lo))
        return false;
    *out = hi * 100 + lo;
    return true;
}

/* time-of-day = hour ":" minute ":" second: 8 readable bytes at p. */
static bool time_of_day(const uint8_t *p, int *h, int *m, int *s)
{
    return dig2(p, h) && p[2] == ':' && dig2(p + 3, m) && p[5] == ':' && dig2(p + 6, s);
}

/* The fields of a date as read, before the calendar is checked. */
struct dt {
    int wday; /* 0 (Sunday) .. 6 */
    unsigned year;
    int mon, day, h, mi, s;
};

static bool leap(unsigned y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/*
 * Check the calendar and the clock and fill out. Years are 0000-9999 (four
 * digits at most), the proleptic Gregorian calendar. The time-of-day range is
 * 00:00:00-23:59:60 (RFC 9110 5.6.7); a leap second only exists as the last
 * second of a UTC day, so second 60 is only accepted at 23:59:60.
 */
static bool finish(struct hs_date *out, enum hs_date_form form, const struct dt *d)
{
    static const uint8_t dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int mon = d->mon, day = d->day;
    if (day < 1 || day > dim[mon - 1] + (mon == 2 && leap(d->year)) || d->h > 23 || d->mi > 59 ||
        d->s > 60)
        return false;
    if (d->s == 60 && (d->h != 23 || d->mi != 59))
        return false;
    /*
     * Days since -0400-03-01 (years counted from March, so the leap day comes
     * last): one 400-year era before year 0 keeps every term unsigned.
     */
    const unsigned yy = d->year + 400 - (mon <= 2), era = yy / 400, yoe = yy - era * 400;
    const unsigned doy =
        (153 * (unsigned)(mon > 2 ? mon - 3 : mon + 9) + 2) / 5 + (unsigned)day - 1;
    const uint32_t n = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
    /* 1970-01-01 is day 719468 + 146097, a Thursday (4): (n + 3) % 7 is the day of the week */
    out->form = form;
    out->epoch = ((int64_t)n - (719468 + 146097)) * 86400 + d->h * 3600 + d->mi * 60 + d->s;
    out->weekday_ok = (n + 3) % 7 == (uint32_t)d->wday;
    return true;
}

/*
 * The 8 octets at p have the shape of tmpl: where mask is 0xff the octet of
 * tmpl itself, where it is 0xf0 a digit ("0" in tmpl), where it is 0 anything;
 * add is 6 where mask is 0xf0. A digit 0x30..0x39 keeps its high nibble 3
 * when 6 is added; any other octet changes it or already has another (an
 * octet above 0xf9 carries into its neighbour, but has failed already).
 */
static inline bool shape8(const uint8_t *p, const char *mask, const char *add, const char *tmpl)
{
    const uint64_t m = hs_ld64(mask), t = hs_ld64(tmpl) & m, w = hs_ld64(p);
    return ((w & m) == t) & (((w + hs_ld64(add)) & m) == t);
}

/* Two digits at p, already checked. */
static inline int d2(const uint8_t *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

/*
 * IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT: "Sun, 06 Nov 1994
 * 08:49:37 GMT", 29 octets. The usual form: punctuation and digits are tested
 * a word at a time.
 */
static bool date_imf(struct hs_span s, struct dt *d)
{
    const uint8_t *p = s.p;
    if (s.len != 29 ||
        !(shape8(p, "\0\0\0\xff\xff\xf0\xf0\xff", "\0\0\0\0\0\6\6\0", "..., 00 ") &
          shape8(p + 8, "\0\0\0\xff\xf0\xf0\xf0\xf0", "\0\0\0\0\6\6\6\6", "... 0000") &
          shape8(p + 16, "\xff\xf0\xf0\xff\xf0\xf0\xff\xf0", "\0\6\6\0\6\6\0\6", " 00:00:0") &
          shape8(p + 21, "\xf0\xff\xf0\xf0\xff\xff\xff\xff", "\6\0\6\6\0\0\0\0", "0:00 GMT")))
        return false;
    d->wday = wkday3(p);
    d->mon = month3(p + 8);
    d->day = d2(p + 5);
    d->year = (unsigned)(d2(p + 12) * 100 + d2(p + 14));
    d->h = d2(p + 17);
    d->mi = d2(p + 20);
    d->s = d2(p + 23);
    return d->wday >= 0 && d->mon > 0;
}

/* rfc850-date = day-name-l "," SP date2 SP time-of-day SP GMT; date2 = day "-" month "-" 2DIGIT */
static bool date_rfc850(struct hs_span s, struct dt *d)
{
    int wd = -1;
    size_t nl = 0;
    for (int i = 0; i < 7 && wd < 0; i++) {
        size_t l = strlen(dayl[i]);
        if (s.len > l && memcmp(s.p, dayl[i], l) == 0 && s.p[l] == ',') {
            wd = i;
            nl = l;
        }
    }
    if (wd < 0 || s.len != nl + 1 + 23)
        return false;
    const uint8_t *p = s.p + nl + 1; /* " DD-Mon-YY HH:MM:SS GMT" */
    int yy;
    if (p[0] != ' ' || !dig2(p + 1, &d->day) || p[3] != '-' || !(d->mon = month3(p + 4)) ||
        p[7] != '-' || !dig2(p + 8, &yy) || p[10] != ' ' ||
        !time_of_day(p + 11, &d->h, &d->mi, &d->s) || p[19] != ' ' ||
        memcmp(p + 20, "GMT", 3) != 0)
        return false;
    d->wday = wd;
    d->year = HS_DATE_RFC850_NOW_YEAR / 100 * 100 + (unsigned)yy;
    if (d->year > HS_DATE_RFC850_NOW_YEAR + 50)
        d->year -= 100;
    return true;
}

/* asctime-date = day-name SP date3 SP time-of-day SP year
 * date3 = month SP ( 2DIGIT / ( SP 1DIGIT )) */
static bool date_asctime(struct hs_span s, struct dt *d)
{
    const uint8_t *p = s.p;
    int year;
    if (s.len != 24 || (d->wday = wkday3(p)) < 0 || p[3] != ' ' || !(d->mon = month3(p + 4)) ||
        p[7] != ' ')
        return false;
    if (p[8] == ' ' && is_digit(p[9]))
        d->day = p[9] - '0';
    else if (!dig2(p + 8, &d->day))
        return false;
    if (p[10] != ' ' || !time_of_day(p + 11, &d->h, &d->mi, &d->s) || p[19] != ' ' ||
        !dig4(p + 20, &year))
        return false;
    d->year = (unsigned)year;
    return true;
}

bool hs_date_parse(struct hs_span s, struct hs_date *out)
{
    struct dt d;
    enum hs_date_form form = HS_DATE_INVALID;
    if (s.len >= 4) /* the fourth octet tells the forms apart */
        form = s.p[3] == ',' ? HS_DATE_IMF : s.p[3] == ' ' ? HS_DATE_ASCTIME : HS_DATE_RFC850;
    bool ok = form == HS_DATE_IMF       ? date_imf(s, &d)
              : form == HS_DATE_ASCTIME ? date_asctime(s, &d)
              : form == HS_DATE_RFC850  ? date_rfc850(s, &d)
                                        : false;
    if (ok)
        ok = finish(out, form, &d); /* one call: inlined */
    if (!ok)
        memset(out, 0, sizeof *out);
    return ok;
}

/* ---- entity tags (RFC 9110 8.8.3) ----------------------------------------------------------- */

/* etagc = %x21 / %x23-7E / obs-text */
static bool is_etagc(uint8_t c)
{
    return c == 0x21 || (c >= 0x23 && c <= 0x7e) || c >= 0x80;
}

/* entity-tag = [ weak ] opaque-tag; weak = %s"W/"; opaque-tag = DQUOTE *etagc DQUOTE */
size_t hs_etag_parse(struct hs_span s, struct hs_etag *out)
{
    size_t i = 0, used = 0;
    bool weak = false;
    if (s.len >= 2 && s.p[0] == 'W' && s.p[1] == '/') {
        weak = true;
        i = 2;
    }
    if (i < s.len && s.p[i] == '"') {
        size_t start = ++i;
        while (i < s.len && is_etagc(s.p[i]))
            i++;
        if (i < s.len && s.p[i] == '"') {
            used = i + 1;
            if (out) {
                out->weak = weak;
                out->opaque = sub(s, start, i - start);
            }
        }
    }
    if (used == 0 && out)
        memset(out, 0, sizeof *out);
    return used;
}

bool hs_etag_parse_value(struct hs_span s, struct hs_etag *out)
{
    size_t n = hs_etag_parse(s, out);
    if (n == 0 || n != s.len) {
        if (out)
            memset(out, 0, sizeof *out);
        return false;
    }
    return true;
}

/* RFC 9110 8.8.3.2 */
bool hs_etag_weak_eq(const struct hs_etag *a, const struct hs_etag *b)
{
    return a->opaque.len == b->opaque.len &&
           (a->opaque.len == 0 || memcmp(a->opaque.p, b->opaque.p, a->opaque.len) == 0);
}

bool hs_etag_strong_eq(const struct hs_etag *a, const struct hs_etag *b)
{
    return !a->weak && !b->weak && hs_etag_weak_eq(a, b);
}

/*
 * If-Match / If-None-Match = "*" / #entity-tag (RFC 9110 13.1.1, 13.1.2).
 * The list is walked with hs_etag_parse() rather than hs_list_next(): an
 * opaque-tag is not a quoted-string ("\" is an ordinary etagc, "," may occur
 * inside). Empty elements are accepted (5.6.1.2), so "" and "," are valid and
 * match nothing. "*" mixed with entity-tags is invalid (13.1.1). For "*",
 * *matched is true: "*" matches any current representation, which the caller
 * knows exists. tag may be NULL (no entity tag): then no list member matches.
 */
bool hs_etag_list_match(struct hs_span value, const struct hs_etag *tag, bool weak, bool *star,
                        bool *matched)
{
    *star = false;
    *matched = false;
    struct hs_span v = hs_span_trim(value);
    if (v.len == 1 && v.p[0] == '*') {
        *star = true;
        *matched = true;
        return true;
    }
    bool hit = false;
    size_t i = 0;
    while (i < v.len) {
        if (hs_is_ows(v.p[i]) || v.p[i] == ',') {
            i++;
            continue;
        }
        struct hs_etag e;
        size_t n = hs_etag_parse(tail(v, i), &e);
        if (n == 0)
            return false;
        i += n;
        if (tag && (weak ? hs_etag_weak_eq(&e, tag) : hs_etag_strong_eq(&e, tag)))
            hit = true;
        while (i < v.len && hs_is_ows(v.p[i]))
            i++;
        if (i < v.len && v.p[i] != ',')
            return false;
    }
    *matched = hit;
    return true;
}

/* ---- ranges (RFC 9110 14) ------------------------------------------------------------------- */

/* int-range = first-pos "-" [ last-pos ]; suffix-range = "-" suffix-length (RFC 9110 14.1.1) */
static bool byte_range_spec(struct hs_span e, struct hs_range_spec *r)
{
    size_t i = 0;
    memset(r, 0, sizeof *r);
    if (e.p[0] == '-') {
        i = 1;
        if (!digits_u64(e, &i, &r->last) || i != e.len)
            return false;
        r->suffix = true;
        r->has_last = true;
        return true;
    }
    if (!digits_u64(e, &i, &r->first) || i >= e.len || e.p[i] != '-')
        return false;
    i++;
    if (i == e.len)
        return true;
    if (!digits_u64(e, &i, &r->last) || i != e.len)
        return false;
    r->has_last = true;
    return r->first <= r->last; /* "invalid if the last-pos value is present and less" */
}

/* other-range = 1*( %x21-2B / %x2D-7E ) */
static bool other_range_spec(struct hs_span e)
{
    for (size_t i = 0; i < e.len; i++)
        if (e.p[i] < 0x21 || e.p[i] > 0x7e || e.p[i] == ',')
            return false;
    return e.len > 0;
}

/*
 * ranges-specifier = range-unit "=" range-set; range-set = 1#range-spec.
 * No whitespace around "=" (none in the grammar); OWS around the list
 * elements and empty elements are accepted (RFC 9110 5.6.1.2; its own example
 * is "bytes= 0-999, 4500-5499, -1000"). For "bytes" only int-range and
 * suffix-range are valid (14.1.2) and they are decoded; for other units every
 * spec must be an other-range (which includes the int-range syntax) and none
 * are decoded (n stays 0).
 */
bool hs_range_parse(struct hs_span s, struct hs_range *out)
{
    memset(out, 0, sizeof *out);
    size_t eq = find(s, '=');
    if (eq == s.len || !hs_is_token(sub(s, 0, eq)))
        return false;
    bool bytes = hs_span_ieq(sub(s, 0, eq), "bytes", 5);
    struct hs_span set = tail(s, eq + 1);
    unsigned total = 0, n = 0;
    size_t i = 0;
    for (;;) {
        size_t c = i + find(tail(set, i), ',');
        struct hs_span e = hs_span_trim(sub(set, i, c - i));
        if (e.len > 0) {
            struct hs_range_spec r;
            if (bytes) {
                if (!byte_range_spec(e, &r))
                    goto bad;
                if (n < HS_RANGE_MAX)
                    out->r[n++] = r;
            } else if (!other_range_spec(e)) {
                goto bad;
            }
            total++;
        }
        if (c == set.len)
            break;
        i = c + 1;
    }
    if (total == 0)
        goto bad;
    out->bytes_unit = bytes;
    out->n = n;
    out->total = total;
    return true;
bad:
    memset(out, 0, sizeof *out);
    return false;
}

/*
 * Content-Range = range-unit SP ( range-resp / unsatisfied-range )
 * range-resp = incl-range "/" ( complete-length / "*" ); incl-range = first-pos "-" last-pos
 * unsatisfied-range = "*" "/" complete-length  (RFC 9110 14.4)
 * The grammar is the same for every unit; bytes_unit says whether it is "bytes".
 */
bool hs_content_range_parse(struct hs_span s, struct hs_content_range *out)
{
    memset(out, 0, sizeof *out);
    size_t sp = find(s, ' ');
    if (sp == s.len || !hs_is_token(sub(s, 0, sp)))
        return false;
    struct hs_content_range cr;
    memset(&cr, 0, sizeof cr);
    cr.bytes_unit = hs_span_ieq(sub(s, 0, sp), "bytes", 5);
    struct hs_span r = tail(s, sp + 1);
    size_t i = 0;
    if (r.len >= 2 && r.p[0] == '*' && r.p[1] == '/') {
        if (!span_u64(tail(r, 2), &cr.complete))
            return false;
        cr.unsatisfied = true;
        cr.complete_known = true;
        *out = cr;
        return true;
    }
    if (!digits_u64(r, &i, &cr.first) || i >= r.len || r.p[i] != '-')
        return false;
    i++;
    if (!digits_u64(r, &i, &cr.last) || i >= r.len || r.p[i] != '/')
        return false;
    i++;
    if (r.len - i == 1 && r.p[i] == '*') {
        cr.complete_known = false;
    } else {
        if (!span_u64(tail(r, i), &cr.complete))
            return false;
        cr.complete_known = true;
    }
    if (cr.first > cr.last || (cr.complete_known && cr.last >= cr.complete))
        return false;
    *out = cr;
    return true;
}

/* ---- URI references (RFC 3986) -------------------------------------------------------------- */

/* unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" */
static bool is_unreserved(uint8_t c)
{
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/* sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "=" */
static bool is_subdelim(uint8_t c)
{
    switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')':
    case '*': case '+': case ',': case ';': case '=':
        return true;
    default:
        return false;
    }
}

enum uri_set {
    URI_PCHAR,    /* pchar and "/" (path) */
    URI_QUERY,    /* pchar / "/" / "?" (query and fragment) */
    URI_REGNAME,  /* unreserved / pct-encoded / sub-delims */
    URI_USERINFO, /* unreserved / pct-encoded / sub-delims / ":" */
};

/* Every byte of s belongs to set, with "%" always starting a pct-encoded = "%" HEXDIG HEXDIG. */
static bool uri_chars(struct hs_span s, enum uri_set set)
{
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = s.p[i];
        if (c == '%') {
            if (s.len - i < 3 || !is_hex(s.p[i + 1]) || !is_hex(s.p[i + 2]))
                return false;
            i += 2;
            continue;
        }
        if (is_unreserved(c) || is_subdelim(c))
            continue;
        switch (set) {
        case URI_QUERY:
            if (c == '?')
                continue;
            /* fall through */
        case URI_PCHAR:
            if (c == ':' || c == '@' || c == '/')
                continue;
            return false;
        case URI_USERINFO:
            if (c == ':')
                continue;
            return false;
        case URI_REGNAME:
        default:
            return false;
        }
    }
    return true;
}

/* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) */
static bool uri_scheme(struct hs_span s)
{
    if (s.len == 0 || !is_alpha(s.p[0]))
        return false;
    for (size_t i = 1; i < s.len; i++)
        if (!is_alpha(s.p[i]) && !is_digit(s.p[i]) && s.p[i] != '+' && s.p[i] != '-' &&
            s.p[i] != '.')
            return false;
    return true;
}

/*
 * dec-octet "." dec-octet "." dec-octet "." dec-octet, the whole of s.
 * dec-octet = DIGIT / %x31-39 DIGIT / "1" 2DIGIT / "2" %x30-34 DIGIT / "25" %x30-35:
 * 0-255 without leading zeros.
 */
static bool ipv4(struct hs_span s)
{
    size_t i = 0;
    for (int k = 0; k < 4; k++) {
        if (k > 0) {
            if (i >= s.len || s.p[i] != '.')
                return false;
            i++;
        }
        size_t start = i;
        unsigned v = 0;
        while (i < s.len && is_digit(s.p[i]) && i - start < 3)
            v = v * 10 + (unsigned)(s.p[i++] - '0');
        size_t nd = i - start;
        if (nd == 0 || v > 255 || (nd > 1 && s.p[start] == '0'))
            return false;
    }
    return i == s.len;
}

/*
 * IPv6address (RFC 3986 3.2.2): eight h16 pieces separated by ":", the last
 * two of which may be an IPv4address, with one "::" standing for one or more
 * zero pieces (so at most seven explicit pieces with it).
 */
static bool ipv6(struct hs_span s)
{
    size_t i = 0;
    unsigned pieces = 0;
    bool dc = false;
    if (s.len >= 2 && s.p[0] == ':' && s.p[1] == ':') {
        dc = true;
        i = 2;
    } else if (s.len >= 1 && s.p[0] == ':') {
        return false;
    }
    while (i < s.len) {
        size_t j = i;
        while (j < s.len && is_hex(s.p[j]) && j - i < 5)
            j++;
        if (j < s.len && s.p[j] == '.') { /* ls32 as IPv4address: must end the address */
            if (!ipv4(tail(s, i)))
                return false;
            pieces += 2;
            i = s.len;
            break;
        }
        if (j == i || j - i > 4)
            return false;
        pieces++;
        i = j;
        if (i == s.len)
            break;
        if (s.p[i] != ':')
            return false;
        i++;
        if (i < s.len && s.p[i] == ':') {
            if (dc)
                return false;
            dc = true;
            i++;
        } else if (i == s.len) {
            return false; /* trailing single ":" */
        }
        if (pieces > 8)
            return false;
    }
    return dc ? pieces <= 7 : pieces == 8;
}

/* IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
static bool ipvfuture(struct hs_span s)
{
    size_t i = 1;
    if (s.len < 4 || (s.p[0] != 'v' && s.p[0] != 'V'))
        return false;
    while (i < s.len && is_hex(s.p[i]))
        i++;
    if (i == 1 || i >= s.len || s.p[i] != '.' || i + 1 == s.len)
        return false;
    for (i++; i < s.len; i++)
        if (!is_unreserved(s.p[i]) && !is_subdelim(s.p[i]) && s.p[i] != ':')
            return false;
    return true;
}

/* authority = [ userinfo "@" ] host [ ":" port ]; host = IP-literal / IPv4address / reg-name */
static bool uri_authority(struct hs_span a)
{
    size_t at = find(a, '@');
    if (at < a.len) {
        if (!uri_chars(sub(a, 0, at), URI_USERINFO))
            return false;
        a = tail(a, at + 1);
    }
    struct hs_span port;
    if (a.len > 0 && a.p[0] == '[') {
        size_t rb = find(a, ']');
        if (rb == a.len)
            return false;
        struct hs_span lit = sub(a, 1, rb - 1);
        if (!ipv6(lit) && !ipvfuture(lit))
            return false;
        port = tail(a, rb + 1);
        if (port.len > 0) {
            if (port.p[0] != ':')
                return false;
            port = tail(port, 1);
        }
    } else {
        size_t colon = find(a, ':');
        if (!uri_chars(sub(a, 0, colon), URI_REGNAME)) /* IPv4address is a reg-name too */
            return false;
        port = tail(a, colon < a.len ? colon + 1 : colon);
    }
    for (size_t i = 0; i < port.len; i++) /* port = *DIGIT */
        if (!is_digit(port.p[i]))
            return false;
    return true;
}

/*
 * URI-reference = URI / relative-ref (RFC 3986 4.1), split as in Appendix B
 * and checked against the grammar: a ":" before any "/", "?" or "#" must end
 * a valid scheme (a relative path's first segment cannot hold a colon, 4.2).
 */
bool hs_uri_parse(struct hs_span s, struct hs_uri *out)
{
    struct hs_uri u;
    memset(&u, 0, sizeof u);
    memset(out, 0, sizeof *out);
    size_t i = 0, k = 0;
    while (k < s.len && s.p[k] != ':' && s.p[k] != '/' && s.p[k] != '?' && s.p[k] != '#')
        k++;
    if (k < s.len && s.p[k] == ':') {
        if (!uri_scheme(sub(s, 0, k)))
            return false;
        u.has_scheme = true;
        u.scheme = sub(s, 0, k);
        i = k + 1;
    }
    if (s.len - i >= 2 && s.p[i] == '/' && s.p[i + 1] == '/') {
        i += 2;
        size_t start = i;
        while (i < s.len && s.p[i] != '/' && s.p[i] != '?' && s.p[i] != '#')
            i++;
        u.has_authority = true;
        u.authority = sub(s, start, i - start);
        if (!uri_authority(u.authority))
            return false;
    }
    size_t start = i;
    while (i < s.len && s.p[i] != '?' && s.p[i] != '#')
        i++;
    u.path = sub(s, start, i - start);
    if (!uri_chars(u.path, URI_PCHAR))
        return false;
    if (i < s.len && s.p[i] == '?') {
        start = ++i;
        while (i < s.len && s.p[i] != '#')
            i++;
        u.has_query = true;
        u.query = sub(s, start, i - start);
        if (!uri_chars(u.query, URI_QUERY))
            return false;
    }
    if (i < s.len && s.p[i] == '#') {
        i++;
        u.has_fragment = true;
        u.fragment = tail(s, i);
        if (!uri_chars(u.fragment, URI_QUERY))
            return false;
    }
    *out = u;
    return true;
}

/* Bounded output for hs_uri_resolve(). */
struct uri_out {
    char *buf;
    size_t cap, len;
    bool ok;
};

static void put(struct uri_out *w, const void *p, size_t n)
{
    if (!w->ok || n == 0)
        return;
    if (n > w->cap - w->len) {
        w->ok = false;
        return;
    }
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void put_span(struct uri_out *w, struct hs_span s)
{
    put(w, s.p, s.len);
}

/* The input of remove_dot_segments: a then b, read without concatenating them. */
struct dot_in {
    struct hs_span a, b;
};

static uint8_t din_at(const struct dot_in *in, size_t i)
{
    return i < in->a.len ? in->a.p[i] : in->b.p[i - in->a.len];
}

/* The n-byte input at i starts with lit (litlen bytes). */
static bool din_has(const struct dot_in *in, size_t n, size_t i, const char *lit, size_t litlen)
{
    if (n - i < litlen)
        return false;
    for (size_t k = 0; k < litlen; k++)
        if (din_at(in, i + k) != (uint8_t)lit[k])
            return false;
    return true;
}

#define DIN_HAS(in, n, i, lit) din_has((in), (n), (i), (lit), sizeof(lit) - 1)
#define DIN_IS(in, n, i, lit) ((n) - (i) == sizeof(lit) - 1 && DIN_HAS(in, n, i, lit))

/*
 * RFC 3986 5.2.4 remove_dot_segments. Step by step, the algorithm of the RFC
 * works like this on the input buffer:
 *   - rules A and D only ever apply at the very start (afterwards the input
 *     always starts with "/"): strip leading "../" and "./", and a whole "."
 *     or "..";
 *   - what is left is an optional first segment without "/" (moved by E),
 *     then "/seg" tokens: "/." drops out, "/.." removes the last output
 *     element (a "/seg", or the first segment), any other "/seg" is appended
 *     (E); a final "/." or "/.." also leaves a "/" at the end (B, C).
 * So an element survives unless a later "/.." cancels it, and a right-to-left
 * scan counting pending "/.." produces the same output. Doing it that way
 * needs no scratch memory and gives the exact output length before anything
 * is written: the target is rejected only when the final path does not fit,
 * never because an intermediate output of the left-to-right algorithm would
 * not have. This function writes the len bytes ending at out + len (out NULL:
 * only measure) and returns the output length.
 */
static size_t dot_segments(const struct dot_in *in, char *out, size_t len)
{
    size_t n = in->a.len + in->b.len, p0 = 0;
    for (;;) { /* rules A and D; each step consumes input, so at most n steps */
        if (DIN_HAS(in, n, p0, "../"))
            p0 += 3;
        else if (DIN_HAS(in, n, p0, "./"))
            p0 += 2;
        else if (DIN_IS(in, n, p0, ".") || DIN_IS(in, n, p0, ".."))
            p0 = n;
        else
            break;
    }
    size_t made = 0, skip = 0, j = n;
    bool last = true;
    while (j > p0) {
        size_t k = j;
        while (k > p0 && din_at(in, k - 1) != '/')
            k--;
        bool slash = k > p0; /* token [k - 1, j) is "/seg"; else [p0, j) is the first segment */
        size_t t = slash ? k - 1 : p0;
        bool dot = slash && DIN_IS(in, j, k, ".");
        bool dotdot = slash && DIN_IS(in, j, k, "..");
        const uint8_t *emit_lit = NULL;
        size_t emit_from = 0, emit_len = 0;
        if (dot || dotdot) {
            if (last) { /* B / C at the end of the input: "/" */
                emit_lit = (const uint8_t *)"/";
                emit_len = 1;
            }
            if (dotdot)
                skip++;
        } else if (skip > 0) {
            skip--;
        } else {
            emit_from = t;
            emit_len = j - t;
        }
        if (out && emit_len > 0) {
            char *dst = out + len - made - emit_len;
            for (size_t x = 0; x < emit_len; x++)
                dst[x] = (char)(emit_lit ? emit_lit[x] : din_at(in, emit_from + x));
        }
        made += emit_len;
        last = false;
        j = t;
    }
    return made;
}

static void remove_dot_segments(const struct dot_in *in, struct uri_out *w)
{
    size_t len = dot_segments(in, NULL, 0);
    if (!w->ok)
        return;
    if (len > w->cap - w->len) {
        w->ok = false;
        return;
    }
    dot_segments(in, w->buf + w->len, len);
    w->len += len;
}

/*
 * RFC 3986 5.2.2 (strict: a reference with a scheme keeps it even when it is
 * the base's), 5.2.3 merge and 5.3 recomposition. The base's fragment is
 * ignored (5.2.1). Returns 0 when the target does not fit in cap bytes or
 * base has no scheme.
 * buf is not NUL-terminated.
 */
size_t hs_uri_resolve(const struct hs_uri *base, const struct hs_uri *ref, char *buf, size_t cap)
{
    if (!base || !ref || !buf || !base->has_scheme)
        return 0;
    struct uri_out w = {buf, cap, 0, true};
    const struct hs_uri *auth, *query;
    struct dot_in in = {{NULL, 0}, {NULL, 0}};
    bool dots = true;

    put_span(&w, ref->has_scheme ? ref->scheme : base->scheme);
    put(&w, ":", 1);
    if (ref->has_scheme || ref->has_authority) {
        auth = ref;
        query = ref;
        in.b = ref->path;
    } else if (ref->path.len == 0) {
        auth = base;
        query = ref->has_query ? ref : base;
        in.b = base->path;
        dots = false;
    } else {
        auth = base;
        query = ref;
        in.b = ref->path;
        if (ref->path.p[0] != '/') { /* 5.2.3 merge */
            if (base->has_authority && base->path.len == 0) {
                in.a = hs_span_make("/", 1);
            } else {
                size_t k = base->path.len;
                while (k > 0 && base->path.p[k - 1] != '/')
                    k--;
                in.a = sub(base->path, 0, k);
            }
        }
    }
    if (auth->has_authority) {
        put(&w, "//", 2);
        put_span(&w, auth->authority);
    }
    if (dots)
        remove_dot_segments(&in, &w);
    else
        put_span(&w, in.b);
    if (query->has_query) {
        put(&w, "?", 1);
        put_span(&w, query->query);
    }
    if (ref->has_fragment) {
        put(&w, "#", 1);
        put_span(&w, ref->fragment);
    }
    return w.ok ? w.len : 0;
}
