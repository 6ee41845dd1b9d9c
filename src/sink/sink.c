/* sink.c: output format selection and the connection record in text and JSON Lines. */
#include "sink.h"

#include <assert.h>
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

/* label, then a counter of both directions as "C2S/S2C"; label is a string literal */
#define text_pair(o, label, c2s, s2c) text_pair_((o), label, sizeof(label) - 1, (c2s), (s2c))

static void text_pair_(struct hs_out *o, const char *label, size_t len, uint64_t c2s, uint64_t s2c)
{
    hs_out_write(o, label, len);
    hs_out_u64(o, c2s);
    hs_out_char(o, '/');
    hs_out_u64(o, s2c);
}

static void flow_text(struct hs_out *o, const struct hs_flow_info *f)
{
    const struct hs_flow_dir_stats *c = &f->dir[HS_DIR_C2S], *s = &f->dir[HS_DIR_S2C];
    hs_out_localtime_us(o, f->first_ts);
    HS_OUT_LIT(o, " conn ");
    hs_out_u64(o, f->id);
    hs_out_char(o, ' ');
    endpoint_text(o, f->af, f->addr[0], f->port[0]);
    HS_OUT_LIT(o, " > ");
    endpoint_text(o, f->af, f->addr[1], f->port[1]);
    hs_out_char(o, ' ');
    hs_out_str(o, hs_handshake_name(f->handshake));
    if (f->roles_inferred)
        HS_OUT_LIT(o, " (roles inferred)");
    HS_OUT_LIT(o, ", c>s ");
    hs_out_u64(o, c->packets);
    HS_OUT_LIT(o, " pkts ");
    hs_out_u64(o, c->bytes);
    HS_OUT_LIT(o, " B, s>c ");
    hs_out_u64(o, s->packets);
    HS_OUT_LIT(o, " pkts ");
    hs_out_u64(o, s->bytes);
    HS_OUT_LIT(o, " B");
    text_pair(o, ", retrans ", c->retransmits, s->retransmits);
    text_pair(o, ", ooo ", c->out_of_order, s->out_of_order);
    text_pair(o, ", overlap ", c->overlaps, s->overlaps);
    if (c->conflicts || s->conflicts) {
        text_pair(o, " (", c->conflicts, s->conflicts);
        HS_OUT_LIT(o, " conflicting)");
    }
    text_pair(o, ", gaps ", c->gaps, s->gaps);
    if (c->gaps || s->gaps) {
        text_pair(o, " (", c->gap_bytes, s->gap_bytes);
        HS_OUT_LIT(o, " B)");
    }
    if (f->max_tunnels) {
        HS_OUT_LIT(o, ", tunneled x");
        hs_out_u64(o, f->max_tunnels);
    }
    HS_OUT_LIT(o, ", end ");
    hs_out_str(o, hs_flow_end_name(f->end));
    HS_OUT_LIT(o, ", ");
    hs_out_fixed(o, duration_us(f), 6);
    HS_OUT_LIT(o, " s\n");
}

/* ,"k": with the key a string literal (no strlen at run time) */
#define KEY(k) ",\"" k "\":", sizeof(",\"" k "\":") - 1
#define json_key(o, k) hs_out_write((o), KEY(k))

/*
 * A string of ours that needs no JSON escaping, as a JSON string: a name from
 * one of our tables, a formatted address. Printable ASCII without '"' and '\\'
 * only (checked in debug builds); texts that may hold more go through
 * hs_out_json_str.
 */
