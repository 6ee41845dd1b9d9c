/* chk_redirect.c: checks of area "redirect": redirects and Location (CHECKS.md RD-01 .. RD-06). */
#include "check.h"

#include <string.h>

#include "hdr.h"

/*
 * Only the single-exchange rows are here (RD-01 .. RD-06); RD-07 .. RD-10 need
 * a redirect chain (several exchanges) and belong to another pass.
 *
 * One function, redirect_run(), serves the area: the Location checks run only
 * when the response has a Location field, the others only for 3xx (each check
 * still tests the status code first). Findings come out in registry order
 * (hs_chk_sort). Checks that report a missing Location only run
 * when the whole header section was kept. The loop check (RD-04) rebuilds the
 * effective request URI (RFC 9110 §7.1) and resolves Location against it
 * (RFC 3986 §5) in two stack buffers: no allocation.
 */

#define RD HS_AREA_REDIRECT
#define ERR HS_SEV_ERROR
#define WARN HS_SEV_WARNING
#define INFO HS_SEV_INFO

#define LIT(s) (s), (sizeof(s) - 1)

/* Longest URI (request or resolved Location) the loop check works on; longer ones are skipped. */
#define URI_MAX 8192

/* What every check gets: the transaction and the field index of each message. */
struct rx {
    struct hs_chk_ctx *c;
    const struct hs_txn *t;
    const struct hs_chk_fields *q; /* request fields */
    const struct hs_chk_fields *r; /* response fields */
    bool loc_ok;                   /* the first Location (trimmed) parses as a URI-reference, */
    struct hs_uri loc;             /* into this (spans into the field) */
};

/* First response field of a kind, or NULL. */
#define FR(f) hs_chk_first(&t->resp, x->r, (f))
#define FLOC(x) hs_chk_first(&(x)->t->resp, (x)->r, HS_FID_LOCATION)

/* ---- helpers ----------------------------------------------------------------------------- */

/* A span's bytes for "%.*s" (never NULL). */
static const char *sp(struct hs_span s)
{
    return s.p ? (const char *)s.p : "";
}

/* Were all of m's header fields kept (no field limit, size limit or capture gap)? */
static bool fields_whole(const struct hs_txn_msg *m)
{
    const uint64_t cut = ((uint64_t)1 << HS_H1_A_TOO_MANY_HEADERS) |
                         ((uint64_t)1 << HS_H1_A_HEADERS_TOO_LARGE) |
                         ((uint64_t)1 << HS_H1_A_GAP_HEADERS);
    return m->seen && !(m->anomalies & cut);
}

/* The codes that redirect to the URI in Location: 301, 302, 303, 307, 308 (RFC 9110 §15.4). */
static bool is_location_redirect(uint16_t s)
{
    return s == 301 || s == 302 || s == 303 || s == 307 || s == 308;
}

/* The response was seen whole and carries no content (and was not cut by a gap). */
static bool resp_empty_complete(const struct hs_txn *t)
{
    return t->resp.complete && t->resp.body_len == 0 && t->resp.gap_bytes == 0 &&
           t->resp.framing != HS_H1_BODY_TUNNEL;
}

/* Is the scheme http or https (case-insensitive, RFC 3986 §3.1)? */
static bool scheme_http(struct hs_span s)
{
    return HS_SPAN_IEQ(s, "http") || HS_SPAN_IEQ(s, "https");
}

/* The host of an authority (RFC 3986 §3.2): without userinfo and port. */
static struct hs_span authority_host(struct hs_span a)
{
    const uint8_t *at = memchr(a.p, '@', a.len);
    if (at)
        a = hs_span_make(at + 1, a.len - (size_t)(at + 1 - a.p));
    size_t hl = a.len;
    if (a.len && a.p[0] == '[') { /* IP-literal: the port follows "]" */
        const uint8_t *rb = memchr(a.p, ']', a.len);
        hl = rb ? (size_t)(rb - a.p) + 1 : a.len;
    } else {
        const uint8_t *colon = memchr(a.p, ':', a.len);
        if (colon)
            hl = (size_t)(colon - a.p);
    }
    return hs_span_make(a.p, hl);
}

/* ---- RD-01: redirect without Location -------------------------------------------------- */

/*
 * RFC 9110 §15.4.4: a 303 redirects to "a URI in the Location header field"
 * (redirect.303-without-location); §15.4.2, §15.4.3, §15.4.8, §15.4.9: for 301,
 * 302, 307 and 308 the server SHOULD generate a Location (redirect.without-location).
 */
