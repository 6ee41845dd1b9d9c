#!/usr/bin/env python3
"""check.py HTTPSIFT PCAP [REGENERATED] - run httpsift over the escape capture with every
output format and check that nothing from the wire reaches a terminal or a log
unescaped.  Called by run.sh; prints one line per check and
"escape: N passed, N failed"; exits 1 if a check failed.

Checks (see run.sh for the list in words):
  text outputs and stderr: only printable ASCII and '\n'; every line is a
  complete record line (transaction, finding, stray, flow); the method, Host
  and request-target are escaped exactly as httpsift(1) says (\\xhh, \\\\);
  JSON Lines: every line is strict UTF-8 and parses with json.loads; no raw
  control byte; the strings round-trip (valid UTF-8 as it is, each invalid
  byte as U+00hh); record and finding counts agree between formats;
  --write-streams: file names are plain ASCII, contents are the wire bytes.
"""
import codecs
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import gen  # noqa: E402  (the wire bytes)

HS, PCAP = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, TZ="UTC", LC_ALL="C")

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok      %s" % name)
    else:
        failed += 1
        print("FAILED  %s%s" % (name, (": " + detail) if detail else ""))
    return ok


def run(args, stdin=None):
    p = subprocess.run([HS] + args, stdin=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=ENV, timeout=30)
    return p.returncode, p.stdout, p.stderr


# ---- expected forms of wire bytes ----------------------------------------------
def text_esc(b):
    """httpsift(1) OUTPUT FORMATS: outside 0x20-0x7e as \\xhh, backslash as \\\\."""
    out = []
    for c in b:
        if c == 0x5C:
            out.append("\\\\")
        elif 0x20 <= c <= 0x7E:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return "".join(out)


def _byte_as_latin1(err):
    return "".join(chr(c) for c in err.object[err.start:err.end]), err.end


codecs.register_error("hs-u00hh", _byte_as_latin1)


def json_dec(b):
    """What a JSON decoder must give back: valid UTF-8 as it is, every byte
    that is not part of valid UTF-8 as U+00hh."""
    return b.decode("utf-8", errors="hs-u00hh")


def bad_text_bytes(data):
    """Offsets of bytes a text output must not contain (< 0x20 but '\\n', >= 0x7f)."""
    return [(i, c) for i, c in enumerate(data) if (c < 0x20 and c != 0x0A) or c >= 0x7F]


def show_bad(data, bad):
    i, c = bad[0]
    line_start = data.rfind(b"\n", 0, i) + 1
    line_end = data.find(b"\n", i)
    line = data[line_start:line_end if line_end >= 0 else len(data)]
    return "%d bad byte(s); first 0x%02x at offset %d in line %r" % (len(bad), c, i, line[:160])


def check_text_bytes(name, data):
    bad = bad_text_bytes(data)
    return check(name + ": only printable ASCII and \\n", not bad, show_bad(data, bad) if bad else "")


RE_DATE = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"
RE_EP = r"(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]):\d+"
RE_TXN = re.compile(r"^%s %s > %s \S.* (?:\d{3}(?:\+\d{3})*|-) \d+ B( .*)?$" % (RE_DATE, RE_EP, RE_EP))
RE_FINDING = re.compile(r"^    ! (info|warning|error) [a-z0-9.-]+ \(.*\): .*$")
RE_STRAY = re.compile(r"^%s conn \d+: \d+ stray (c2s|s2c) bytes after transaction \d+$" % RE_DATE)
RE_FLOW = re.compile(r"^%s conn \d+ %s > %s [a-z-]+.*, end [a-z-]+, \d+\.\d{6} s$" % (RE_DATE, RE_EP, RE_EP))


def classify(lines):
    kinds = {"txn": [], "finding": [], "stray": [], "flow": [], "other": []}
    for ln in lines:
        for k, r in (("finding", RE_FINDING), ("stray", RE_STRAY), ("flow", RE_FLOW), ("txn", RE_TXN)):
            if r.match(ln):
                kinds[k].append(ln)
                break
        else:
            kinds["other"].append(ln)
    return kinds


