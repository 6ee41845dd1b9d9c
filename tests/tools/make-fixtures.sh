#!/usr/bin/env bash
# make-fixtures.sh: regenerates the synthetic pcaps/gen-* fixtures from tests/tools/fixtures/*.spec.
#
# Usage: tests/tools/make-fixtures.sh [--check]
#
#   (no option)  build mkpcap (with $CC, default cc, into a temporary directory) unless
#                MKPCAP names an existing binary; write pcaps/gen-NAME.pcap for every
#                tests/tools/fixtures/gen-NAME.spec; then make pcaps/gen-basic.pcapng
#                (editcap -F pcapng, only if editcap is installed; otherwise the existing
#                file is kept) and pcaps/gen-basic.pcap.gz (gzip -n: no name, no time).
#   --check      regenerate into a temporary directory and compare with pcaps/: every
#                gen-*.pcap must be byte-identical and gen-basic.pcap.gz must decompress
#                to gen-basic.pcap. Exits 1 on any difference. gen-basic.pcapng is not
#                compared (editcap writes its own version string into it).
#
# Environment: MKPCAP (prebuilt mkpcap), CC (compiler), PCAPDIR (default: <top>/pcaps).
# mkpcap writes host byte order; the committed files were made on a little-endian host.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
pcapdir=${PCAPDIR:-$top/pcaps}
check=0

case "${1:-}" in
"") ;;
--check) check=1 ;;
*)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mkfix.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

mkpcap=${MKPCAP:-}
if [ -z "$mkpcap" ]; then
    mkpcap=$tmp/mkpcap
    "${CC:-cc}" -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -O2 \
        "$here/mkpcap.c" -lpcap -o "$mkpcap"
fi

out=$tmp/out
mkdir -p "$out" "$pcapdir"

shopt -s nullglob
specs=("$here"/fixtures/gen-*.spec)
if [ ${#specs[@]} -eq 0 ]; then
    echo "$0: no specs in $here/fixtures" >&2
    exit 1
fi

for spec in "${specs[@]}"; do
    name=$(basename "$spec" .spec)
    "$mkpcap" "$spec" "$out/$name.pcap"
done

if [ $check -eq 1 ]; then
    bad=0
    for f in "$out"/gen-*.pcap; do
        name=$(basename "$f")
        if ! cmp -s "$f" "$pcapdir/$name"; then
            echo "differs or missing: pcaps/$name" >&2
            bad=1
        fi
    done
    if ! gzip -dc "$pcapdir/gen-basic.pcap.gz" 2>/dev/null | cmp -s - "$out/gen-basic.pcap"; then
        echo "differs or missing: pcaps/gen-basic.pcap.gz" >&2
        bad=1
    fi
    if [ $bad -eq 0 ]; then
        echo "all ${#specs[@]} gen-*.pcap fixtures are up to date"
    fi
    exit $bad
fi

for f in "$out"/gen-*.pcap; do
    mv -f "$f" "$pcapdir/$(basename "$f")"
done

if command -v editcap >/dev/null 2>&1; then
    editcap -F pcapng "$pcapdir/gen-basic.pcap" "$tmp/gen-basic.pcapng"
    mv -f "$tmp/gen-basic.pcapng" "$pcapdir/gen-basic.pcapng"
else
    echo "$0: editcap not found; pcaps/gen-basic.pcapng left as it is" >&2
fi

gzip -n -9 -c "$pcapdir/gen-basic.pcap" >"$tmp/gen-basic.pcap.gz"
mv -f "$tmp/gen-basic.pcap.gz" "$pcapdir/gen-basic.pcap.gz"

echo "wrote ${#specs[@]} pcaps + gen-basic.pcapng/.pcap.gz to $pcapdir"