static void chk_without_location(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!is_location_redirect(t->status) || !fields_whole(&t->resp) || FR(HS_FID_LOCATION))
        return;
    const char *id =
        t->status == 303 ? "redirect.303-without-location" : "redirect.without-location";
    hs_chk_reportf(c, id, "%u %.*s without Location", t->status, (int)t->reason.len,
                   sp(t->reason));
}

/* ---- RD-02: the Location value ------------------------------------------------------------ */

/*
 * RFC 9110 §10.2.2: Location = URI-reference; §4.2.1, §4.2.2: an http(s) URI
 * has an authority with a non-empty host. Every Location line is checked
 * (repeated lines are FR-13's business).
 */
static void chk_location_invalid(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->resp.seen)
        return;
    const struct hs_txn_field *f;
    for (uint32_t i = 0; (f = hs_chk_next(&t->resp, x->r, HS_FID_LOCATION, &i)) != NULL;) {
        struct hs_uri u = x->loc;
        if (f == FR(HS_FID_LOCATION) ? !x->loc_ok : !hs_uri_parse(hs_span_trim(f->value), &u)) {
            hs_chk_report_field(c, "redirect.location-invalid", f);
            return;
        }
        if (u.has_scheme && scheme_http(u.scheme) &&
            (!u.has_authority || authority_host(u.authority).len == 0)) {
            hs_chk_report_field(c, "redirect.location-invalid", f);
            return;
        }
    }
}

/* RFC 9110 §4.2.4: a sender MUST NOT generate userinfo in an http(s) URI in a field value. */
static void chk_location_userinfo(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!t->resp.seen)
        return;
    const struct hs_txn_field *f = FR(HS_FID_LOCATION);
    if (!f || f->value.len == 0 || !memchr(f->value.p, '@', f->value.len))
        return;
    const struct hs_uri u = x->loc;
    if (!x->loc_ok || !u.has_authority)
        return;
    /* a network-path reference inherits the target's scheme: http (or https) */
    if (u.has_scheme && !scheme_http(u.scheme))
        return;
    if (memchr(u.authority.p, '@', u.authority.len))
        hs_chk_report_field(c, "redirect.location-userinfo", f);
}

/*
 * RFC 9110 §10.2.2 allows a relative reference (RFC 2616 §14.30 and RFC 1945
 * §10.11 required an absolute URI). Reported where Location is used: 3xx
 * other than 304, and 201.
 */
static void chk_location_relative(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    bool used = t->status == 201 || (t->status >= 300 && t->status <= 399 && t->status != 304);
    if (!used)
        return;
    const struct hs_txn_field *f = FR(HS_FID_LOCATION);
    if (!f)
        return;
    if (x->loc_ok && !x->loc.has_scheme)
        hs_chk_report_field(c, "redirect.location-relative", f);
}

/* ---- RD-03: Location where it means nothing ---------------------------------------------- */

/*
 * RFC 9110 §10.2.2 defines Location for 201 and 3xx. 202 is left alone: a
 * Location pointing to the status monitor is common practice (RFC 7240 §4.1
 * shows it). 304 is left alone too: revalidating a stored 301/302 yields a 304
 * that may repeat the stored Location to update the cache.
 */
static void chk_location_meaningless(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status == 0 || (t->status >= 300 && t->status <= 399) || t->status == 201 ||
        t->status == 202)
        return;
    const struct hs_txn_field *f = FR(HS_FID_LOCATION);
    if (f)
        hs_chk_report_field(c, "redirect.location-meaningless", f);
}

/* ---- RD-04: one-step loop ------------------------------------------------------------------- */

/* Bounded string builder. */
struct sbuf {
    char *p;
    size_t cap, len;
    bool ok;
};

static void sb_put(struct sbuf *b, const void *s, size_t n)
{
    if (!b->ok || n > b->cap - b->len) {
        b->ok = false;
        return;
    }
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
}

/*
 * Would following r send the server the same request as e (RFC 9110 §15.4)?
 * r is the resolved Location, so its dot segments are gone (clients resolve
 * before following); e is the request URI as it was sent. Only differences
 * no client can carry to the server are ignored: the case of the scheme, the
 * fragment (never sent), and an empty path, sent as "/" (RFC 9110 §4.2.3).
 * The authority, path and query are compared byte for byte: servers commonly
 * redirect to canonicalise the host case, a default port, percent-encoding or
 * dot segments, and each of those redirects ends because the follow-up request
 * differs on the wire. An empty query ("?") differs from none for the same
 * reason ("/a?" -> "/a" is a clean-up redirect).
 */