def text_lines(data):
    return data.decode("latin-1").split("\n")[:-1] if data.endswith(b"\n") else \
        data.decode("latin-1").split("\n")


N_TXN = len(gen.MESSAGES)
failures_detail = []

# ---- 0. the committed capture is what gen.py writes --------------------------------
if len(sys.argv) > 3:
    with open(PCAP, "rb") as a, open(sys.argv[3], "rb") as b:
        check("escape.pcap is what gen.py writes (else: run tests/escape/gen.py)", a.read() == b.read())

# ---- 1. -o text --flows (stdout) -------------------------------------------------
rc, out_text, err_text = run(["-r", PCAP, "-o", "text", "--flows"])
check("text: exit status 0", rc == 0, "exit %d: %r" % (rc, err_text[-300:]))
check_text_bytes("text: stdout", out_text)
check_text_bytes("text: stderr summary", err_text)
check("text: output ends with a newline", out_text.endswith(b"\n"))
kinds = classify(text_lines(out_text))
check("text: every line is a whole record line (none split by an injected CR/LF)",
      not kinds["other"], "unrecognised lines: %r" % kinds["other"][:3])
check("text: %d transaction lines" % N_TXN, len(kinds["txn"]) == N_TXN, "got %d" % len(kinds["txn"]))
check("text: 1 stray-data line of %d bytes" % gen.STRAY_BYTES,
      len(kinds["stray"]) == 1 and (" %d stray c2s bytes" % gen.STRAY_BYTES) in kinds["stray"][0],
      repr(kinds["stray"]))
check("text: 1 connection line", len(kinds["flow"]) == 1, "got %d" % len(kinds["flow"]))
def field_esc(b):
    """The transaction line's method, Host and target: text_esc, and SP as \\x20 too."""
    return text_esc(b).replace(" ", "\\x20")


for i, m in enumerate(gen.MESSAGES):
    want = " %s %s %s %d " % (field_esc(m["method"]), field_esc(m["host"]), field_esc(m["uri"]), m["status"])
    got = kinds["txn"][i] if i < len(kinds["txn"]) else ""
    check("text: transaction %d: method, Host and target escaped as \\xhh and \\\\" % (i + 1),
          want in got, "want %r in %r" % (want, got[:300]))
all_text = out_text.decode("latin-1")
check("text: no raw ESC, BEL, CR, NUL, DEL or 0x9b anywhere",
      not any(ch in all_text for ch in "\x1b\x07\r\x00\x7f\x9b"))
check("text: the ESC sequences appear escaped (\\x1b[2J, \\x1b]0;title\\x07)",
      "\\x1b[2J" in all_text and "\\x1b]0;title\\x07" in all_text)
check("text: the bare CR in the target appears as \\x0d and the line goes on",
      "?q=x\\x0dInjected:\\x201 200 " in all_text)
m_sum = re.search(rb"^(\d+) HTTP transactions", err_text, re.M)
check("stderr: summary counts %d HTTP transactions" % N_TXN,
      m_sum is not None and int(m_sum.group(1)) == N_TXN, repr(err_text[:300]))

# ---- 2. -o jsonl --flows ------------------------------------------------------------
rc, out_json, err_json = run(["-r", PCAP, "-o", "jsonl", "--flows"])
check("jsonl: exit status 0", rc == 0, "exit %d" % rc)
check_text_bytes("jsonl: stderr summary", err_json)
recs, parse_errors = [], []
raw_lines = out_json.split(b"\n")
check("jsonl: output ends with a newline", out_json.endswith(b"\n"))
for n, ln in enumerate(raw_lines[:-1] if out_json.endswith(b"\n") else raw_lines, 1):
    try:
        s = ln.decode("utf-8")  # strict: no invalid UTF-8 may be written raw
    except UnicodeDecodeError as e:
        parse_errors.append("line %d: not UTF-8: %s" % (n, e))
        continue
    ctl = [c for c in ln if c < 0x20 or c == 0x7F]
    if ctl:
        parse_errors.append("line %d: raw control byte 0x%02x" % (n, ctl[0]))
    try:
        r = json.loads(s)
    except ValueError as e:
        parse_errors.append("line %d: json.loads: %s: %r" % (n, e, s[:120]))
        continue
    if not isinstance(r, dict) or "type" not in r:
        parse_errors.append("line %d: not a record object" % n)
        continue
    recs.append(r)
