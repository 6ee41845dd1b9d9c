/*
 * pcap-floor.c - the floor of the httpsift benchmark: a bare libpcap read loop.
 *
 * Opens a capture file with pcap_open_offline() and walks every record with
 * pcap_next_ex(), touching the first and the last byte of each packet and
 * summing them (with the timestamp) so the loop is not optimised away. Any
 * analyzer that reads files through libpcap does at least this much work;
 * bench/run.sh reports every tool's time as a ratio to this loop, measured in
 * the same run, alternating with it.
 *
 *   cc -O2 -o pcap-floor bench/pcap-floor.c -lpcap
 *   pcap-floor FILE          prints "packets N bytes N sum X" on stdout
 */
#define _DEFAULT_SOURCE /* u_char and friends in <pcap/pcap.h> under -std=c11 */
#include <pcap/pcap.h>
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: pcap-floor FILE.pcap\n");
        return 2;
    }
    char errbuf[PCAP_ERRBUF_SIZE];
    pcap_t *pc = pcap_open_offline(argv[1], errbuf);
    if (!pc) {
        fprintf(stderr, "pcap-floor: %s\n", errbuf);
        return 1;
    }
    struct pcap_pkthdr *hdr;
    const u_char *data;
    uint64_t packets = 0, bytes = 0, sum = 0;
    int rc;
    while ((rc = pcap_next_ex(pc, &hdr, &data)) == 1) {
        packets++;
        bytes += hdr->caplen;
        sum += (uint64_t)hdr->ts.tv_sec ^ (uint64_t)hdr->ts.tv_usec;
        if (hdr->caplen)
            sum += (uint64_t)data[0] * 31 + data[hdr->caplen - 1];
    }
    if (rc == PCAP_ERROR) {
        fprintf(stderr, "pcap-floor: %s\n", pcap_geterr(pc));
        pcap_close(pc);
        return 1;
    }
    pcap_close(pc);
    printf("packets %llu bytes %llu sum %llx\n", (unsigned long long)packets,
           (unsigned long long)bytes, (unsigned long long)sum);
    return 0;
}
