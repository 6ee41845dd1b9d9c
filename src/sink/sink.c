/* sink.c: output format selection and the connection record in text and JSON Lines. */
#include "sink.h"

#include <string.h>

#include "../util/hs_addr.h"

bool hs_sink_fmt_parse(const char *name, size_t len, enum hs_sink_fmt *out)
{
    static const struct {
        const char *name;
        enum hs_sink_fmt fmt;
    } names[] = {{"text", HS_FMT_TEXT}, {"jsonl", HS_FMT_JSONL}, {"json", HS_FMT_JSONL},
                 {"none", HS_FMT_NONE}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == len && !memcmp(names[i].name, name, len)) {
            *out = names[i].fmt;
            return true;
        }
    return false;
}

enum hs_rc hs_sink_init(struct hs_sink *s, enum hs_sink_fmt fmt, int fd, bool line_buffered)
{
    s->fmt = fmt;
    enum hs_rc rc = hs_out_init(&s->out, fd, 1 << 16);
    s->out.line_buffered = line_buffered;
    return rc;
}

enum hs_rc hs_sink_fini(struct hs_sink *s)
{
    hs_out_flush(&s->out);
    int err = s->out.error;
    hs_out_fini(&s->out);
    return err ? HS_ERR_IO : HS_OK;
}

static void endpoint_text(struct hs_out *o, uint8_t af, const uint8_t *a, uint16_t port)
{
    char buf[HS_ADDR_STRLEN];
    hs_addr_fmt(af, a, buf);
    if (af == 6)
        hs_out_char(o, '[');
    hs_out_str(o, buf);
    if (af == 6)
        hs_out_char(o, ']');
    hs_out_char(o, ':');
    hs_out_u64(o, port);
}

static uint64_t duration_us(const struct hs_flow_info *f)
{
    return f->last_ts >= f->first_ts ? f->last_ts - f->first_ts : 0;
}

static void flow_text(struct hs_out *o, const struct hs_flow_info *f)
{
    const struct hs_flow_dir_stats *c = &f->dir[HS_DIR_C2S], *s = &f->dir[HS_DIR_S2C];
    hs_out_localtime_us(o, f->first_ts);
    hs_out_str(o, " conn ");
    hs_out_u64(o, f->id);
    hs_out_char(o, ' ');
    endpoint_text(o, f->af, f->addr[0], f->port[0]);
    hs_out_str(o, " > ");
    endpoint_text(o, f->af, f->addr[1], f->port[1]);
    hs_out_char(o, ' ');
    hs_out_str(o, hs_handshake_name(f->handshake));
    if (f->roles_inferred)
        hs_out_str(o, " (roles inferred)");
    hs_out_printf(o, ", c>s %llu pkts %llu B, s>c %llu pkts %llu B",
                  (unsigned long long)c->packets, (unsigned long long)c->bytes,
                  (unsigned long long)s->packets, (unsigned long long)s->bytes);
    hs_out_printf(o, ", retrans %llu/%llu, ooo %llu/%llu, overlap %llu/%llu",
                  (unsigned long long)c->retransmits, (unsigned long long)s->retransmits,
                  (unsigned long long)c->out_of_order, (unsigned long long)s->out_of_order,
                  (unsigned long long)c->overlaps, (unsigned long long)s->overlaps);
    if (c->conflicts || s->conflicts)
        hs_out_printf(o, " (%llu/%llu conflicting)", (unsigned long long)c->conflicts,
                      (unsigned long long)s->conflicts);
    hs_out_printf(o, ", gaps %llu/%llu", (unsigned long long)c->gaps,
                  (unsigned long long)s->gaps);
    if (c->gaps || s->gaps)
        hs_out_printf(o, " (%llu/%llu B)", (unsigned long long)c->gap_bytes,
                      (unsigned long long)s->gap_bytes);
    if (f->max_tunnels)
        hs_out_printf(o, ", tunneled x%u", f->max_tunnels);
    hs_out_str(o, ", end ");
    hs_out_str(o, hs_flow_end_name(f->end));
    hs_out_str(o, ", ");
    hs_out_fixed(o, duration_us(f), 6);
    hs_out_str(o, " s\n");
}

static void json_key(struct hs_out *o, const char *k)
{
    hs_out_str(o, ",\"");
    hs_out_str(o, k);
    hs_out_str(o, "\":");
}

static void json_pair(struct hs_out *o, const char *k, uint64_t c2s, uint64_t s2c)
{
    json_key(o, k);
    hs_out_str(o, "{\"c2s\":");
    hs_out_u64(o, c2s);
    hs_out_str(o, ",\"s2c\":");
    hs_out_u64(o, s2c);
    hs_out_char(o, '}');
}

static void json_addr(struct hs_out *o, const char *k, uint8_t af, const uint8_t *a)
{
    char buf[HS_ADDR_STRLEN];
    json_key(o, k);
    hs_out_char(o, '"');
    hs_out_str(o, hs_addr_fmt(af, a, buf));
    hs_out_char(o, '"');
}

#define PAIR(key, field) json_pair(o, key, f->dir[0].field, f->dir[1].field)

static void flow_jsonl(struct hs_out *o, const struct hs_flow_info *f)
{
    hs_out_str(o, "{\"type\":\"flow\",\"conn_id\":");
    hs_out_u64(o, f->id);
    json_key(o, "ts");
    hs_out_epoch_us(o, f->first_ts);
    json_addr(o, "client_addr", f->af, f->addr[0]);
    json_key(o, "client_port");
    hs_out_u64(o, f->port[0]);
    json_addr(o, "server_addr", f->af, f->addr[1]);
    json_key(o, "server_port");
    hs_out_u64(o, f->port[1]);
    json_key(o, "ip_version");
    hs_out_u64(o, f->af);
    json_key(o, "roles_inferred");
    hs_out_str(o, f->roles_inferred ? "true" : "false");
    json_key(o, "handshake");
    hs_out_json_str(o, (const uint8_t *)hs_handshake_name(f->handshake),
                    strlen(hs_handshake_name(f->handshake)));
    PAIR("packets", packets);
    PAIR("bytes", bytes);
    PAIR("retransmits", retransmits);
    PAIR("out_of_order", out_of_order);
    PAIR("overlaps", overlaps);
    PAIR("overlap_conflicts", conflicts);
    PAIR("gaps", gaps);
    PAIR("gap_bytes", gap_bytes);
    json_pair(o, "fin", f->dir[0].fin, f->dir[1].fin);
    json_pair(o, "rst", f->dir[0].rst, f->dir[1].rst);
    json_key(o, "tunnels");
    hs_out_u64(o, f->max_tunnels);
    json_key(o, "end");
    hs_out_json_str(o, (const uint8_t *)hs_flow_end_name(f->end), strlen(hs_flow_end_name(f->end)));
    json_key(o, "duration");
    hs_out_fixed(o, duration_us(f), 6);
    hs_out_str(o, "}\n");
}

void hs_sink_flow(struct hs_sink *s, const struct hs_flow_info *f)
{
    switch (s->fmt) {
    case HS_FMT_TEXT: flow_text(&s->out, f); break;
    case HS_FMT_JSONL: flow_jsonl(&s->out, f); break;
    case HS_FMT_NONE: break;
    }
}
