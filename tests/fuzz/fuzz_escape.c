/* fuzz_escape.c: libFuzzer harness for hs_out_json_str() and hs_out_text_esc() (src/util/hs_out.h). */
/*
 * Oracles, on arbitrary input bytes:
 *  - the JSON result is exactly one valid JSON string literal (strict: escapes,
 *    UTF-8, no raw control byte), and decoding it gives back the input where
 *    every well-formed UTF-8 sequence is its code point and every other byte b
 *    is U+00bb (the documented mapping);
 *  - the text result holds only 0x20..0x7e, and unescaping it ("\\\\" and
 *    "\\xNN") gives back the input exactly, with escapes used only where needed;
 *  - a writer on a file descriptor (a memfd, line-buffered or not) writes the
 *    same bytes as the memory writer.
 */
#define _GNU_SOURCE /* memfd_create */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz_check.h"
#include "util/hs_out.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int memfd = -1;

static void fail(const char *why, const uint8_t *in, size_t n, const uint8_t *out, size_t on)
{
    fprintf(stderr, "fuzz_escape: %s\n", why);
    hs_fz_dump("input", in, n);
    hs_fz_dump("output", out, on);
    __builtin_trap();
}

static void check_json(const uint8_t *in, size_t n, const uint8_t *out, size_t on)
{
    uint32_t *cps = malloc((on + 1) * sizeof *cps);
    size_t ncp = 0;
    if (!cps)
        abort();
    if (!hs_fz_json_string(out, on, cps, &ncp))
        fail("hs_out_json_str: not a valid JSON string literal", in, n, out, on);
    if (on > 2 + 6 * n)
        fail("hs_out_json_str: output longer than 6 bytes per input byte", in, n, out, on);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = hs_fz_utf8_decode(in + i, n - i, &cp);
        if (!l) {
            cp = in[i]; /* not UTF-8: the byte as U+00NN */
            l = 1;
        }
        if (k >= ncp || cps[k] != cp) {
            fprintf(stderr, "code point %zu: expected U+%04X, got %s%04X\n", k, (unsigned)cp,
                    k < ncp ? "U+" : "(end) ", k < ncp ? (unsigned)cps[k] : 0u);
            fail("hs_out_json_str: decoded string differs from the input", in, n, out, on);
        }
        k++;
        i += l;
    }
    if (k != ncp)
        fail("hs_out_json_str: extra code points after the input", in, n, out, on);
    free(cps);
}

static int hexv(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; /* hs_out writes lowercase hex only */
}

static void check_text(const uint8_t *in, size_t n, const uint8_t *out, size_t on)
{
    size_t i = 0; /* position in the input */
    for (size_t k = 0; k < on; k++)
        if (out[k] < 0x20 || out[k] > 0x7e)
            fail("hs_out_text_esc: byte outside 0x20..0x7e", in, n, out, on);
    if (on > 4 * n)
        fail("hs_out_text_esc: output longer than 4 bytes per input byte", in, n, out, on);
    for (size_t k = 0; k < on;) {
        int b;
        if (out[k] != '\\') {
            b = out[k++];
        } else if (k + 1 < on && out[k + 1] == '\\') {
            b = '\\';
            k += 2;
        } else if (k + 3 < on && out[k + 1] == 'x' && hexv(out[k + 2]) >= 0 &&
                   hexv(out[k + 3]) >= 0) {
            b = hexv(out[k + 2]) * 16 + hexv(out[k + 3]);
            if (b >= 0x20 && b < 0x7f && b != '\\')
                fail("hs_out_text_esc: printable byte escaped", in, n, out, on);
            k += 4;
        } else {
            fail("hs_out_text_esc: malformed escape", in, n, out, on);
            return;
        }
        if (i >= n || in[i] != b)
            fail("hs_out_text_esc: unescaped text differs from the input", in, n, out, on);
        i++;
    }
    if (i != n)
        fail("hs_out_text_esc: output ends before the input", in, n, out, on);
}

/* The same calls through a file-descriptor writer must produce the same bytes. */
static void check_fd_writer(const uint8_t *in, size_t n, const uint8_t *mem, size_t mlen)
{
    if (memfd < 0)
        return;
    if (ftruncate(memfd, 0) != 0 || lseek(memfd, 0, SEEK_SET) != 0)
        abort();
    struct hs_out o;
    if (hs_out_init(&o, memfd, n & 1 ? 1 : 300) != HS_OK)
        abort();
    o.line_buffered = (n & 2) != 0;
    hs_out_json_str(&o, in, n);
    hs_out_char(&o, '\n');
    hs_out_text_esc(&o, in, n);
    hs_out_char(&o, '\n');
    hs_out_fini(&o);
    if (o.error)
        abort();
    uint8_t *back = malloc(mlen + 1);
    if (!back)
        abort();
    ssize_t r = pread(memfd, back, mlen + 1, 0);
    if (r != (ssize_t)mlen || memcmp(back, mem, mlen) != 0)
        fail("fd writer output differs from the memory writer", in, n, back, r > 0 ? (size_t)r : 0);
    free(back);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    memfd = memfd_create("fuzz_escape", MFD_CLOEXEC);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct hs_out o;
    /* Small buffer: the writer has to grow, and split runs across reserve() calls. */
    if (hs_out_init(&o, -1, 0) != HS_OK)
        return 0;

    hs_out_json_str(&o, data, size);
    size_t jlen = o.len;
    if (o.error)
        abort();
    check_json(data, size, o.buf, jlen);

    hs_out_char(&o, '\n');
    hs_out_text_esc(&o, data, size);
    if (o.error)
        abort();
    check_text(data, size, o.buf + jlen + 1, o.len - jlen - 1);
    hs_out_char(&o, '\n');

    check_fd_writer(data, size, o.buf, o.len);
    hs_out_fini(&o);
    return 0;
}
