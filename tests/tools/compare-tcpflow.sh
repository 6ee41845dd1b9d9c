#!/usr/bin/env bash
# compare-tcpflow.sh - cross-check httpsift's reassembled TCP streams against tcpflow
# (and connection counts against tshark). Developer tool, run by hand when making or
# reviewing goldens; it is not part of `make check`.
#
# Usage:
#   tests/tools/compare-tcpflow.sh [-v] [-k] PCAP...
#   HTTPSIFT=/path/to/build/src/httpsift tests/tools/compare-tcpflow.sh pcaps/*.pcap*
#
#   -v   after each pcap's line, one indented line per differing stream (direction,
#        byte offsets, reason, captured frames involved)
#   -k   keep the temporary directory (its path is printed on stderr)
#
# Environment: HTTPSIFT (default: <top>/src/httpsift, <top>/build/src/httpsift, then
# httpsift in PATH), TCPFLOW (tcpflow), TSHARK (tshark), PYTHON (python3), TMPDIR.
# Needs tcpflow, tshark and python3. Input may be pcap, pcapng or gzip-compressed
# (*.gz is decompressed to a temporary file for tcpflow only).
#
# For each PCAP it runs
#   httpsift -r PCAP -o none -q --write-streams H      (one file per direction + NAME.gaps)
#   httpsift -r PCAP -o jsonl:F --flows -q             (connection count and end reasons)
#   tcpflow -r PCAP -o T -X REPORT                     (plain mode: no -a/-e scanners, so one
#                                                       file per direction; report.xml kept
#                                                       out of T and used only for counts/order)
#   tshark -r PCAP -q -z conv,tcp                      (connections = rows with "<->")
# and, only when some stream differs, tshark -T fields once to get every captured TCP
# segment (after IP defragmentation) as an independent reference.
#
# Streams are matched by direction (src, sport, dst, dport; tcpflow's VLAN "--N" suffix is
# ignored) and order of appearance: httpsift's connection id vs tcpflow's start time / "cN"
# suffix. Where the counts per direction still differ, the streams of that direction are
# compared concatenated (e.g. httpsift ends a connection at its idle timeout, tcpflow does
# not). httpsift leaves gaps out of the file and lists them in NAME.gaps as
# "STREAM-OFFSET LENGTH"; the comparison first re-inserts them, so offsets below are
# stream offsets (0 = first byte after the SYN, or the first byte httpsift saw).
#
# Every differing byte gets a reason, checked against the captured segments where possible:
#   explained (exit 0):
#     gap zero-filled by tcpflow   httpsift gap, tcpflow has zeros, no captured segment has it
#     conflicting overlap          captured segments disagree; httpsift kept the first copy
#                                  (tcpflow keeps the last one)
#     tcpflow zero tail            zeros past the last captured byte (link-layer padding
#                                  counted as payload by tcpflow)
#     missing in tcpflow           captured bytes tcpflow did not write (unsupported link
#                                  type, tunnel, IP fragments, ...) and httpsift matches them
#     tcpflow bytes not captured   both have bytes, the single captured copy matches httpsift
#   unexplained (exit 1): anything else, e.g. an httpsift gap over captured bytes, httpsift
#     keeping a later overlap copy, bytes differing from the capture, captured bytes missing
#     from httpsift, or a connection count differing from tshark's (a split at httpsift's
#     idle timeout is explained).
#
# Output, one line per pcap:
#   NAME conns(httpsift/tcpflow/tshark) streams: N identical, N differ (reason; ...)
# "-" in conns means the tool could not read the file. Unexplained items are marked "!".
# Exit status: 0 all identical or explained, 1 some unexplained difference, 2 usage or
# tool error.

set -u -o pipefail

prog=$(basename "$0")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)

usage() {
    echo "usage: $prog [-v] [-k] PCAP..." >&2
    exit 2
}

verbose=0
keep=0
while getopts "vkh" opt; do
    case $opt in
    v) verbose=1 ;;
    k) keep=1 ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage

if [ -z "${HTTPSIFT:-}" ]; then
    for c in "$top/src/httpsift" "$top/build/src/httpsift"; do
        if [ -x "$c" ]; then HTTPSIFT=$c; break; fi
    done
    [ -n "${HTTPSIFT:-}" ] || HTTPSIFT=$(command -v httpsift || true)
fi
TCPFLOW=${TCPFLOW:-tcpflow}
TSHARK=${TSHARK:-tshark}
PYTHON=${PYTHON:-python3}

