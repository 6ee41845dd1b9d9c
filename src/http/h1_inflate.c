/* h1_inflate.c: bounded gzip/deflate decoding of bodies (--decode-bodies), through zlib. */
#include "h1.h"

#include <zlib.h>

#include "../util/hs_mem.h"

struct hs_h1_inflate {
    z_stream zs;
    enum hs_h1_coding coding;
    enum hs_h1_decode status; /* NONE while running */
    bool started, zinit, ended;
    bool between;             /* gzip: a member ended; another may start (RFC 1952 2.2) */
    uint8_t head[2];          /* deflate: the first byte, until a second shows zlib or raw */
    unsigned nhead;
    uint64_t in, out, max_out;
    uint32_t max_ratio;
};

enum hs_h1_coding hs_h1_coding_of(struct hs_span v)
{
    /* the last element of the list is the coding applied last (RFC 9110 8.4) */
    size_t end = v.len;
    while (end && (hs_is_ows(v.p[end - 1]) || v.p[end - 1] == ','))
        end--;
    size_t start = end;
    while (start && v.p[start - 1] != ',')
        start--;
    struct hs_span c = hs_span_trim(hs_span_make(v.p + start, end - start));
    if (c.len == 0 || HS_SPAN_IEQ(c, "identity"))
        return HS_CODING_IDENTITY;
    if (HS_SPAN_IEQ(c, "gzip") || HS_SPAN_IEQ(c, "x-gzip"))
        return HS_CODING_GZIP;
    if (HS_SPAN_IEQ(c, "deflate"))
        return HS_CODING_DEFLATE;
    if (HS_SPAN_IEQ(c, "br"))
        return HS_CODING_BR;
    if (HS_SPAN_IEQ(c, "zstd"))
        return HS_CODING_ZSTD;
    if (HS_SPAN_IEQ(c, "compress") || HS_SPAN_IEQ(c, "x-compress"))
        return HS_CODING_COMPRESS;
    return HS_CODING_OTHER;
}

const char *hs_h1_coding_name(enum hs_h1_coding c)
{
    static const char *const n[] = {"identity", "gzip", "deflate", "br", "zstd", "compress",
                                    "other"};
    return (unsigned)c < sizeof n / sizeof n[0] ? n[c] : "?";
}

const char *hs_h1_decode_name(enum hs_h1_decode d)
{
    static const char *const n[] = {"none",  "ok",    "partial",    "error",
                                    "limit", "ratio", "unsupported"};
    return (unsigned)d < sizeof n / sizeof n[0] ? n[d] : "?";
}

struct hs_h1_inflate *hs_h1_inflate_new(enum hs_h1_coding c, uint64_t max_out, uint32_t max_ratio)
{
    struct hs_h1_inflate *z = hs_calloc(1, sizeof *z);
    if (!z)
        return NULL;
    z->coding = c;
    z->max_out = max_out;
    z->max_ratio = max_ratio ? max_ratio : 1;
    if (c != HS_CODING_GZIP && c != HS_CODING_DEFLATE)
        z->status = HS_DECODE_UNSUPPORTED;
    return z;
}

void hs_h1_inflate_free(struct hs_h1_inflate *z)
{
    if (!z)
        return;
    if (z->zinit)
        inflateEnd(&z->zs);
    hs_free(z);
}

/* zlib wrapper check (RFC 1950 2.2): CM = 8 and the header checksum. */
static bool zlib_header(uint8_t cmf, uint8_t flg)
{
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

void hs_h1_inflate_feed(struct hs_h1_inflate *z, const uint8_t *p, size_t n, uint8_t *scratch,
                        size_t scratch_len)
{
    if (z->status != HS_DECODE_NONE || z->ended || n == 0)
        return;
    if (!z->zinit) {
        int wbits = 15 + 16; /* gzip */
        if (z->coding == HS_CODING_DEFLATE) {
            /* zlib-wrapped or raw: the first two bytes tell (the body may come 1 byte at a time) */
            if (z->nhead + n < 2) {
                z->head[z->nhead++] = p[0];
                return;
            }
            uint8_t b0 = z->nhead ? z->head[0] : p[0];
            uint8_t b1 = z->nhead ? p[0] : p[1];
            wbits = zlib_header(b0, b1) ? 15 : -15;
        }
        if (inflateInit2(&z->zs, wbits) != Z_OK) {
            z->status = HS_DECODE_ERROR;
            return;
        }
        z->zinit = true;
        if (z->nhead) {
            unsigned k = z->nhead;
            z->nhead = 0;
            hs_h1_inflate_feed(z, z->head, k, scratch, scratch_len);
        }
    }
    z->in += n;
    z->zs.next_in = (Bytef *)(uintptr_t)p;
    z->zs.avail_in = (uInt)n;
    while (z->zs.avail_in && !z->ended) {
        z->zs.next_out = scratch;
        z->zs.avail_out = (uInt)scratch_len;
        int rc = inflate(&z->zs, Z_NO_FLUSH);
        z->out += scratch_len - z->zs.avail_out;
        if (rc == Z_STREAM_END) {
            if (z->coding != HS_CODING_GZIP) {
                z->ended = true;
                break;
            }
            /*
             * gzip: another member may follow (RFC 1952 2.2). zlib checks its two
             * magic bytes whatever the segmentation; anything else is ignored.
             */
            if (inflateReset(&z->zs) != Z_OK) {
                z->status = HS_DECODE_ERROR;
                return;
            }
            z->between = true;
            continue;
        }
        if (z->between) {
            /* a header error within the first two bytes after a member: not a member */
            if (rc == Z_DATA_ERROR && z->zs.total_in <= 2) {
                z->ended = true;
                break;
            }
            if (z->zs.total_in > 2)
                z->between = false; /* a new member started */
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            z->status = HS_DECODE_ERROR;
            return;
        } else if (rc == Z_BUF_ERROR && z->zs.avail_out != 0) {
            break;
        }
        if (z->out > z->max_out) {
            z->status = HS_DECODE_LIMIT;
            return;
        }
        if (z->out > 65536 && z->out / z->max_ratio > z->in) {
            z->status = HS_DECODE_RATIO;
            return;
        }
    }
}

enum hs_h1_decode hs_h1_inflate_finish(struct hs_h1_inflate *z)
{
    if (z->status == HS_DECODE_NONE)
        z->status = z->ended || z->between ? HS_DECODE_OK : HS_DECODE_PARTIAL;
    return z->status;
}

uint64_t hs_h1_inflate_out(const struct hs_h1_inflate *z)
{
    return z->out;
}