static bool same_request(const struct hs_uri *e, const struct hs_uri *r)
{
    if (!e->has_scheme || !r->has_scheme || !hs_span_ieq(e->scheme, sp(r->scheme), r->scheme.len))
        return false;
    if (!scheme_http(e->scheme) || e->has_authority != r->has_authority)
        return false;
    if (e->has_authority && !hs_span_eq(e->authority, sp(r->authority), r->authority.len))
        return false;
    struct hs_span slash = hs_span_make("/", 1);
    struct hs_span pe = (e->has_authority && e->path.len == 0) ? slash : e->path;
    struct hs_span pr = (r->has_authority && r->path.len == 0) ? slash : r->path;
    if (!hs_span_eq(pe, sp(pr), pr.len) || e->has_query != r->has_query)
        return false;
    return !e->has_query || hs_span_eq(e->query, sp(r->query), r->query.len);
}

/*
 * The scheme the client used, as a TLS-terminating proxy in front reports it:
 * the first element of X-Forwarded-Proto, else the proto parameter of the first
 * Forwarded element (RFC 7239 §5.4). Only "http" and "https" are believed;
 * anything else (or nothing) leaves "http", the scheme of what is captured.
 */
static struct hs_span request_scheme(const struct hs_txn_msg *req, const struct hs_chk_fields *x)
{
    struct hs_span http = hs_span_make("http", 4), https = hs_span_make("https", 5);
    const struct hs_txn_field *f = hs_chk_first(req, x, HS_FID_X_FORWARDED_PROTO);
    if (f) {
        struct hs_list_iter it;
        struct hs_span el;
        hs_list_init(&it, f->value);
        if (hs_list_next(&it, &el))
            return HS_SPAN_IEQ(el, "https") ? https : http;
        return http;
    }
    f = hs_chk_first(req, x, HS_FID_FORWARDED);
    if (!f)
        return http;
    struct hs_list_iter it;
    struct hs_span el;
    hs_list_init(&it, f->value);
    if (!hs_list_next(&it, &el))
        return http;
    while (el.len) { /* forwarded-pair *( ";" forwarded-pair ) */
        const uint8_t *semi = memchr(el.p, ';', el.len);
        size_t pl = semi ? (size_t)(semi - el.p) : el.len;
        struct hs_span pair = hs_span_trim(hs_span_make(el.p, pl));
        const uint8_t *eq = memchr(pair.p, '=', pair.len);
        if (eq && HS_SPAN_IEQ(hs_span_trim(hs_span_make(pair.p, (size_t)(eq - pair.p))), "proto")) {
            struct hs_span v = hs_span_trim(hs_span_make(eq + 1, pair.len - (size_t)(eq + 1 - pair.p)));
            if (v.len >= 2 && v.p[0] == '"' && v.p[v.len - 1] == '"')
                v = hs_span_make(v.p + 1, v.len - 2);
            return HS_SPAN_IEQ(v, "https") ? https : http;
        }
        if (!semi)
            break;
        el = hs_span_make(semi + 1, el.len - pl - 1);
    }
    return http;
}

/*
 * The method of the follow-up request, as user agents do it (RFC 9110 §15.4,
 * §15.4.4; Fetch "HTTP-redirect fetch"): 303 turns everything but HEAD into
 * GET, 301 and 302 turn POST into GET, 307 and 308 keep the method. Is it the
 * same method as the one redirected?
 */
static bool follow_up_same_method(const struct hs_txn *t)
{
    if (t->status == 303)
        return HS_CHK_METHOD_IS(t, "GET") || HS_CHK_METHOD_IS(t, "HEAD");
    if (t->status == 301 || t->status == 302)
        return !HS_CHK_METHOD_IS(t, "POST");
    return true;
}

/*
 * RFC 9110 §15.4: a redirect to the URI that was just requested makes the
 * client repeat the same request. The effective request URI (RFC 9110 §7.1)
 * is http (or the forwarded scheme) + Host + origin-form target, or the
 * absolute-form target itself.
 */
