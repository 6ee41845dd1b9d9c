/* fuzz_check.h: output oracles shared by the fuzz harnesses (strict JSON, escaped text, UTF-8). */
#ifndef HS_TESTS_FUZZ_CHECK_H
#define HS_TESTS_FUZZ_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decode one UTF-8 sequence at p[0..n) per the RFC 3629 table of well-formed
 * byte sequences (no overlong forms, no surrogates, nothing above U+10FFFF).
 * Returns its length (1..4) and the code point in *cp, or 0 if the bytes at p
 * do not start a well-formed sequence (n == 0 included). Written from the
 * table on purpose, independently of src/util/hs_out.c, so the two can be
 * compared.
 */
size_t hs_fz_utf8_decode(const uint8_t *p, size_t n, uint32_t *cp);

/*
 * Strict JSON (RFC 8259 grammar, plus the I-JSON rules of RFC 7493: strings
 * are valid UTF-8, no lone surrogate escapes, no duplicate member names).
 * Also rejects a raw DEL (0x7f) inside strings: hs_out never writes one.
 * Parses one value at p and returns its length, or 0 if p does not start
 * with a valid value. Leading whitespace is not skipped.
 */
size_t hs_fz_json_value(const uint8_t *p, size_t n);

/*
 * p[0..n) must be exactly one JSON string literal. Its contents are decoded
 * into cps (capacity at least n code points); *ncp receives their count.
 * False if it is not a valid literal.
 */
bool hs_fz_json_string(const uint8_t *p, size_t n, uint32_t *cps, size_t *ncp);

/* A JSON Lines record: one JSON object, no raw newline inside, then exactly one '\n'. */
bool hs_fz_json_line(const uint8_t *p, size_t n);

/*
 * A text line, then exactly one '\n'. With utf8 false: only 0x20..0x7e (what
 * wire bytes become after hs_out_text_esc()). With utf8 true: valid UTF-8
 * without control characters (C0, DEL, C1): the registry's own strings
 * (RFC section signs) may be printed as they are, but never a byte that could
 * drive a terminal.
 */
bool hs_fz_text_line(const uint8_t *p, size_t n, bool utf8);

enum hs_fz_lines {
    HS_FZ_JSONL,        /* JSON Lines: hs_fz_json_line() */
    HS_FZ_TEXT_RECORDS, /* text records: finding lines ("    ! ...") utf8, the rest ASCII */
    HS_FZ_TEXT_UTF8     /* text from static strings only (--list-checks): utf8 */
};

/*
 * Check every line of an output buffer; on the first bad one print it
 * (escaped) with `what` to stderr and __builtin_trap(). An empty buffer
 * passes; a buffer that does not end in '\n' fails.
 */
void hs_fz_check_lines(const uint8_t *p, size_t n, enum hs_fz_lines kind, const char *what);

/* Print bytes to stderr with C escapes (for crash reports). */
void hs_fz_dump(const char *label, const uint8_t *p, size_t n);

#endif
