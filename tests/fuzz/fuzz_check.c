/* fuzz_check.c: strict JSON / escaped-text / UTF-8 validators used as fuzzing oracles. */
#include "fuzz_check.h"

#include <stdio.h>
#include <string.h>

#define JSON_MAX_DEPTH 64
#define JSON_MAX_KEYS 64 /* duplicate-name check covers the first 64 members of an object */

size_t hs_fz_utf8_decode(const uint8_t *p, size_t n, uint32_t *cp)
{
    /* RFC 3629 section 4: lead byte range, then the allowed range of the second byte. */
    static const struct {
        uint8_t lo, hi;     /* lead byte */
        uint8_t len;
        uint8_t lo2, hi2;   /* second byte */
    } t[] = {
        {0xc2, 0xdf, 2, 0x80, 0xbf}, {0xe0, 0xe0, 3, 0xa0, 0xbf}, {0xe1, 0xec, 3, 0x80, 0xbf},
        {0xed, 0xed, 3, 0x80, 0x9f}, {0xee, 0xef, 3, 0x80, 0xbf}, {0xf0, 0xf0, 4, 0x90, 0xbf},
        {0xf1, 0xf3, 4, 0x80, 0xbf}, {0xf4, 0xf4, 4, 0x80, 0x8f},
    };
    if (n == 0)
        return 0;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        if (p[0] < t[i].lo || p[0] > t[i].hi)
            continue;
        size_t len = t[i].len;
        if (n < len || p[1] < t[i].lo2 || p[1] > t[i].hi2)
            return 0;
        for (size_t k = 2; k < len; k++)
            if (p[k] < 0x80 || p[k] > 0xbf)
                return 0;
        uint32_t v = p[0] & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
        for (size_t k = 1; k < len; k++)
            v = (v << 6) | (p[k] & 0x3f);
        *cp = v;
        return len;
    }
    return 0;
}

/* ---- strict JSON ---------------------------------------------------------------- */

struct jp {
    const uint8_t *p, *end;
    int depth;
};

static bool j_value(struct jp *j);

static void j_ws(struct jp *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static bool j_lit(struct jp *j, const char *s)
{
    size_t n = strlen(s);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, s, n) != 0)
        return false;
    j->p += n;
    return true;
}

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool j_hex4(struct jp *j, uint32_t *v)
{
    if (j->end - j->p < 4)
        return false;
    *v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(j->p[i]);
        if (h < 0)
            return false;
        *v = (*v << 4) | (uint32_t)h;
    }
    j->p += 4;
    return true;
}

/*
 * A string literal at j->p (which must be '"'). Code points go to cps when
 * it is not NULL (capacity cap). False if invalid.
 */
static bool j_string(struct jp *j, uint32_t *cps, size_t cap, size_t *ncp)
{
    size_t n = 0;
    if (j->p >= j->end || *j->p != '"')
        return false;
    j->p++;
    for (;;) {
        if (j->p >= j->end)
            return false;
        uint8_t c = *j->p;
        uint32_t cp;
        if (c == '"') {
            j->p++;
            break;
        }
        if (c < 0x20 || c == 0x7f)
            return false; /* raw control byte */
        if (c == '\\') {
            j->p++;
            if (j->p >= j->end)
                return false;
            switch (*j->p++) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = 8; break;
            case 'f': cp = 12; break;
            case 'n': cp = 10; break;
            case 'r': cp = 13; break;
            case 't': cp = 9; break;
            case 'u':
                if (!j_hex4(j, &cp))
                    return false;
                if (cp >= 0xdc00 && cp <= 0xdfff)
                    return false; /* lone low surrogate */
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    uint32_t lo;
                    if (!j_lit(j, "\\u") || !j_hex4(j, &lo) || lo < 0xdc00 || lo > 0xdfff)
                        return false; /* high surrogate not followed by a low one */
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
                break;
            default: return false;
            }
        } else {
            size_t l = hs_fz_utf8_decode(j->p, (size_t)(j->end - j->p), &cp);
            if (!l)
                return false;
            j->p += l;
        }
        if (cps) {
            if (n >= cap)
                return false;
            cps[n] = cp;
        }
        n++;
    }
    if (ncp)
        *ncp = n;
    return true;
}

static bool j_number(struct jp *j)
{
    if (j->p < j->end && *j->p == '-')
        j->p++;
    if (j->p >= j->end)
        return false;
    if (*j->p == '0') {
        j->p++;
    } else if (*j->p >= '1' && *j->p <= '9') {
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
            j->p++;
    } else {
        return false;
    }
    if (j->p < j->end && *j->p == '.') {
        j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9')
            return false;
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
            j->p++;
    }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
            j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9')
            return false;
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
            j->p++;
    }
    return true;
}