static void chk_self_redirect(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (!is_location_redirect(t->status) || !t->req.seen || !fields_whole(&t->req) ||
        !t->resp.seen)
        return;
    if (!follow_up_same_method(t))
        return;
    const struct hs_txn_field *loc = FR(HS_FID_LOCATION);
    if (!loc || t->target.len == 0)
        return;
    /* the next request would differ (a cookie is set) or is delayed on purpose */
    if (FR(HS_FID_SET_COOKIE) || FR(HS_FID_RETRY_AFTER))
        return;
    const struct hs_uri ref = x->loc;
    if (!x->loc_ok)
        return;

    char bbuf[URI_MAX], rbuf[URI_MAX];
    struct hs_uri base;
    if (t->target.p[0] == '/') { /* origin-form */
        struct hs_span host = hs_span_trim(t->host);
        /* without Host only a reference without authority can be compared */
        if (host.len == 0 && (ref.has_scheme || ref.has_authority))
            return;
        struct sbuf b = {bbuf, sizeof bbuf, 0, true};
        struct hs_span scheme = request_scheme(&t->req, x->q);
        sb_put(&b, scheme.p, scheme.len);
        sb_put(&b, "://", 3);
        sb_put(&b, host.p, host.len);
        sb_put(&b, t->target.p, t->target.len);
        /* a Host with "/", "?" or "#" in it would shift the path: not comparable */
        if (!b.ok || !hs_uri_parse(hs_span_make(bbuf, b.len), &base) ||
            base.authority.len != host.len)
            return;
    } else { /* absolute-form (a proxy request); asterisk and authority form are skipped */
        if (!hs_uri_parse(t->target, &base) || !base.has_scheme || !scheme_http(base.scheme) ||
            !base.has_authority)
            return;
    }
    size_t rlen = hs_uri_resolve(&base, &ref, rbuf, sizeof rbuf);
    struct hs_uri r;
    if (rlen == 0 || !hs_uri_parse(hs_span_make(rbuf, rlen), &r) || !same_request(&base, &r))
        return;
    struct hs_span v = hs_span_trim(loc->value);
    hs_chk_reportf(c, "redirect.to-itself", "%u to %.*s %.*s, Location: %.*s", t->status,
                   (int)t->method.len, sp(t->method), (int)t->target.len, sp(t->target),
                   (int)v.len, sp(v));
}

/* ---- RD-05: redirect of OPTIONS * ----------------------------------------------------------- */

/* RFC 9110 §9.3.7: OPTIONS * is about the server, not a resource that could move. */
static void chk_options_star(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if (t->status < 300 || t->status > 399 || t->status == 304 ||
        !HS_CHK_METHOD_IS(t, "OPTIONS") || !HS_SPAN_EQ(t->target, "*"))
        return;
    hs_chk_reportf(c, "redirect.options-asterisk", "%u %.*s to OPTIONS *", t->status,
                   (int)t->reason.len, sp(t->reason));
}

/* ---- RD-06: 300 and 303 without content --------------------------------------------------- */

/*
 * Except for HEAD: RFC 9110 §15.4.1, a 300 SHOULD list the choices in its
 * content; §15.4.4, a 303 ought to carry a short hypertext note.
 */
static void chk_without_body(const struct rx *x)
{
    struct hs_chk_ctx *c = x->c;
    const struct hs_txn *t = x->t;
    if ((t->status != 300 && t->status != 303) || !t->req.seen || HS_CHK_METHOD_IS(t, "HEAD") ||
        !resp_empty_complete(t))
        return;
    hs_chk_reportf(c, t->status == 300 ? "redirect.300-without-body" : "redirect.303-without-body",
                   "%u to %.*s with empty content", t->status, (int)t->method.len,
                   sp(t->method));
}

/* ---- running the area ------------------------------------------------------------------- */

static void redirect_run(struct hs_chk_ctx *c, const struct hs_txn *t)
{
    const uint16_t s = t->status;
    const struct hs_chk_fields *r = hs_chk_fields(c, HS_DIR_S2C);
    if (!(r->has & HS_FID_BIT(HS_FID_LOCATION)) && (s < 300 || s > 399))
        return;
    struct rx x = {.c = c, .t = t, .q = hs_chk_fields(c, HS_DIR_C2S), .r = r, .loc_ok = false};
    if (r->has & HS_FID_BIT(HS_FID_LOCATION)) /* parsed once for every Location check */
        x.loc_ok = hs_uri_parse(hs_span_trim(FLOC(&x)->value), &x.loc);
    const size_t mark = hs_chk_mark(c);
    if (r->has & HS_FID_BIT(HS_FID_LOCATION)) {
        chk_location_invalid(&x);
        chk_location_userinfo(&x);
        chk_location_relative(&x);
        chk_location_meaningless(&x);
    }
    if (s >= 300 && s <= 399) {
        chk_without_location(&x);
        chk_self_redirect(&x);
        chk_options_star(&x);
        chk_without_body(&x);
    }
    hs_chk_sort(c, mark);
}

/* ---- the table ------------------------------------------------------------------------------ */

