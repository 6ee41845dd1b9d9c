/* test_util.c: unit tests for util/: escaping, the buffered writer, cursor, hash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "util/hs_addr.h"
#include "util/hs_cur.h"
#include "util/hs_hash.h"
#include "util/hs_mem.h"
#include "util/hs_out.h"

static struct hs_out mem_out(void)
{
    struct hs_out o;
    assert_int_equal(hs_out_init(&o, -1, 16), HS_OK);
    return o;
}

/* Collected bytes as a NUL-terminated string for comparison. */
static const char *str(struct hs_out *o)
{
    static char buf[4096];
    assert_true(o->len < sizeof buf);
    memcpy(buf, o->buf, o->len);
    buf[o->len] = 0;
    return buf;
}

static void test_text_escape(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t len;
        const char *want;
    } cases[] = {
        {"plain text", 10, "plain text"},
        {"a\\b", 3, "a\\\\b"},
        {"\x1b[31mred", 8, "\\x1b[31mred"},
        {"CR\rLF\n", 6, "CR\\x0dLF\\x0a"},
        {"nul\0x", 5, "nul\\x00x"},
        {"\xc3\xa9\x7f\xff", 4, "\\xc3\\xa9\\x7f\\xff"},
        {"", 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct hs_out o = mem_out();
        hs_out_text_esc(&o, (const uint8_t *)cases[i].in, cases[i].len);
        assert_string_equal(str(&o), cases[i].want);
        for (size_t k = 0; k < o.len; k++)
            assert_true(o.buf[k] >= 0x20 && o.buf[k] < 0x7f);
        hs_out_fini(&o);
    }
}

static void test_json_escape(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t len;
        const char *want;
    } cases[] = {
        {"abc", 3, "\"abc\""},
        {"a b", 3, "\"a b\""},                           /* short strings: table path */
        {"0123456789 x ~}", 15, "\"0123456789 x ~}\""}, /* 8-byte path, then table */
        {"q\"b\\", 4, "\"q\\\"b\\\\\""},
        {"\r\n\t", 3, "\"\\r\\n\\t\""},
        {"\x01\x1b\x7f", 3, "\"\\u0001\\u001b\\u007f\""},
        {"\xc3\xa9", 2, "\"\xc3\xa9\""},                 /* valid UTF-8 passes */
        {"\xe2\x82\xac", 3, "\"\xe2\x82\xac\""},         /* euro sign */
        {"\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\""}, /* 4-byte form */
        {"\xff", 1, "\"\\u00ff\""},                      /* invalid byte */
        {"\xc0\xaf", 2, "\"\\u00c0\\u00af\""},           /* overlong '/' */
        {"\xed\xa0\x80", 3, "\"\\u00ed\\u00a0\\u0080\""}, /* surrogate */
        {"\xe2\x82", 2, "\"\\u00e2\\u0082\""},           /* truncated sequence */
        {"a\0b", 3, "\"a\\u0000b\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct hs_out o = mem_out();
        hs_out_json_str(&o, (const uint8_t *)cases[i].in, cases[i].len);
        assert_string_equal(str(&o), cases[i].want);
        hs_out_fini(&o);
    }
}

/* Every byte value through the JSON escaper gives a string with no raw control bytes. */
static void test_json_all_bytes(void **state)
{
    (void)state;
    uint8_t in[256];
    for (int i = 0; i < 256; i++)
        in[i] = (uint8_t)i;
    struct hs_out o = mem_out();
    hs_out_json_str(&o, in, sizeof in);
    assert_int_equal(o.buf[0], '"');
    assert_int_equal(o.buf[o.len - 1], '"');
    for (size_t k = 0; k < o.len; k++)
        assert_true(o.buf[k] >= 0x20 && o.buf[k] != 0x7f);
    hs_out_fini(&o);
}

static void test_numbers(void **state)
{
    (void)state;
    struct hs_out o = mem_out();
    hs_out_u64(&o, 0);
    hs_out_char(&o, ' ');
    hs_out_u64(&o, UINT64_MAX);
    hs_out_char(&o, ' ');
    hs_out_i64(&o, INT64_MIN);
    hs_out_char(&o, ' ');
    hs_out_fixed(&o, 1500, 3);
    hs_out_char(&o, ' ');
    hs_out_epoch_us(&o, 1700000000000001ull);
    hs_out_char(&o, ' ');
    hs_out_fixed(&o, 7, 0);
    hs_out_char(&o, ' ');
    hs_out_fixed(&o, 42, 6);
    hs_out_char(&o, ' ');
    hs_out_fixed(&o, UINT64_MAX, 19);
    assert_string_equal(str(&o), "0 18446744073709551615 -9223372036854775808 1.500 "
                                 "1700000000.000001 7 0.000042 1.8446744073709551615");
    hs_out_fini(&o);
}

/* A file-descriptor writer flushes when full and at fini; a pipe sees all bytes in order. */
static void test_fd_writer(void **state)
{
    (void)state;
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    struct hs_out o;
    assert_int_equal(hs_out_init(&o, fileno(tmp), 256), HS_OK);
    for (int i = 0; i < 1000; i++)
        hs_out_u64(&o, (uint64_t)i % 10);
    hs_out_fini(&o);
    rewind(tmp);
    char buf[1100];
    size_t n = fread(buf, 1, sizeof buf, tmp);
    assert_int_equal(n, 1000);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(buf[i], '0' + i % 10);
    fclose(tmp);
}