check("jsonl: every line is strict UTF-8, has no raw control byte and parses with json.loads",
      not parse_errors, "; ".join(parse_errors[:3]))
by_type = {}
for r in recs:
    by_type.setdefault(r["type"], []).append(r)
txns = by_type.get("transaction", [])
check("jsonl: %d transaction records (none split)" % N_TXN, len(txns) == N_TXN, "got %d" % len(txns))
strays = by_type.get("stray", [])
check("jsonl: 1 stray record of %d c2s bytes" % gen.STRAY_BYTES,
      len(strays) == 1 and strays[0].get("bytes") == gen.STRAY_BYTES and strays[0].get("direction") == "c2s",
      repr(strays))
check("jsonl: 1 flow record", len(by_type.get("flow", [])) == 1)
unknown = set(by_type) - {"transaction", "stray", "finding", "flow"}
check("jsonl: only known record types", not unknown, repr(unknown))


def cr_variants(v):
    """A bare CR inside a field value may be kept or replaced by SP (RFC 9112 2.2)."""
    return {json_dec(v), json_dec(v.replace(b"\r", b" "))}


for i, m in enumerate(gen.MESSAGES):
    t = txns[i] if i < len(txns) else {}
    for key in ("method", "uri", "host", "reason"):
        want = json_dec(m[key])
        check("jsonl: transaction %d: %s round-trips" % (i + 1, key), t.get(key) == want,
              "want %r got %r" % (want, t.get(key)))
    check("jsonl: transaction %d: status" % (i + 1), t.get("status") == m["status"])
    want_ct = json_dec(m["content_type"]) if m["content_type"] is not None else None
    check("jsonl: transaction %d: content_type round-trips" % (i + 1), t.get("content_type") == want_ct,
          "want %r got %r" % (want_ct, t.get("content_type")))
    for side in ("request_headers", "response_headers"):
        got = t.get(side) or []
        want = m[side]
        ok = len(got) == len(want)
        bad = None
        for (wn, wv), g in zip(want, got):
            if not (isinstance(g, list) and len(g) == 2 and g[0] == json_dec(wn) and g[1] in cr_variants(wv)):
                ok, bad = False, (json_dec(wn), sorted(cr_variants(wv)), g)
                break
        check("jsonl: transaction %d: %s round-trip (%d fields, names and values)" % (i + 1, side, len(want)),
              ok, "count %d vs %d; first mismatch %r" % (len(got), len(want), bad))
t1 = txns[0] if txns else {}
good = dict((n, v) for n, v in (t1.get("request_headers") or []) if isinstance(n, str))
check("jsonl: valid UTF-8 (é ✓ 😀 ÿ) comes back unchanged", good.get("X-Good-Utf8") == gen.GOOD_UTF8.decode("utf-8"),
      repr(good.get("X-Good-Utf8")))
check("jsonl: invalid UTF-8 comes back byte by byte as U+00hh (\\xff\\xfe, overlong, surrogate, >U+10FFFF, truncated)",
      good.get("X-Bad-Utf8") == json_dec(gen.BAD_UTF8), repr(good.get("X-Bad-Utf8")))
inj = [f for f in (t1.get("request_headers") or []) if f and f[0] == "Injected"]
check("jsonl: CRLF and bare LF inside a value end the field line (two fields, not one)",
      [f[1] for f in inj] == ["2", "3"], repr(inj))
if good.get("X-Inject-CR") is not None:
    print("note    bare CR inside a field value is %s" %
          ("kept (\\r)" if "\r" in good["X-Inject-CR"] else "replaced by SP (RFC 9112 2.2)"))