const struct hs_check hs_checks_redirect[] = {
    /* RD-01 */
    {"redirect.303-without-location", "RD-01", RD, ERR, 'S', "RFC 9110 §15.4.4",
     "303 See Other without Location",
     "A 303 sends the client to the URI in its Location field; without one the client has "
     "nowhere to go and the POST result is lost. Add Location with the URI of the result.",
     redirect_run, NULL},
    {"redirect.without-location", "RD-01", RD, WARN, 'S',
     "RFC 9110 §15.4.2, §15.4.3, §15.4.8, §15.4.9",
     "301, 302, 307 or 308 without Location",
     "The server SHOULD send a Location field with the new URI; without it clients cannot "
     "follow the redirect automatically and show the response instead. Add Location, or use "
     "another status code.",
     redirect_run, NULL},
    /* RD-02 */
    {"redirect.location-invalid", "RD-02", RD, ERR, 'S', "RFC 9110 §10.2.2, §4.2.1",
     "Location is not a valid URI reference",
     "Location must be a single URI-reference; spaces, raw non-ASCII bytes, backslashes or "
     "an http(s) URI without a host are not valid, and clients repair them in different ways "
     "(or not at all). Percent-encode the value.",
     redirect_run, NULL},
    {"redirect.location-userinfo", "RD-02", RD, ERR, 'S', "RFC 9110 §4.2.4",
     "Location with userinfo (user@host)",
     "A sender MUST NOT put userinfo in an http(s) URI it sends in a field; \"user@\" before "
     "the host is a classic way to disguise the real destination, and clients warn or refuse. "
     "Remove it.",
     redirect_run, NULL},
    {"redirect.location-relative", "RD-02", RD, INFO, 'S', "RFC 9110 §10.2.2",
     "Location is a relative reference",
     "Legal since RFC 7231: the client resolves it against the request URI. Clients written "
     "to RFC 1945 or RFC 2616, which required an absolute URI, may mishandle it; send an "
     "absolute URI if such clients matter.",
     redirect_run, NULL},
    /* RD-03 */
    {"redirect.location-meaningless", "RD-03", RD, INFO, 'S', "RFC 9110 §10.2.2",
     "Location on a status where it has no defined meaning",
     "Location is defined for 201 and 3xx responses; on other statuses clients ignore it. "
     "If the client is meant to go there, use a 3xx code.",
     redirect_run,
     "202 is not flagged, since pointing Location to a status monitor is common practice; "
     "nor is 304, which may repeat a stored redirect's Location."},
    /* RD-04 */
    {"redirect.to-itself", "RD-04", RD, WARN, 'X', "RFC 9110 §15.4",
     "Redirect to the request's own URI",
     "Location resolves to the URI just requested, and the client would repeat the same "
     "request: an endless redirect loop until the client gives up. Check the rewrite rule "
     "(often a scheme or host test that a proxy in front defeats).",
     redirect_run,
     "The request URI is rebuilt from what was captured (scheme http unless "
     "X-Forwarded-Proto or Forwarded say https, the Host field and the target); a proxy that "
     "rewrites hosts or paths before the capture point is not visible. Redirects that set a "
     "cookie or carry Retry-After are not flagged: the next request may differ."},
    /* RD-05 */
    {"redirect.options-asterisk", "RD-05", RD, WARN, 'X', "RFC 9110 §9.3.7",
     "Redirect in answer to OPTIONS *",
     "OPTIONS * asks about the server itself, not a resource that could have moved, and a "
     "URI in Location cannot express \"*\". It usually means a generic rewrite rule also "
     "caught \"*\"; answer it directly (200 with Allow).",
     redirect_run, NULL},
    /* RD-06 */
    {"redirect.300-without-body", "RD-06", RD, WARN, 'S', "RFC 9110 §15.4.1",
     "300 Multiple Choices with empty content",
     "Except for HEAD, a 300 SHOULD list the alternatives (their URIs and metadata) in its "
     "content so the user or user agent can choose one.",
     redirect_run,
     "Response bodies are not kept, so whether non-empty content really lists the choices is "
     "not judged."},
    {"redirect.303-without-body", "RD-06", RD, INFO, 'S', "RFC 9110 §15.4.4",
     "303 See Other with empty content",
     "Except for HEAD, a 303 ought to carry a short hypertext note linking to the Location URI "
     "for clients that do not redirect automatically.",
     redirect_run,
     "Response bodies are not kept, so whether non-empty content links to the Location URI is "
     "not judged."},
};

const size_t hs_n_checks_redirect = sizeof hs_checks_redirect / sizeof hs_checks_redirect[0];