static bool j_object(struct jp *j)
{
    const uint8_t *keys[JSON_MAX_KEYS];
    size_t klen[JSON_MAX_KEYS];
    size_t nkeys = 0;
    j->p++; /* '{' */
    j_ws(j);
    if (j->p < j->end && *j->p == '}') {
        j->p++;
        return true;
    }
    for (;;) {
        const uint8_t *k = j->p;
        if (!j_string(j, NULL, 0, NULL))
            return false;
        size_t kl = (size_t)(j->p - k);
        /* Names compared as written; hs_out has one spelling per string, so equal means equal. */
        for (size_t i = 0; i < nkeys; i++)
            if (klen[i] == kl && memcmp(keys[i], k, kl) == 0)
                return false;
        if (nkeys < JSON_MAX_KEYS) {
            keys[nkeys] = k;
            klen[nkeys++] = kl;
        }
        j_ws(j);
        if (j->p >= j->end || *j->p != ':')
            return false;
        j->p++;
        j_ws(j);
        if (!j_value(j))
            return false;
        j_ws(j);
        if (j->p >= j->end)
            return false;
        if (*j->p == '}') {
            j->p++;
            return true;
        }
        if (*j->p != ',')
            return false;
        j->p++;
        j_ws(j);
    }
}

static bool j_array(struct jp *j)
{
    j->p++; /* '[' */
    j_ws(j);
    if (j->p < j->end && *j->p == ']') {
        j->p++;
        return true;
    }
    for (;;) {
        if (!j_value(j))
            return false;
        j_ws(j);
        if (j->p >= j->end)
            return false;
        if (*j->p == ']') {
            j->p++;
            return true;
        }
        if (*j->p != ',')
            return false;
        j->p++;
        j_ws(j);
    }
}

static bool j_value(struct jp *j)
{
    if (j->p >= j->end)
        return false;
    bool ok;
    switch (*j->p) {
    case '{':
    case '[':
        if (++j->depth > JSON_MAX_DEPTH)
            return false;
        ok = *j->p == '{' ? j_object(j) : j_array(j);
        j->depth--;
        return ok;
    case '"': return j_string(j, NULL, 0, NULL);
    case 't': return j_lit(j, "true");
    case 'f': return j_lit(j, "false");
    case 'n': return j_lit(j, "null");
    default: return j_number(j);
    }
}

size_t hs_fz_json_value(const uint8_t *p, size_t n)
{
    struct jp j = {p, p + n, 0};
    if (!j_value(&j))
        return 0;
    return (size_t)(j.p - p);
}

bool hs_fz_json_string(const uint8_t *p, size_t n, uint32_t *cps, size_t *ncp)
{
    struct jp j = {p, p + n, 0};
    if (!j_string(&j, cps, n, ncp))
        return false;
    return j.p == p + n;
}

bool hs_fz_json_line(const uint8_t *p, size_t n)
{
    if (n < 2 || p[n - 1] != '\n' || p[0] != '{')
        return false;
    if (memchr(p, '\n', n - 1))
        return false;
    return hs_fz_json_value(p, n - 1) == n - 1;
}

bool hs_fz_text_line(const uint8_t *p, size_t n, bool utf8)
{
    if (n < 1 || p[n - 1] != '\n')
        return false;
    for (size_t i = 0; i + 1 < n;) {
        uint32_t cp;
        size_t l = utf8 ? hs_fz_utf8_decode(p + i, n - 1 - i, &cp) : 1;
        if (!utf8)
            cp = p[i];
        if (!l || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (!utf8 && cp > 0x7e))
            return false;
        i += l;
    }
    return true;
}

void hs_fz_dump(const char *label, const uint8_t *p, size_t n)
{
    fprintf(stderr, "%s (%zu bytes): \"", label, n);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == '\\' || c == '"')
            fprintf(stderr, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f)
            fputc(c, stderr);
        else
            fprintf(stderr, "\\x%02x", c);
    }
    fprintf(stderr, "\"\n");
}

void hs_fz_check_lines(const uint8_t *p, size_t n, enum hs_fz_lines kind, const char *what)
{
    size_t off = 0;
    while (off < n) {
        const uint8_t *nl = memchr(p + off, '\n', n - off);
        size_t len = nl ? (size_t)(nl - (p + off)) + 1 : n - off;
        bool ok;
        if (kind == HS_FZ_JSONL)
            ok = hs_fz_json_line(p + off, len);
        else
            ok = hs_fz_text_line(p + off, len,
                                 kind == HS_FZ_TEXT_UTF8 ||
                                     (len >= 6 && memcmp(p + off, "    ! ", 6) == 0));
        if (!ok) {
            fprintf(stderr, "fuzz: invalid %s line from %s\n",
                    kind == HS_FZ_JSONL ? "JSON" : "text", what);
            hs_fz_dump("line", p + off, len);
            __builtin_trap();
        }
        off += len;
    }
}
