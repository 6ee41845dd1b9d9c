/* hs_addr.c: IPv4/IPv6 address formatting (RFC 5952 form for IPv6, via inet_ntop). */
#include "hs_addr.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <sys/socket.h>

const char *hs_addr_fmt(uint8_t af, const uint8_t *a, char *buf)
{
    if (af == 4) { /* the common case, without inet_ntop's stdio */
        char *p = buf;
        for (int i = 0; i < 4; i++) {
            unsigned v = a[i];
            if (v >= 100)
                *p++ = (char)('0' + v / 100);
            if (v >= 10)
                *p++ = (char)('0' + v / 10 % 10);
            *p++ = (char)('0' + v % 10);
            *p++ = i < 3 ? '.' : '\0';
        }
        return buf;
    }
    if (!inet_ntop(AF_INET6, a, buf, HS_ADDR_STRLEN))
        snprintf(buf, HS_ADDR_STRLEN, "?");
    return buf;
}
