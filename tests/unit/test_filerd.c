/* test_filerd.c: unit tests for capture/filerd.c, the read-ahead reader of classic pcap files. */
#define _DEFAULT_SOURCE /* usleep, truncate */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "capture/filerd.h"

static char path[64];

/* The bytes of record i: a pattern that differs from record to record. */
static uint8_t byte_of(uint32_t i, uint32_t k)
{
    return (uint8_t)(i * 131u + k * 7u + (k >> 8));
}

/* caplen of record i: small ones and ones larger than a chunk's remainder, some 0. */
static uint32_t caplen_of(uint32_t i)
{
    static const uint32_t sizes[] = {60, 1514, 0, 9000, 65535, 54, 262144, 1, 40000, 777};
    return sizes[i % (sizeof sizes / sizeof sizes[0])];
}

static void put32(FILE *f, uint32_t v, bool big)
{
    uint8_t b[4];
    for (int k = 0; k < 4; k++)
        b[k] = (uint8_t)(big ? v >> (24 - 8 * k) : v >> (8 * k));
    assert_int_equal(fwrite(b, 1, 4, f), 4);
}

/* A classic pcap of n records; returns the file size. */
static long write_pcap(uint32_t n, bool big, bool nsec, uint32_t snaplen, uint16_t minor)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    put32(f, nsec ? 0xa1b23c4du : 0xa1b2c3d4u, big);
    uint8_t ver[4] = {0, 2, 0, (uint8_t)minor};
    if (!big) {
        ver[0] = 2, ver[1] = 0, ver[2] = (uint8_t)minor, ver[3] = 0;
    }
    assert_int_equal(fwrite(ver, 1, 4, f), 4);
    put32(f, 0, big);
    put32(f, 0, big);
    put32(f, snaplen, big);
    put32(f, 1, big); /* EN10MB */
    static uint8_t data[262144];
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = caplen_of(i);
        put32(f, 1700000000u + i, big);
        put32(f, nsec ? i * 1000u + 999u : i, big);
        put32(f, len, big);
        put32(f, len + 4, big);
        for (uint32_t k = 0; k < len; k++)
            data[k] = byte_of(i, k);
        assert_int_equal(fwrite(data, 1, len, f), len);
    }
    long size = ftell(f);
    assert_int_equal(fclose(f), 0);
    return size;
}

/* hs_filerd_open() on the file p, opened here (the reader takes the fd). */
static enum hs_rc open_rd(const char *p, int snapshot, bool threaded, struct hs_filerd **r,
                          struct hs_err *err)
{
    int fd = open(p, O_RDONLY | O_CLOEXEC);
    assert_true(fd >= 0);
    return hs_filerd_open(fd, p, snapshot, threaded, r, err);
}

/*
 * Read the file at path and check every record; expects n records, then
 * HS_EOF (msg NULL) or HS_ERR_IO with msg after "path: " (the source name).
 */
static void expect_read(bool threaded, uint32_t snapshot, uint32_t n, const char *msg)
{
    struct hs_filerd *r;
    struct hs_err err = {{0}};
    assert_int_equal(open_rd(path, (int)snapshot, threaded, &r, &err), HS_OK);
    assert_non_null(r);
    struct hs_cap_rec rec;
    enum hs_rc end;
    uint32_t i = 0;
    while ((end = hs_filerd_next(r, &rec, &err)) == HS_OK) {
        uint32_t len = caplen_of(i);
        assert_int_equal(rec.ts_us, (1700000000u + i) * 1000000ull + i);
        assert_int_equal(rec.wirelen, len + 4);
        assert_int_equal(rec.caplen, len < snapshot ? len : snapshot);
        for (uint32_t k = 0; k < rec.caplen; k++)
            if (rec.data[k] != byte_of(i, k))
                fail_msg("record %u byte %u differs", i, k);
        i++;
    }
    hs_filerd_close(r);
    assert_int_equal(i, n);
    if (!msg) {
        assert_int_equal(end, HS_EOF);
    } else {
        char want[HS_ERRBUF_SIZE];
        snprintf(want, sizeof want, "%s: %s", path, msg);
        assert_int_equal(end, HS_ERR_IO);
        assert_string_equal(err.msg, want);
    }
}

static void test_whole_file(void **state)
{
    (void)state;
    /* 200 records: about 9.5 MiB, so records straddle the 512 KiB chunks many times */
    for (int v = 0; v < 4; v++) {
        bool big = v & 1, nsec = v & 2;
        write_pcap(200, big, nsec, 262144, 4);
        for (int t = 0; t < 2; t++)
            expect_read(t, 262144, 200, NULL);
    }
}

static void test_snapshot_cut(void **state)
{
    (void)state;
    write_pcap(30, false, false, 1000, 4);
    for (int t = 0; t < 2; t++)
        expect_read(t, 1000, 30, NULL);
}