c1_raw = any("\u009b" in json.dumps(r, ensure_ascii=False) for r in txns)
if c1_raw:
    print("note    C1 controls (U+0080-U+009F) are written raw in JSON strings (valid UTF-8; "
          "httpsift(1) documents it), so `cat out.jsonl` on a terminal sees them")

# findings: text has one indented line per finding of a transaction or stray run
n_find_json = sum(len(t.get("findings") or []) for t in txns) + len(by_type.get("finding", []))
check("text vs jsonl: the same number of findings (%d)" % n_find_json, len(kinds["finding"]) == n_find_json,
      "text %d, jsonl %d" % (len(kinds["finding"]), n_find_json))
m_find = re.search(rb"^(\d+) findings", err_json, re.M)
check("stderr: the findings count agrees with the records",
      m_find is not None and int(m_find.group(1)) == n_find_json, repr(m_find and m_find.group(0)))
ev_ok = all(isinstance(f.get("evidence"), str) for t in txns for f in (t.get("findings") or []))
check("jsonl: every finding evidence is a string", ev_ok)

# ---- 3. other text outputs ------------------------------------------------------------
rc, out, err = run(["-r", PCAP, "-o", "text", "-q"])
check_text_bytes("text -q: stdout", out)
rc, out, err = run(["-r", PCAP, "--flows-only"])
check_text_bytes("text --flows-only: stdout", out)
k = classify(text_lines(out))
check("text --flows-only: exactly one connection line", len(k["flow"]) == 1 and not k["other"] and not k["txn"],
      repr(text_lines(out)[:3]))
rc, out, err = run(["-r", PCAP, "-o", "none", "-v"])
check_text_bytes("-o none -v: stderr summary", err)
with open(PCAP, "rb") as f:
    rc, out, err = run(["-r", "-", "-o", "text", "--flows"], stdin=f)
check("text from stdin (-r -): same output as from the file", out == out_text)
rc, out, err = run(["--list-checks"])
check_text_bytes("--list-checks: stdout", out)

with tempfile.TemporaryDirectory() as d:
    os.chmod(d, 0o755)
    tf, jf = os.path.join(d, "out.txt"), os.path.join(d, "out.jsonl")
    rc, out, err = run(["-r", PCAP, "--flows", "-o", "text:" + tf, "-o", "jsonl:" + jf])
    with open(tf, "rb") as f:
        ftext = f.read()
    with open(jf, "rb") as f:
        fjson = f.read()
    check("-o text:FILE -o jsonl:FILE: the files match the stdout outputs", ftext == out_text and fjson == out_json)

    # ---- 4. --write-streams -----------------------------------------------------------
    sd = os.path.join(d, "streams")
    rc, out, err = run(["-r", PCAP, "-o", "none", "--write-streams", sd])
    check("--write-streams: exit status 0", rc == 0, repr(err[-300:]))
    names = sorted(os.listdir(sd)) if os.path.isdir(sd) else []
    re_name = re.compile(r"^\d{6,}-[0-9a-f.:]+\.\d{5}-[0-9a-f.:]+\.\d{5}(\.gaps)?$")
    check("--write-streams: 2 files named only from addresses and ports (plain ASCII)",
          len(names) == 2 and all(re_name.match(n) for n in names), repr(names))
    c2s = b"".join([gen.T1_REQUEST, gen.T2_REQUEST, gen.STRAY])
    s2c = b"".join([gen.T1_RESPONSE, gen.T2_RESPONSE])
    want = {"000001-010.000.000.001.40000-010.000.000.002.00080": c2s,
            "000001-010.000.000.002.00080-010.000.000.001.40000": s2c}
    got = {}
    for n in names:
        with open(os.path.join(sd, n), "rb") as f:
            got[n] = f.read()
    check("--write-streams: the files hold the wire bytes unchanged", got == want,
          "names %r" % names)
    for n in names:
        check_text_bytes("--write-streams: file name %s" % n, n.encode() + b"\n")

print("escape: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