die() {
    echo "$prog: $*" >&2
    exit 2
}
if [ -z "${HTTPSIFT:-}" ] || [ ! -x "$HTTPSIFT" ]; then
    die "httpsift not found (set HTTPSIFT)"
fi
command -v "$TCPFLOW" >/dev/null || die "tcpflow not found (set TCPFLOW)"
command -v "$TSHARK" >/dev/null || die "tshark not found (set TSHARK)"
command -v "$PYTHON" >/dev/null || die "python3 not found (set PYTHON)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-tcpflow.XXXXXX") || die "mktemp failed"
# shellcheck disable=SC2317 # called from the EXIT trap
cleanup() {
    if [ "$keep" = 1 ]; then
        echo "$prog: kept $tmp" >&2
    else
        rm -rf -- "$tmp"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cat >"$tmp/compare.py" <<'PY'
import argparse, datetime, ipaddress, json, os, re, subprocess, sys
from collections import Counter, defaultdict

M32 = 1 << 32
EXPLAINED = {"gap-zero", "overlap-first", "tcpflow-notcaptured", "tcpflow-zero-tail",
             "tcpflow-short"}
TEXT = {
    "gap-zero": "gap zero-filled by tcpflow",
    "overlap-first": "conflicting overlap, httpsift kept first copy",
    "tcpflow-notcaptured": "tcpflow bytes not in capture",
    "tcpflow-zero-tail": "tcpflow zeros past last captured byte (Ethernet padding)",
    "tcpflow-short": "captured bytes missing in tcpflow",
    "gap-captured": "httpsift gap over captured bytes",
    "gap-nonzero": "tcpflow non-zero bytes in httpsift gap",
    "overlap-notfirst": "conflicting overlap, httpsift did NOT keep first copy",
    "httpsift-wrong": "httpsift bytes differ from capture",
    "httpsift-short": "captured bytes missing in httpsift",
    "differ-unverified": "bytes differ, no captured segment to check",
    "tcpflow-extra": "tcpflow has extra bytes, not in capture",
    "httpsift-unverified": "httpsift bytes not found in capture",
}
MAX_EXPANDED = 256 << 20


def norm_addr(a):
    a = a.strip().strip("[]")
    if ":" in a:
        try:
            return ipaddress.ip_address(a).compressed
        except ValueError:
            return a
    parts = a.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        return ".".join(str(int(p)) for p in parts)
    return a


def ep(addr, port):
    return ("[%s]:%d" if ":" in addr else "%s:%d") % (addr, port)


def dlabel(key):
    return "%s>%s" % (ep(key[0], key[1]), ep(key[2], key[3]))


def utuple(key):
    return tuple(sorted([(key[0], key[1]), (key[2], key[3])]))


H_RE = re.compile(r"^(\d+)-([^-]+)\.(\d+)-([^-]+)\.(\d+)$")
T_RE = re.compile(r"^([^-]+)\.(\d{5})-([^-]+)\.(\d{5})(?:--(\d+))?(?:c(\d+))?$")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def expand(data, gaps):
    """httpsift file + gap list -> (bytes in stream coordinates, mask 1=known)."""
    buf, mask, pos = bytearray(), bytearray(), 0
    for off, n in sorted(gaps):
        take = off - len(buf)
        if take < 0 or pos + take > len(data):
            raise ValueError("gap list inconsistent with file size")
        buf += data[pos:pos + take]
        mask += b"\x01" * take
        pos += take
        if len(buf) + n > MAX_EXPANDED:
            raise ValueError("stream with gaps too large to compare")
        buf += bytes(n)
        mask += bytes(n)
    buf += data[pos:]
    mask += b"\x01" * (len(data) - pos)
    return bytes(buf), bytes(mask)


def load_httpsift(hdir, problems):
    out = []
    for fn in sorted(os.listdir(hdir)):
        if fn.endswith(".gaps"):
            if not os.path.exists(os.path.join(hdir, fn[:-5])):
                problems.append("httpsift gaps file without data file: " + fn)
            continue
        m = H_RE.match(fn)
        if not m:
            problems.append("unrecognised httpsift file: " + fn)
            continue
        path = os.path.join(hdir, fn)
        gaps = []
        if os.path.exists(path + ".gaps"):
            for line in read(path + ".gaps").decode().splitlines():
                if line.strip():
                    o, n = line.split()
                    gaps.append((int(o), int(n)))
        key = (norm_addr(m[2]), int(m[3]), norm_addr(m[4]), int(m[5]))
        out.append(dict(name=fn, conn=int(m[1]), key=key, data=read(path), gaps=gaps))
    return out


def parse_time(s):
    s = s.rstrip("Z")
    for fmt in ("%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.datetime.strptime(s, fmt).timestamp()
        except ValueError:
            pass
    return float("inf")


def load_report(path):
    files, flows = {}, []
    if not os.path.exists(path):
        return files, None
    txt = read(path).decode("utf-8", "replace")
    for fo in re.finditer(r"<fileobject>(.*?)</fileobject>", txt, re.S):
        body = fo.group(1)
        tf = re.search(r"<tcpflow\s([^>]*)/>", body)
        attrs = dict(re.findall(r"(\w+)='([^']*)'", tf.group(1))) if tf else {}
        if tf:
            flows.append(attrs)
        fn = re.search(r"<filename>(.*?)</filename>", body)
        if fn:
            files[os.path.basename(fn.group(1))] = attrs
    return files, flows


def load_tcpflow(tdir, report_files, problems):
    out = []
    for fn in sorted(os.listdir(tdir)):
        m = T_RE.match(fn)
        if not m:
            problems.append("unrecognised tcpflow file: " + fn)
            continue
        key = (norm_addr(m[1]), int(m[2]), norm_addr(m[3]), int(m[4]))
        start = parse_time(report_files.get(fn, {}).get("startime", ""))
        out.append(dict(name=fn, key=key, vlan=int(m[5] or -1), c=int(m[6] or 0),
                        start=start, data=read(os.path.join(tdir, fn))))
    return out


def tcpflow_conns(flows):
    per = defaultdict(Counter)
    for a in flows:
        try:
            k = (norm_addr(a["src_ipn"]), int(a["srcport"]), norm_addr(a["dst_ipn"]),
                 int(a["dstport"]))
        except (KeyError, ValueError):
            continue
        per[utuple(k)][k] += 1
    return sum(max(c.values()) for c in per.values())


class Segments:
    """Every captured TCP segment with payload, from tshark (IP fragments reassembled)."""

    FIELDS = ["frame.number", "frame.protocols", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
              "tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.stream", "ip.fragment",
              "ipv6.fragment", "tcp.payload"]

    def __init__(self, tshark, pcap):
        self.tshark, self.pcap, self.by_key, self.error = tshark, pcap, None, None

    def load(self):
        if self.by_key is not None or self.error:
            return
        cmd = [self.tshark, "-r", self.pcap, "-n", "-o", "tcp.desegment_tcp_streams:FALSE",
               "-Y", "tcp.len > 0", "-T", "fields", "-E", "separator=/t"]
        for f in self.FIELDS:
            cmd += ["-e", f]
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               timeout=600)
        except (OSError, subprocess.TimeoutExpired) as e:
            self.error = str(e)
            return
        if p.returncode != 0:
            self.error = "tshark exit %d" % p.returncode
            return
        self.by_key = defaultdict(list)
        for line in p.stdout.decode("ascii", "replace").splitlines():
            v = dict(zip(self.FIELDS, line.split("\t")))
            if not v.get("tcp.payload") or not v.get("tcp.seq_raw"):
                continue
            protos = v["frame.protocols"].split(":")
            if "icmp" in protos or "icmpv6" in protos:
                continue
            ipl = [x for x in protos[:protos.index("tcp")] if x in ("ip", "ipv6")] \
                if "tcp" in protos else []
            fam = ipl[-1] if ipl else ("ipv6" if v.get("ipv6.src") else "ip")
            try:
                src = norm_addr(v[fam + ".src"].split(",")[-1])
                dst = norm_addr(v[fam + ".dst"].split(",")[-1])
                key = (src, int(v["tcp.srcport"].split(",")[-1]), dst,
                       int(v["tcp.dstport"].split(",")[-1]))
                seq = int(v["tcp.seq_raw"].split(",")[-1])
                payload = bytes.fromhex(v["tcp.payload"].split(",")[-1].replace(":", ""))
            except (KeyError, ValueError, IndexError):
                continue
            encap = ":".join(x for x in protos[:protos.index("tcp")]
                             if x not in ("eth", "ethertype")) if "tcp" in protos else ""
            frag = bool(v.get("ip.fragment") or v.get("ipv6.fragment"))
            self.by_key[key].append(dict(frame=int(v["frame.number"]), seq=seq,
                                         payload=payload, stream=v.get("tcp.stream", ""),
                                         encap=encap, frag=frag))

    def has_padding(self):
        """True if some frame has Ethernet padding/trailer (tcpflow reads it as payload)."""
        if not hasattr(self, "_padding"):
            try:
                p = subprocess.run([self.tshark, "-r", self.pcap, "-n", "-Y",
                                    "eth.padding || eth.trailer", "-T", "fields", "-e",
                                    "frame.number"], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, timeout=600)
                self._padding = bool(p.stdout.strip())
            except (OSError, subprocess.TimeoutExpired):
                self._padding = False
        return self._padding

    def coverage(self, key, refs, length):
        """Align the captured segments of direction key on the stream (refs: byte strings in
        stream coordinates, e.g. httpsift's and tcpflow's), by voting on 16-byte anchors.
        Returns ({offset: [(frame, byte)...] in frame order}, segments used) or (None, all)."""
        self.load()
        if self.by_key is None:
            return None, []
        segs = self.by_key.get(key, [])
        votes, voters = Counter(), defaultdict(set)
        for s in segs:
            p = s["payload"]
            for a in sorted({0, max(0, len(p) // 2 - 8), max(0, len(p) - 16)}):
                chunk = p[a:a + 16]
                if not chunk.strip(b"\x00"):
                    continue
                for ref in refs:
                    start = 0
                    for _ in range(4):
                        i = ref.find(chunk, start)
                        if i < 0:
                            break
                        b = (s["seq"] + a - i) % M32
                        votes[b] += len(chunk)
                        voters[b].add(s["stream"])
                        start = i + 1
        if not votes:
            return None, segs
        base = max(votes, key=votes.get)
        limit = length + (16 << 20)
        cov = defaultdict(list)
        used = []
        for s in sorted(segs, key=lambda s: s["frame"]):
            if s["stream"] not in voters[base]:
                continue
            off = (s["seq"] - base) % M32
            if off >= M32 // 2:
                off -= M32
            if off >= limit or off + len(s["payload"]) <= 0:
                continue
            used.append(s)
            for i, b in enumerate(s["payload"]):
                if 0 <= off + i < limit:
                    cov[off + i].append((s["frame"], b))
        return cov, used


def classify(hb, hm, tb, cov):
    """Reason for every differing stream offset, as ranges [kind, start, end, info].
    hb/hm: httpsift bytes and known-mask in stream coordinates; tb: tcpflow bytes;
    cov: captured copies per offset (None if the capture could not be aligned)."""
    L = max(len(hb), len(tb), (max(cov) + 1) if cov else 0)
    ones = b"\x01" * 4096
    out = []

    def add(kind, o, info):
        if out and out[-1][0] == kind and out[-1][2] == o and out[-1][3] == info:
            out[-1][2] = o + 1
        else:
            out.append([kind, o, o + 1, info])

    for s in range(0, L, 4096):
        e = min(L, s + 4096)
        if e <= len(hb) and e <= len(tb) and hb[s:e] == tb[s:e] and hm[s:e] == ones[:e - s]:
            continue
        for o in range(s, e):
            hin, tk = o < len(hb), o < len(tb)
            hk = hin and hm[o]
            if hk and tk and hb[o] == tb[o]:
                continue
            sv = cov.get(o) if cov is not None else None
            vals = [b for _, b in sv] if sv else []
            info = ""
            if hk and tk:  # both have a byte, different
                if not sv:
                    kind = "differ-unverified"
                elif len(set(vals)) > 1:
                    kind = "overlap-first" if hb[o] == vals[0] else "overlap-notfirst"
                    hf = [f for f, b in sv if b == hb[o]]
                    tf = [f for f, b in sv if b == tb[o]]
                    info = "copies in frames %s; httpsift = frame %s, tcpflow = frame %s%s" % (
                        ",".join(str(f) for f, _ in sv), hf[0] if hf else "none",
                        tf[-1] if tf else "none",
                        " (last)" if tb[o] == vals[-1] else " (NOT last)")
                elif hb[o] == vals[0]:
                    kind = "tcpflow-notcaptured"
                else:
                    kind = "httpsift-wrong"
                    info = "frame %d" % sv[0][0]
            elif hk:  # only httpsift has a byte
                if not sv:
                    kind = "httpsift-unverified"
                elif hb[o] == vals[0]:
                    kind = "tcpflow-short"
                elif hb[o] in vals:
                    kind = "overlap-notfirst"
                else:
                    kind = "httpsift-wrong"
                    info = "frame %d" % sv[0][0]
            elif sv:  # httpsift has a gap or ended, but the byte was captured
                kind = "gap-captured" if hin else "httpsift-short"
                info = "frame %d" % sv[0][0]
            elif not tk:
                continue  # trailing httpsift gap, nothing captured, tcpflow ended too
            elif tb[o] == 0:
                kind = "gap-zero" if hin else "tcpflow-zero-tail"
            else:
                kind = "gap-nonzero" if hin else "tcpflow-extra"
            add(kind, o, info)
    return out


def main():
    ap = argparse.ArgumentParser()
    for a in ("name", "pcap", "hdir", "flows", "herr", "tdir", "treport", "terr", "sconns",
              "serr", "tshark"):
        ap.add_argument("--" + a, required=True)
    for a in ("hrc", "trc", "src"):
        ap.add_argument("--" + a, type=int, required=True)
    ap.add_argument("-v", action="store_true")
    o = ap.parse_args()

    problems, notes, details = [], [], []
    hs = load_httpsift(o.hdir, problems)
    flows = []
    for line in read(o.flows).decode().splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if r.get("type") == "flow":
            flows.append(r)
    hconns = len(flows)

    def errmsg(path, rc, tool):
        txt = read(path).decode("utf-8", "replace") if os.path.exists(path) else ""
        lines = [l for l in txt.splitlines()
                 if l.strip() and "dangerous" not in l and "reportfilename" not in l]
        msg = lines[-1] if lines else "exit %d" % rc
        msg = re.sub(r"^(tcpflow|tshark|httpsift):\s*", "", msg)
        msg = msg.replace(o.pcap + ": ", "").replace('"%s" ' % o.pcap, "")
        msg = re.sub(r"^/\S*: ", "", msg)
        return re.sub(r" on interface .*$", "", msg)

    tfailed, hfailed, sfailed = o.trc != 0, o.hrc != 0, o.src != 0
    report_files, report_flows = load_report(o.treport)
    ts = load_tcpflow(o.tdir, report_files, problems)
    if tfailed and not ts and not report_flows:
        tconns = "-"
    else:
        tconns = tcpflow_conns(report_flows) if report_flows is not None else "?"
    if hfailed and not hs and not flows:
        hconns = "-"
    if hfailed or tfailed or sfailed:
        # A damaged capture is fine as long as tshark rejects it too.
        msgs = []
        for tool, failed, path, rc in (("httpsift", hfailed, o.herr, o.hrc),
                                       ("tcpflow", tfailed, o.terr, o.trc),
                                       ("tshark", sfailed, o.serr, o.src)):
            if failed:
                msgs.append("%s: %s" % (tool, errmsg(path, rc, tool)))
        ok = not hfailed or sfailed
        notes.append((("" if ok else "!") + "; ".join(msgs), ok))

    segs = Segments(o.tshark, o.pcap)
    flows_by_id = {f.get("conn_id"): f for f in flows}

    # group by direction
    hby, tby = defaultdict(list), defaultdict(list)
    for h in hs:
        hby[h["key"]].append(h)
    for t in ts:
        tby[t["key"]].append(t)
    units = []  # (context, key, [httpsift...], [tcpflow...], split explained)
    for key in sorted(set(hby) | set(tby)):
        H = sorted(hby.get(key, []), key=lambda h: h["conn"])
        T = sorted(tby.get(key, []), key=lambda t: (t["start"], t["vlan"], t["c"]))
        while len(T) > len(H):
            zero = [t for t in T if not t["data"].strip(b"\x00")]
            if not zero:
                break
            T.remove(zero[-1])
            units.append(("tcpflow-only all-zero stream", key, [], [zero[-1]], False))
        if len(H) == len(T):
            for h, t in zip(H, T):
                units.append(("", key, [h], [t], False))
        elif not T:
            for h in H:
                units.append(("no tcpflow stream", key, [h], [], False))
        elif not H:
            for t in T:
                units.append(("tcpflow-only stream", key, [], [t], False))
        else:
            ctx = "httpsift conns %s vs %d tcpflow stream(s)" % (
                "+".join(str(h["conn"]) for h in H), len(T))
            tos = [h["conn"] for h in H[:-1]
                   if flows_by_id.get(h["conn"], {}).get("end") == "timeout"]
            if tos:
                ctx += " (httpsift idle timeout ended conn %s)" % ",".join(map(str, tos))
            # explained only if httpsift ended all but the last at its idle timeout
            units.append((ctx, key, H, T, len(tos) == len(H) - 1))

    identical, differ = 0, 0
    reasons = Counter()
    unexplained = any(not ok for _, ok in notes)
    for ctx, key, H, T, split_ok in units:
        tb = b"".join(t["data"] for t in T)
        if len(H) == 1 and len(T) == 1 and not H[0]["gaps"] and H[0]["data"] == tb:
            identical += 1
            continue
        try:
            parts = [expand(h["data"], h["gaps"]) for h in H]
        except ValueError as e:
            differ += 1
            unexplained = True
            reasons["!" + str(e)] += 1
            details.append("%s: %s" % (dlabel(key), e))
            continue
        hb = b"".join(p[0] for p in parts)
        hm = b"".join(p[1] for p in parts)
        if hm.count(1) == len(hm) and T and hb == tb:
            if len(H) == 1 and len(T) == 1:
                identical += 1
                continue
            differ += 1
            reasons[("" if split_ok else "!") + ctx + ": concatenated bytes identical"] += 1
            details.append("%s %s: %s: concatenation identical" % (
                ",".join("conn %d" % h["conn"] for h in H), dlabel(key), ctx))
            unexplained = unexplained or not split_ok
            continue
        cov, used = segs.coverage(key, [r for r in (hb, tb) if r], max(len(hb), len(tb)))
        ranges = classify(hb, hm, tb, cov)
        if any(r[0] == "tcpflow-zero-tail" for r in ranges) and not segs.has_padding():
            for r in ranges:
                if r[0] == "tcpflow-zero-tail":
                    r[0] = "tcpflow-extra"
        if not ranges:
            # only trailing httpsift gaps beyond tcpflow's end: same bytes
            identical += 1
            continue
        differ += 1
        kinds = []
        for kind, s, e, info in ranges:
            if kind not in kinds:
                kinds.append(kind)
        bad = [k for k in kinds if k not in EXPLAINED]
        if bad or (len(H) > 1 or len(T) > 1) and not split_ok:
            unexplained = True
        lp = [ctx + (" (tcpflow failed)" if not T and tfailed else "")] if ctx else []
        if "tcpflow-short" in kinds and used and (T or not tfailed):
            lp.append("encap " + ", ".join(sorted(
                {s["encap"] + (" + IP fragments" if s["frag"] else "") for s in used})))
        if cov is None and (H or segs.error):
            lp.append("no captured segments matched" +
                      (" (%s)" % segs.error if segs.error else ""))
        label = ", ".join(lp)
        if not T and not bad:
            text = "httpsift matches captured segments"
        else:
            text = "+".join(("!" if k not in EXPLAINED else "") + TEXT[k] for k in kinds)
        reasons[(label + ": " if label else "") + text] += 1
        hn = ",".join("conn %d" % h["conn"] for h in H) or "no httpsift file"
        tn = ",".join(t["name"] for t in T) or "no tcpflow file"
        details.append("%s %s vs %s%s" % (hn, dlabel(key), tn, (" [" + label + "]") if label else ""))
        for kind, s, e, info in ranges[:20]:
            details.append("  offsets %d-%d (%d B): %s%s%s" % (
                s, e - 1, e - s, "" if kind in EXPLAINED else "UNEXPLAINED: ", TEXT[kind],
                ("; " + info) if info else ""))
        if len(ranges) > 20:
            details.append("  ... %d more ranges" % (len(ranges) - 20))
        for h in H:
            if h["gaps"]:
                details.append("  httpsift conn %d gaps (offset+len): %s" % (
                    h["conn"], " ".join("%d+%d" % g for g in h["gaps"])))

    # connection counts
    try:
        sconns = int(o.sconns)
    except ValueError:
        sconns = None
    if sconns is not None and isinstance(hconns, int) and hconns != sconns:
        later = defaultdict(int)
        split = 0
        for f in sorted(flows, key=lambda f: f.get("conn_id", 0)):
            k = utuple((norm_addr(str(f.get("client_addr"))), f.get("client_port"),
                        norm_addr(str(f.get("server_addr"))), f.get("server_port")))
            later[k] += 1
        seen = defaultdict(int)
        for f in sorted(flows, key=lambda f: f.get("conn_id", 0)):
            k = utuple((norm_addr(str(f.get("client_addr"))), f.get("client_port"),
                        norm_addr(str(f.get("server_addr"))), f.get("server_port")))
            seen[k] += 1
            if f.get("end") == "timeout" and seen[k] < later[k]:
                split += 1
        if hconns - sconns == split:
            notes.append(("conns: httpsift split %d at idle timeout (tshark keeps one)" % split,
                          True))
        else:
            notes.append(("!conns: httpsift %d vs tshark %d" % (hconns, sconns), False))
            unexplained = True
    for p in problems:
        notes.append(("!" + p, False))
        unexplained = True

    rs = [n for n, _ in notes] + [("%d x %s" % (c, r) if c > 1 else r)
                                  for r, c in reasons.items() if c]
    line = "%s conns(%s/%s/%s) streams: %d identical, %d differ" % (
        o.name, hconns, tconns, o.sconns, identical, differ)
    if rs:
        line += " (" + "; ".join(rs) + ")"
    if unexplained:
        line += " UNEXPLAINED"
    print(line)
    if o.v:
        for d in details:
            print("    " + d)
    sys.stdout.flush()
    return 1 if unexplained else 0


sys.exit(main())
PY

worst=0
n=0
for pcap in "$@"; do
    n=$((n + 1))
    name=$(basename -- "$pcap")
    w="$tmp/$n"
    mkdir -p "$w/h" "$w/t" || die "mkdir failed"
    if [ ! -r "$pcap" ] || [ -d "$pcap" ]; then
        echo "$name ERROR: cannot read file"
        worst=2
        continue
    fi
    case $pcap in
    /*) abs=$pcap ;;
    *) abs=$PWD/$pcap ;;
    esac

    # A non-zero exit (damaged file) is reported by compare.py, not fatal here: whatever
    # was written before the error is still compared.
    "$HTTPSIFT" -r "$abs" -o none -q --write-streams "$w/h" 2>"$w/h.err"
    hrc=$?
    "$HTTPSIFT" -r "$abs" -o "jsonl:$w/flows.jsonl" --flows -q 2>"$w/f.err"
    frc=$?
    if [ "$hrc" -eq 0 ] && [ "$frc" -ne 0 ]; then
        hrc=$frc
        cp -- "$w/f.err" "$w/h.err"
    fi
    if [ "$hrc" -ge 126 ]; then # not executable, not found or killed by a signal
        echo "$name ERROR: httpsift exit $hrc: $(head -n 1 "$w/h.err")"
        worst=2
        continue
    fi
    touch "$w/flows.jsonl"

    tin=$abs
    case $pcap in
    *.gz)
        tin="$w/input.pcap"
        if ! gzip -dc -- "$abs" >"$tin" 2>"$w/gz.err"; then
            echo "$name ERROR: gzip -d failed: $(head -n 1 "$w/gz.err")"
            worst=2
            continue
        fi
        ;;
    esac
    "$TCPFLOW" -r "$tin" -o "$w/t" -X "$w/report.xml" >"$w/t.out" 2>"$w/t.err"
    trc=$?

    # tshark exits 2 on a truncated file but still prints the table.
    "$TSHARK" -r "$abs" -n -q -z conv,tcp >"$w/conv.txt" 2>"$w/s.err"
    src=$?
    if grep -q 'TCP Conversations' "$w/conv.txt"; then
        sconns=$(grep -c '<->' "$w/conv.txt" || true)
    else
        sconns=-
    fi

    vflag=()
    [ "$verbose" = 1 ] && vflag=(-v)
    "$PYTHON" "$tmp/compare.py" --name "$name" --pcap "$abs" --hdir "$w/h" \
        --flows "$w/flows.jsonl" --herr "$w/h.err" --hrc "$hrc" \
        --tdir "$w/t" --treport "$w/report.xml" --terr "$w/t.err" --trc "$trc" \
        --sconns "$sconns" --serr "$w/s.err" --src "$src" --tshark "$TSHARK" "${vflag[@]}"
    rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "$name ERROR: comparison failed (python exit $rc)"
        rc=2
    fi
    [ "$rc" -gt "$worst" ] && worst=$rc
    [ "$keep" = 1 ] || rm -rf -- "$w"
done
exit "$worst"