/* Local time as localtime_r and strftime give it, whichever second came before (the writer
 * keeps the last second's text). */
static void test_localtime(void **state)
{
    (void)state;
    static const uint64_t ts[] = {
        1700000000000001ull, 1700000000999999ull, 1700000001000000ull, 1700000000500000ull,
        0, 999999, 1000000, 1700000001000000ull, 4102444800123456ull,
    };
    struct hs_out o = mem_out();
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++) {
        hs_out_reset(&o);
        hs_out_localtime_us(&o, ts[i]);
        time_t t = (time_t)(ts[i] / 1000000);
        struct tm tm;
        char want[64];
        assert_non_null(localtime_r(&t, &tm));
        size_t n = strftime(want, sizeof want, "%Y-%m-%d %H:%M:%S", &tm);
        snprintf(want + n, sizeof want - n, ".%06u", (unsigned)(ts[i] % 1000000));
        assert_string_equal(str(&o), want);
    }
    hs_out_fini(&o);
}

static size_t fd_size(FILE *f)
{
    struct stat st;
    assert_int_equal(fstat(fileno(f), &st), 0);
    return (size_t)st.st_size;
}

/* A line-buffered writer writes at the end of each record, not before; a plain one when full. */
static void test_end_record(void **state)
{
    (void)state;
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    struct hs_out o;
    assert_int_equal(hs_out_init(&o, fileno(tmp), 256), HS_OK);
    o.line_buffered = true;
    HS_OUT_LIT(&o, "first line\nsecond line\n");
    assert_int_equal(fd_size(tmp), 0);
    hs_out_end_record(&o);
    assert_int_equal(fd_size(tmp), 23);
    assert_int_equal(o.len, 0);
    hs_out_end_record(&o); /* nothing pending: nothing written */
    assert_int_equal(fd_size(tmp), 23);
    o.line_buffered = false;
    HS_OUT_LIT(&o, "third\n");
    hs_out_end_record(&o);
    assert_int_equal(fd_size(tmp), 23);
    hs_out_fini(&o);
    assert_int_equal(fd_size(tmp), 29);
    fclose(tmp);
}

static void test_cursor(void **state)
{
    (void)state;
    const uint8_t b[] = {1, 2, 3, 4, 5, 6, 7};
    struct hs_cur c = hs_cur_make(b, sizeof b);
    uint8_t u8;
    uint16_t u16;
    uint32_t u32;
    struct hs_span s;
    assert_true(hs_cur_u8(&c, &u8));
    assert_int_equal(u8, 1);
    assert_true(hs_cur_be16(&c, &u16));
    assert_int_equal(u16, 0x0203);
    assert_true(hs_cur_be32(&c, &u32));
    assert_int_equal(u32, 0x04050607);
    assert_false(hs_cur_u8(&c, &u8));
    assert_false(hs_cur_be16(&c, &u16));
    c = hs_cur_make(b, 3);
    assert_false(hs_cur_be32(&c, &u32));
    assert_int_equal(hs_cur_left(&c), 3);
    assert_false(hs_cur_take(&c, 4, &s));
    assert_true(hs_cur_take(&c, 3, &s));
    assert_int_equal(s.len, 3);
    assert_false(hs_cur_skip(&c, 1));
}

/* Keys that differ only in their last bytes spread over the buckets. */
static void test_hash_spread(void **state)
{
    (void)state;
    enum { BUCKETS = 1024, KEYS = 65536 };
    static unsigned count[BUCKETS];
    memset(count, 0, sizeof count);
    for (uint32_t i = 0; i < KEYS; i++) {
        uint8_t key[13] = {4, 10, 0, (uint8_t)(i >> 8), (uint8_t)i, 10, 1, 2, 3, 0, 80, 0xc0, 0};
        count[hs_hash_bytes(42, key, sizeof key) % BUCKETS]++;
    }
    for (int b = 0; b < BUCKETS; b++)
        assert_true(count[b] > 20 && count[b] < 120); /* mean 64 */
    uint8_t k[5] = {1, 2, 3, 4, 5};
    assert_int_not_equal(hs_hash_bytes(1, k, 5), hs_hash_bytes(2, k, 5));
}

static void test_addr(void **state)
{
    (void)state;
    char buf[HS_ADDR_STRLEN];
    const uint8_t v4[4] = {192, 0, 2, 1};
    uint8_t v6[16] = {0x20, 0x01, 0x0d, 0xb8};
    v6[15] = 1;
    assert_string_equal(hs_addr_fmt(4, v4, buf), "192.0.2.1");
    assert_string_equal(hs_addr_fmt(6, v6, buf), "2001:db8::1");
}

static void test_alloc_failure(void **state)
{
    (void)state;
    struct hs_out o;
    hs_mem_fail_at(1);
    assert_int_equal(hs_out_init(&o, -1, 64), HS_ERR_NOMEM);
    hs_out_fini(&o);
    hs_mem_fail_at(0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_escape), cmocka_unit_test(test_json_escape),
        cmocka_unit_test(test_json_all_bytes), cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_fd_writer), cmocka_unit_test(test_localtime),
        cmocka_unit_test(test_end_record), cmocka_unit_test(test_cursor),
        cmocka_unit_test(test_hash_spread), cmocka_unit_test(test_addr),
        cmocka_unit_test(test_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