static void json_const(struct hs_out *o, const char *s)
{
    size_t n = strlen(s);
#ifndef NDEBUG
    for (size_t i = 0; i < n; i++)
        assert(s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' && s[i] != '\\');
#endif
    hs_out_char(o, '"');
    hs_out_write(o, s, n);
    hs_out_char(o, '"');
}

static void json_bool(struct hs_out *o, bool b)
{
    if (b)
        HS_OUT_LIT(o, "true");
    else
        HS_OUT_LIT(o, "false");
}

/* ,"k": and a text of ours that may need escaping (an RFC reference with a '\xc2\xa7',
 * a title), or null */
static void json_text_(struct hs_out *o, const char *k, size_t klen, const char *v)
{
    hs_out_write(o, k, klen);
    if (v)
        hs_out_json_str(o, (const uint8_t *)v, strlen(v));
    else
        HS_OUT_LIT(o, "null");
}

static void json_pair_(struct hs_out *o, const char *k, size_t klen, uint64_t c2s, uint64_t s2c)
{
    hs_out_write(o, k, klen);
    HS_OUT_LIT(o, "{\"c2s\":");
    hs_out_u64(o, c2s);
    HS_OUT_LIT(o, ",\"s2c\":");
    hs_out_u64(o, s2c);
    hs_out_char(o, '}');
}

static void json_bool_pair(struct hs_out *o, const char *k, size_t klen, bool c2s, bool s2c)
{
    hs_out_write(o, k, klen);
    HS_OUT_LIT(o, "{\"c2s\":");
    json_bool(o, c2s);
    HS_OUT_LIT(o, ",\"s2c\":");
    json_bool(o, s2c);
    hs_out_char(o, '}');
}

static void json_addr_(struct hs_out *o, const char *k, size_t klen, uint8_t af, const uint8_t *a)
{
    char buf[HS_ADDR_STRLEN];
    hs_out_write(o, k, klen);
    json_const(o, hs_addr_fmt(af, a, buf));
}

#define PAIR(key, field) json_pair_(o, KEY(key), f->dir[0].field, f->dir[1].field)

static void flow_jsonl(struct hs_out *o, const struct hs_flow_info *f)
{
    HS_OUT_LIT(o, "{\"type\":\"flow\",\"conn_id\":");
    hs_out_u64(o, f->id);
    json_key(o, "ts");
    hs_out_epoch_us(o, f->first_ts);
    json_addr_(o, KEY("client_addr"), f->af, f->addr[0]);
    json_key(o, "client_port");
    hs_out_u64(o, f->port[0]);
    json_addr_(o, KEY("server_addr"), f->af, f->addr[1]);
    json_key(o, "server_port");
    hs_out_u64(o, f->port[1]);
    json_key(o, "ip_version");
    hs_out_u64(o, f->af);
    json_key(o, "roles_inferred");
    json_bool(o, f->roles_inferred);
    json_key(o, "handshake");
    json_const(o, hs_handshake_name(f->handshake));
    PAIR("packets", packets);
    PAIR("bytes", bytes);
    PAIR("retransmits", retransmits);
    PAIR("out_of_order", out_of_order);
    PAIR("overlaps", overlaps);
    PAIR("overlap_conflicts", conflicts);
    PAIR("gaps", gaps);
    PAIR("gap_bytes", gap_bytes);
    json_bool_pair(o, KEY("fin"), f->dir[0].fin, f->dir[1].fin);
    json_bool_pair(o, KEY("rst"), f->dir[0].rst, f->dir[1].rst);
    json_key(o, "tunnels");
    hs_out_u64(o, f->max_tunnels);
    json_key(o, "end");
    json_const(o, hs_flow_end_name(f->end));
    json_key(o, "duration");
    hs_out_fixed(o, duration_us(f), 6);
    HS_OUT_LIT(o, "}\n");
}

void hs_sink_flow(struct hs_sink *s, const struct hs_flow_info *f)
{
    switch (s->fmt) {
    case HS_FMT_TEXT: flow_text(&s->out, f); break;
    case HS_FMT_JSONL: flow_jsonl(&s->out, f); break;
    case HS_FMT_NONE: return;
    }
    hs_out_end_record(&s->out);
}

/* ---- transactions ---------------------------------------------------------------- */

/* The time of a transaction record: its request's first byte, else its response's. */
static uint64_t txn_ts(const struct hs_txn *t)
{
    return t->req.seen ? t->req.ts_first : t->resp.ts_first;
}

/* Latency (time to first byte) and transfer time of a transaction, microseconds; false if unknown. */
static bool latency_us(const struct hs_txn *t, uint64_t *out)
{
    if (!t->req.seen || !t->resp.seen)
        return false;
    /* from the end of the request; with 100-continue the response may start earlier */
    uint64_t from = t->req.ts_end && t->req.ts_end <= t->resp.ts_first ? t->req.ts_end
                                                                         : t->req.ts_first;
    *out = t->resp.ts_first >= from ? t->resp.ts_first - from : 0;
    return true;
}

static bool transfer_us(const struct hs_txn *t, uint64_t *out)
{
    if (!t->resp.seen || !t->resp.ts_end)
        return false;
    *out = t->resp.ts_end >= t->resp.ts_first ? t->resp.ts_end - t->resp.ts_first : 0;
    return true;
}

/* A field of the transaction line: like hs_out_text_esc, and spaces too (\x20), so a
 * value from the wire cannot fake the columns that follow it. */
static void text_span(struct hs_out *o, struct hs_span s, const char *absent)
{
    if (!s.p) {
        hs_out_str(o, absent);
        return;
    }
    size_t run = 0;
    for (size_t i = 0; i < s.len; i++)
        if (s.p[i] == ' ') {
            hs_out_text_esc(o, s.p + run, i - run);
            HS_OUT_LIT(o, "\\x20");
            run = i + 1;
        }
    hs_out_text_esc(o, s.p + run, s.len - run);
}

/* Our own texts in ASCII for terminals: "RFC 9110 §15.5" becomes "RFC 9110 sec. 15.5". */
static void text_ascii(struct hs_out *o, const char *s)
{
    const char *sect;
    while ((sect = strstr(s, "\xc2\xa7")) != NULL) {
        hs_out_write(o, s, (size_t)(sect - s));
        HS_OUT_LIT(o, "sec. ");
        s = sect + 2;
    }
    hs_out_str(o, s);
}

static void text_anomalies(struct hs_out *o, const char *who, uint64_t a, bool *first)
{
    for (unsigned b = 0; b < HS_H1_NANOMALIES; b++)
        if (a & ((uint64_t)1 << b)) {
            hs_out_str(o, *first ? " [" : ", ");
            *first = false;
            hs_out_str(o, who);
            hs_out_str(o, hs_h1_anomaly_name(b));
        }
}

/* Findings indented under their transaction: "    ! error id (RFC ...): evidence". */
static void findings_text(struct hs_out *o, const struct hs_findings *f)
{
    for (size_t i = 0; f && i < f->n; i++) {
        const struct hs_check *c = hs_chk_get(f->v[i].check);
        HS_OUT_LIT(o, "    ! ");
        hs_out_str(o, hs_sev_name(c->sev));
        hs_out_char(o, ' ');
        hs_out_str(o, c->id);
        HS_OUT_LIT(o, " (");
        text_ascii(o, c->rfc);
        HS_OUT_LIT(o, "): ");
        text_ascii(o, c->title);
        if (f->v[i].evidence.len) {
            HS_OUT_LIT(o, ": ");
            hs_out_text_esc(o, f->v[i].evidence.p, f->v[i].evidence.len);
        }
        hs_out_char(o, '\n');
    }
}

/* "check", "catalog", "severity", "rfc" and "evidence" of one finding (no braces). */
static void finding_json(struct hs_out *o, const struct hs_finding *fd)
{
    const struct hs_check *c = hs_chk_get(fd->check);
    HS_OUT_LIT(o, "\"check\":");
    json_const(o, c->id);
    json_key(o, "catalog");
    json_const(o, c->catalog);
    json_key(o, "severity");
    json_const(o, hs_sev_name(c->sev));
    json_text_(o, KEY("rfc"), c->rfc);
    HS_OUT_LIT(o, ",\"evidence\":");
    hs_out_json_str(o, fd->evidence.p, fd->evidence.len);
}

static void findings_json(struct hs_out *o, const struct hs_findings *f)
{
    HS_OUT_LIT(o, ",\"findings\":[");
    for (size_t i = 0; f && i < f->n; i++) {
        if (i)
            hs_out_char(o, ',');
        hs_out_char(o, '{');
        finding_json(o, &f->v[i]);
        hs_out_char(o, '}');
    }
    hs_out_char(o, ']');
}

static void txn_text(struct hs_out *o, const struct hs_txn *t)
{
    hs_out_localtime_us(o, txn_ts(t));
    hs_out_char(o, ' ');
    endpoint_text(o, t->af, t->client_addr, t->client_port);
    HS_OUT_LIT(o, " > ");
    endpoint_text(o, t->af, t->server_addr, t->server_port);
    hs_out_char(o, ' ');
    if (t->req.seen) {
        text_span(o, t->method, "-");
        hs_out_char(o, ' ');
        text_span(o, t->host, "-");
        hs_out_char(o, ' ');
        text_span(o, t->target, "-");
    } else {
        HS_OUT_LIT(o, "- - -");
    }
    hs_out_char(o, ' ');
    for (unsigned i = 0; i < t->n_interim; i++) {
        hs_out_u64(o, t->interim[i]);
        hs_out_char(o, '+');
    }
    if (t->resp.seen)
        hs_out_u64(o, t->status);
    else
        hs_out_char(o, '-');
    hs_out_char(o, ' ');
    hs_out_u64(o, t->resp.seen ? t->resp.body_len : 0);
    HS_OUT_LIT(o, " B");
    uint64_t lat;
    if (latency_us(t, &lat)) {
        hs_out_char(o, ' ');
        hs_out_fixed(o, lat, 3);
        HS_OUT_LIT(o, " ms");
    }
    if (!t->req.seen)
        HS_OUT_LIT(o, " (no request seen)");
    else if (!t->resp.seen)
        HS_OUT_LIT(o, " (no response)");
    else if (!t->req.complete)
        HS_OUT_LIT(o, " (request incomplete)");
    else if (!t->resp.complete)
        HS_OUT_LIT(o, " (response incomplete)");
    if (t->tunnel)
        HS_OUT_LIT(o, " (tunnel)");
    bool first = true;
    text_anomalies(o, "request ", t->req.anomalies, &first);
    text_anomalies(o, "response ", t->resp.anomalies, &first);
    if (!first)
        hs_out_char(o, ']');
    hs_out_char(o, '\n');
}

static void json_span_or_null_(struct hs_out *o, const char *k, size_t klen, struct hs_span s)
{
    hs_out_write(o, k, klen);
    if (s.p)
        hs_out_json_str(o, s.p, s.len);
    else
        HS_OUT_LIT(o, "null");
}

static void json_ts_or_null_(struct hs_out *o, const char *k, size_t klen, bool have, uint64_t ts)
{
    hs_out_write(o, k, klen);
    if (have)
        hs_out_epoch_us(o, ts);
    else
        HS_OUT_LIT(o, "null");
}

static void json_fields_(struct hs_out *o, const char *k, size_t klen, const struct hs_txn_msg *m)
{
    hs_out_write(o, k, klen);
    hs_out_char(o, '[');
    for (uint32_t i = 0; i < m->nfields; i++) {
        if (i)
            hs_out_char(o, ',');
        hs_out_char(o, '[');
        hs_out_json_str(o, m->fields[i].name.p, m->fields[i].name.len);
        hs_out_char(o, ',');
        hs_out_json_str(o, m->fields[i].value.p, m->fields[i].value.len);
        hs_out_char(o, ']');
    }
    hs_out_char(o, ']');
}

static void json_version_(struct hs_out *o, const char *k, size_t klen, const struct hs_txn_msg *m)
{
    hs_out_write(o, k, klen);
    if (!m->seen) {
        HS_OUT_LIT(o, "null");
        return;
    }
    char v[5] = {'"', (char)('0' + m->major % 10), '.', (char)('0' + m->minor % 10), '"'};
    hs_out_write(o, v, sizeof v);
}

static void json_anomalies(struct hs_out *o, const struct hs_txn *t)
{
    json_key(o, "anomalies");
    hs_out_char(o, '[');
    bool first = true;
    const struct {
        const char *who;
        uint64_t a;
    } sides[2] = {{"request.", t->req.anomalies}, {"response.", t->resp.anomalies}};
    for (int s = 0; s < 2; s++)
        for (unsigned b = 0; b < HS_H1_NANOMALIES; b++)
            if (sides[s].a & ((uint64_t)1 << b)) {
                if (!first)
                    hs_out_char(o, ',');
                first = false;
                hs_out_char(o, '"');
                hs_out_str(o, sides[s].who);
                hs_out_str(o, hs_h1_anomaly_name(b));
                hs_out_char(o, '"');
            }
    hs_out_char(o, ']');
}

static const char *framing_name(enum hs_h1_body b)
{
    static const char *const n[] = {"none", "content-length", "chunked", "close", "tunnel"};
    return (unsigned)b < sizeof n / sizeof n[0] ? n[b] : "?";
}

static void txn_jsonl(struct hs_out *o, const struct hs_txn *t)
{
    HS_OUT_LIT(o, "{\"type\":\"transaction\",\"conn_id\":");
    hs_out_u64(o, t->conn_id);
    json_key(o, "trans_depth");
    hs_out_u64(o, t->depth);
    json_key(o, "ts");
    hs_out_epoch_us(o, txn_ts(t));
    json_addr_(o, KEY("client_addr"), t->af, t->client_addr);
    json_key(o, "client_port");
    hs_out_u64(o, t->client_port);
    json_addr_(o, KEY("server_addr"), t->af, t->server_addr);
    json_key(o, "server_port");
    hs_out_u64(o, t->server_port);
    /* a txn starts zeroed; method and target are set with req.seen, reason with resp.seen */
    json_span_or_null_(o, KEY("method"), t->method);
    json_span_or_null_(o, KEY("uri"), t->target);
    json_span_or_null_(o, KEY("host"), t->host);
    json_version_(o, KEY("version"), &t->req);
    json_key(o, "status");
    if (t->resp.seen)
        hs_out_u64(o, t->status);
    else
        HS_OUT_LIT(o, "null");
    json_span_or_null_(o, KEY("reason"), t->reason);
    json_version_(o, KEY("response_version"), &t->resp);
    json_key(o, "interim");
    hs_out_char(o, '[');
    for (unsigned i = 0; i < t->n_interim; i++) {
        if (i)
            hs_out_char(o, ',');
        hs_out_u64(o, t->interim[i]);
    }
    hs_out_char(o, ']');
    json_fields_(o, KEY("request_headers"), &t->req);
    json_fields_(o, KEY("response_headers"), &t->resp);
    json_key(o, "request_body_len");
    hs_out_u64(o, t->req.body_len);
    json_key(o, "response_body_len");
    hs_out_u64(o, t->resp.body_len);
    json_key(o, "response_body_wire");
    hs_out_u64(o, t->resp.body_wire);
    json_key(o, "response_framing");
    json_const(o, t->resp.seen ? framing_name(t->resp.framing) : "none");
    json_key(o, "gap_bytes");
    hs_out_u64(o, t->req.gap_bytes + t->resp.gap_bytes);
    json_span_or_null_(o, KEY("content_type"), t->content_type);
    if (t->resp.coding != HS_CODING_IDENTITY) {
        json_key(o, "content_encoding");
        json_const(o, hs_h1_coding_name(t->resp.coding));
    }
    if (t->resp.decoded != HS_DECODE_NONE) {
        json_key(o, "decode");
        json_const(o, hs_h1_decode_name(t->resp.decoded));
        json_key(o, "response_body_decoded_len");
        hs_out_u64(o, t->resp.decoded_len);
    }
    json_ts_or_null_(o, KEY("ts_request_end"), t->req.seen && t->req.ts_end, t->req.ts_end);
    json_ts_or_null_(o, KEY("ts_response_start"), t->resp.seen, t->resp.ts_first);
    json_ts_or_null_(o, KEY("ts_response_end"), t->resp.seen && t->resp.ts_end, t->resp.ts_end);
    uint64_t us;
    json_key(o, "latency_ms");
    if (latency_us(t, &us))
        hs_out_fixed(o, us, 3);
    else
        HS_OUT_LIT(o, "null");
    json_key(o, "transfer_ms");
    if (transfer_us(t, &us))
        hs_out_fixed(o, us, 3);
    else
        HS_OUT_LIT(o, "null");
    json_key(o, "complete");
    json_bool(o, hs_txn_complete(t));
    json_key(o, "tunnel");
    json_bool(o, t->tunnel);
    json_anomalies(o, t);
}

void hs_sink_txn(struct hs_sink *s, const struct hs_txn *t, const struct hs_findings *f)
{
    switch (s->fmt) {
    case HS_FMT_TEXT:
        if (s->findings_only && (!f || !f->n))
            return;
        txn_text(&s->out, t);
        findings_text(&s->out, f);
        break;
    case HS_FMT_JSONL:
        txn_jsonl(&s->out, t);
        findings_json(&s->out, f);
        HS_OUT_LIT(&s->out, "}\n");
        break;
    case HS_FMT_NONE: return;
    }
    hs_out_end_record(&s->out);
}

void hs_sink_stray(struct hs_sink *s, const struct hs_txn_stray *st, const struct hs_findings *f)
{
    struct hs_out *o = &s->out;
    const char *dir = st->dir == HS_DIR_C2S ? "c2s" : "s2c";
    switch (s->fmt) {
    case HS_FMT_TEXT:
        if (s->findings_only && (!f || !f->n))
            return;
        hs_out_localtime_us(o, st->ts);
        HS_OUT_LIT(o, " conn ");
        hs_out_u64(o, st->conn_id);
        HS_OUT_LIT(o, ": ");
        hs_out_u64(o, st->bytes);
        HS_OUT_LIT(o, " stray ");
        hs_out_str(o, dir);
        HS_OUT_LIT(o, " bytes after transaction ");
        hs_out_u64(o, st->after_depth);
        hs_out_char(o, '\n');
        findings_text(o, f);
        break;
    case HS_FMT_JSONL:
        HS_OUT_LIT(o, "{\"type\":\"stray\",\"conn_id\":");
        hs_out_u64(o, st->conn_id);
        json_key(o, "ts");
        hs_out_epoch_us(o, st->ts);
        json_key(o, "direction");
        json_const(o, dir);
        json_key(o, "after_trans_depth");
        hs_out_u64(o, st->after_depth);
        json_key(o, "bytes");
        hs_out_u64(o, st->bytes);
        HS_OUT_LIT(o, "}\n");
        /* stream-level findings belong to no transaction: records of their own */
        for (size_t i = 0; f && i < f->n; i++) {
            HS_OUT_LIT(o, "{\"type\":\"finding\",\"conn_id\":");
            hs_out_u64(o, st->conn_id);
            json_key(o, "ts");
            hs_out_epoch_us(o, st->ts);
            json_key(o, "after_trans_depth");
            hs_out_u64(o, st->after_depth);
            hs_out_char(o, ',');
            finding_json(o, &f->v[i]);
            HS_OUT_LIT(o, "}\n");
        }
        break;
    case HS_FMT_NONE: return;
    }
    hs_out_end_record(o); /* the stray record and its finding records: one block */
}

/* ---- the check registry ------------------------------------------------------------------ */

void hs_sink_list_checks(struct hs_sink *s)
{
    struct hs_out *o = &s->out;
    size_t n = hs_chk_count();
    for (size_t i = 0; i < n; i++) {
        const struct hs_check *c = hs_chk_get(i);
        char scope[2] = {c->scope, 0};
        if (s->fmt == HS_FMT_JSONL) {
            HS_OUT_LIT(o, "{\"id\":");
            json_const(o, c->id);
            json_key(o, "catalog");
            json_const(o, c->catalog);
            json_key(o, "area");
            json_const(o, hs_area_name(c->area));
            json_key(o, "severity");
            json_const(o, hs_sev_name(c->sev));
            json_key(o, "scope");
            json_const(o, scope);
            json_text_(o, KEY("rfc"), c->rfc);
            json_text_(o, KEY("title"), c->title);
            json_text_(o, KEY("explanation"), c->explain);
            json_key(o, "passive");
            json_bool(o, c->fn || c->limits == NULL);
            json_text_(o, KEY("limits"), c->limits);
            HS_OUT_LIT(o, "}\n");
        } else if (s->fmt == HS_FMT_TEXT) {
            hs_out_printf(o, "%-48s %-6s %-7s %-8s ", c->id, c->catalog, hs_sev_name(c->sev),
                          hs_area_name(c->area));
            text_ascii(o, c->rfc);
            HS_OUT_LIT(o, ": ");
            text_ascii(o, c->title);
            hs_out_char(o, '\n');
        }
        hs_out_end_record(o);
    }
}
