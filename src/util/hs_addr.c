/* hs_addr.c: IPv4/IPv6 address formatting (RFC 5952 form for IPv6, via inet_ntop). */
#include "hs_addr.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <sys/socket.h>

const char *hs_addr_fmt(uint8_t af, const uint8_t *a, char *buf)
{
    if (!inet_ntop(af == 4 ? AF_INET : AF_INET6, a, buf, HS_ADDR_STRLEN))
        snprintf(buf, HS_ADDR_STRLEN, "?");
    return buf;
}
