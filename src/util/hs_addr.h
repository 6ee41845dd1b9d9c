/* hs_addr.h: printing IPv4/IPv6 addresses in their usual textual form. */
#ifndef HS_UTIL_ADDR_H
#define HS_UTIL_ADDR_H

#include <stddef.h>
#include <stdint.h>

#define HS_ADDR_STRLEN 46 /* INET6_ADDRSTRLEN */

/* Write af (4 or 6) address a as text into buf (>= HS_ADDR_STRLEN bytes); returns buf. */
const char *hs_addr_fmt(uint8_t af, const uint8_t *a, char *buf);

#endif
