#!/usr/bin/env bash
# run.sh - output escaping test: hostile bytes from the wire must never reach
# a terminal or split a log line.
#
#   tests/escape/run.sh                 # uses $HTTPSIFT, else /tmp/b/src/httpsift,
#                                       # else build/src/httpsift
#
# escape.pcap (written by gen.py, committed) holds one TCP connection whose
# method, request-target, Host, header names and values and reason phrases
# carry ESC [2J, OSC 0 title BEL, CR and LF (log injection: "x\r\nInjected: 1"),
# NUL, DEL, C1 controls as UTF-8 (U+009B) and invalid UTF-8 (\xff\xfe,
# overlong \xc0\xaf, surrogates, > U+10FFFF, truncated sequences).
# check.py runs httpsift with -o text, -o jsonl, --flows, --flows-only, -q,
# -r -, -o FORMAT:FILE, --write-streams DIR and --list-checks and asserts:
#   - text outputs and stderr hold no byte < 0x20 but '\n' and no byte >= 0x7f;
#   - every output line is a whole record (line counts as expected);
#   - text escapes wire bytes exactly as \xhh and \\ (httpsift(1));
#   - every JSON line is strict UTF-8 and parses with json.loads, and the
#     strings round-trip (valid UTF-8 as it is, invalid bytes as U+00hh);
#   - stream file names are plain ASCII and the files hold the wire bytes.
# Also checks that escape.pcap is what gen.py writes today.
# Prints "escape: N passed, N failed"; exit status 1 on any failure.

set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

if [[ -z ${HTTPSIFT:-} ]]; then
    for c in /tmp/b/src/httpsift "$REPO/build/src/httpsift" "$REPO/src/httpsift"; do
        if [[ -x $c ]]; then HTTPSIFT=$c; break; fi
    done
fi
if [[ -z ${HTTPSIFT:-} || ! -x $HTTPSIFT ]]; then
    echo "run.sh: httpsift binary not found (set HTTPSIFT=path)" >&2
    echo "escape: 0 passed, 1 failed"
    exit 1
fi
command -v python3 >/dev/null || { echo "run.sh: python3 missing" >&2; exit 1; }

TMP=$(mktemp -d /tmp/httpsift-escape.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

python3 "$HERE/gen.py" "$TMP/escape.pcap" >/dev/null
rc=0
python3 "$HERE/check.py" "$HTTPSIFT" "$HERE/escape.pcap" "$TMP/escape.pcap" || rc=$?
exit "$rc"