static void test_truncated(void **state)
{
    (void)state;
    long size = write_pcap(12, false, false, 262144, 4);
    static const struct {
        long cut;
        uint32_t records;
        const char *msg;
    } cases[] = {
        {24, 0, NULL},
        {30, 0, "truncated dump file; tried to read 16 header bytes, only got 6"},
        {40, 0, "truncated dump file; tried to read 60 captured bytes, only got 0"},
        {99, 0, "truncated dump file; tried to read 60 captured bytes, only got 59"},
        {100, 1, NULL},
        {105, 1, "truncated dump file; tried to read 16 header bytes, only got 5"},
        {116 + 1000, 1, "truncated dump file; tried to read 1514 captured bytes, only got 1000"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        assert_true(cases[c].cut < size);
        assert_int_equal(truncate(path, cases[c].cut), 0);
        for (int t = 0; t < 2; t++)
            expect_read(t, 262144, cases[c].records, cases[c].msg);
        write_pcap(12, false, false, 262144, 4);
    }
}

static void test_bad_caplen(void **state)
{
    (void)state;
    write_pcap(3, false, false, 262144, 4);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    assert_int_equal(fseek(f, 24 + 16 + 60 + 8, SEEK_SET), 0); /* the second record's caplen */
    put32(f, 262145, false);
    assert_int_equal(fclose(f), 0);
    for (int t = 0; t < 2; t++)
        expect_read(t, 262144, 1,
                    "invalid packet capture length 262145, bigger than snaplen of 262144");
}

static void test_not_handled(void **state)
{
    (void)state;
    struct hs_filerd *r = (void *)1;
    struct hs_err err;
    write_pcap(2, false, false, 262144, 3); /* version 2.3: libpcap reads it */
    assert_int_equal(open_rd(path, 262144, true, &r, &err), HS_OK);
    assert_null(r);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    put32(f, 0x0a0d0d0au, false); /* pcapng */
    for (int k = 0; k < 8; k++)
        put32(f, 0, false);
    assert_int_equal(fclose(f), 0);
    assert_int_equal(open_rd(path, 262144, true, &r, &err), HS_OK);
    assert_null(r);
    assert_int_equal(open_rd("/", 262144, true, &r, &err), HS_OK); /* not a file */
    assert_null(r);
    /* the caller opens the file now: a descriptor that is not open is the error left */
    assert_int_equal(hs_filerd_open(-1, "bad", 262144, true, &r, &err), HS_ERR_IO);
    assert_string_equal(err.msg, "bad: Bad file descriptor");
}

/*
 * capture.c hands libpcap a duplicate of the reader's fd, so both share the
 * file offset: libpcap's buffered read of the file header has moved it; the
 * reader must still start at the first record, and must leave it alone when
 * it refuses a file (libpcap goes on reading from it).
 */
static void test_shared_offset(void **state)
{
    (void)state;
    write_pcap(3, false, false, 262144, 3); /* version 2.3: refused */
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    assert_true(fd >= 0);
    int other = dup(fd);
    assert_true(other >= 0);
    assert_int_equal(lseek(other, 100, SEEK_SET), 100);
    struct hs_filerd *r = (void *)1;
    struct hs_err err;
    assert_int_equal(hs_filerd_open(fd, path, 262144, false, &r, &err), HS_OK);
    assert_null(r);
    assert_int_equal(lseek(other, 0, SEEK_CUR), 100);
    assert_int_equal(close(other), 0);

    write_pcap(20, false, false, 262144, 4);
    for (int t = 0; t < 2; t++) {
        fd = open(path, O_RDONLY | O_CLOEXEC);
        assert_true(fd >= 0);
        other = dup(fd);
        assert_true(other >= 0);
        static uint8_t buf[4096];
        assert_int_equal(read(other, buf, sizeof buf), sizeof buf);
        assert_int_equal(hs_filerd_open(fd, path, 262144, t, &r, &err), HS_OK);
        assert_non_null(r);
        struct hs_cap_rec rec;
        for (uint32_t i = 0; i < 20; i++) {
            assert_int_equal(hs_filerd_next(r, &rec, &err), HS_OK);
            assert_int_equal(rec.ts_us, (1700000000u + i) * 1000000ull + i);
            assert_int_equal(rec.caplen, caplen_of(i));
        }
        assert_int_equal(hs_filerd_next(r, &rec, &err), HS_EOF);
        hs_filerd_close(r);
        assert_int_equal(close(other), 0);
    }
}

/* Closing early, with the ring full and the thread waiting, must not hang or leak. */
static void test_close_early(void **state)
{
    (void)state;
    write_pcap(200, false, false, 262144, 4);
    for (int reads = 0; reads < 3; reads++) {
        struct hs_filerd *r;
        struct hs_err err;
        assert_int_equal(open_rd(path, 262144, true, &r, &err), HS_OK);
        assert_non_null(r);
        struct hs_cap_rec rec;
        for (int k = 0; k < reads; k++)
            assert_int_equal(hs_filerd_next(r, &rec, &err), HS_OK);
        if (reads == 2)
            usleep(20000); /* let the thread fill the ring and wait for space */
        hs_filerd_close(r);
    }
}

int main(void)
{
    snprintf(path, sizeof path, "/tmp/test_filerd.%ld.pcap", (long)getpid());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_file),  cmocka_unit_test(test_snapshot_cut),
        cmocka_unit_test(test_truncated),   cmocka_unit_test(test_bad_caplen),
        cmocka_unit_test(test_not_handled), cmocka_unit_test(test_close_early),
        cmocka_unit_test(test_shared_offset),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    unlink(path);
    return rc;
}
