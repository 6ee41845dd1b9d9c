#!/usr/bin/env bash
# privdrop.sh - httpsift gives up root after opening a live capture (httpsift(1)
# PRIVILEGES), checked from /proc/PID/status, in a network namespace made here.
#
#   sudo tests/soak/privdrop.sh       # HTTPSIFT=path overrides the binary
#
# In a fresh network namespace (only its own lo, brought up here; no veth, no
# address outside the namespace), with httpsift -i lo:
#   1. as root without -Z: after "listening on", Uid/Gid (real, effective,
#      saved, fs) are nobody's, supplementary groups are nobody's, and no
#      capability is left (CapPrm/CapEff/CapAmb 0); an HTTP exchange inside the
#      namespace is still captured and printed;
#   2. -o FILE is opened after the drop: the file belongs to nobody, and an
#      output in a directory only root can write fails with exit status 1;
#   3. -Z root as root: stays root;
#   4. -Z nobody-such-user: exit status 1 and a message naming the user;
#   5. as nobody (setpriv --reuid=nobody --regid=nogroup --clear-groups): a live
#      capture fails with exit status 1 and the permission message that names
#      the capability (cap_net_raw) and setcap;
#   6. reading a file (-r -) as root keeps root; -Z nobody with -r drops;
#   7. as nobody, -Z root (another user) is an error (exit status 1), as
#      httpsift(1) says;
#   8. --write-streams DIR as root (reading a file, so root is kept): nobody
#      owns DIR and has planted symbolic links under the stream file names
#      (data and .gaps) pointing at a root-owned file.  httpsift refuses DIR
#      (exit status 1, a message naming it) and the file is untouched; with
#      --allow-foreign-output-dir the links are still not followed; a DIR
#      root owns is written as before.
# Exit status: 0 all passed, 1 a check failed, 77 skipped (not root, or
# `ip netns` unusable).  Prints "privdrop: N passed, N failed".  The namespace
# and every process started here are removed on exit.

set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

if [[ $(id -u) -ne 0 ]]; then
    echo "privdrop.sh: skipped: must run as root" >&2
    exit 77
fi
command -v ip >/dev/null 2>&1 || { echo "privdrop.sh: skipped: no ip command" >&2; exit 77; }
command -v setpriv >/dev/null 2>&1 || { echo "privdrop.sh: skipped: no setpriv" >&2; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "privdrop.sh: python3 missing" >&2; exit 1; }
if [[ -z ${HTTPSIFT:-} ]]; then
    for c in /tmp/b/src/httpsift "$REPO/build/src/httpsift" "$REPO/src/httpsift"; do
        if [[ -x $c ]]; then HTTPSIFT=$c; break; fi
    done
fi
[[ -n ${HTTPSIFT:-} && -x $HTTPSIFT ]] || { echo "privdrop.sh: httpsift binary not found (set HTTPSIFT)" >&2; exit 1; }
getent passwd nobody >/dev/null || { echo "privdrop.sh: no user nobody" >&2; exit 1; }
NOBODY_UID=$(id -u nobody)
NOBODY_GID=$(id -g nobody)
NOGROUP=$(getent group "$NOBODY_GID" | cut -d: -f1)

NS=httpsift-privdrop-$$
WORK=$(mktemp -d /tmp/httpsift-privdrop.XXXXXX)
chmod 755 "$WORK"
PIDS=()

cleanup() {
    local p
    set +e
    for p in "${PIDS[@]}"; do
        kill -TERM "$p" 2>/dev/null
    done
    for p in "${PIDS[@]}"; do
        for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
            kill -0 "$p" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$p" 2>/dev/null
        wait "$p" 2>/dev/null
    done
    ip netns del "$NS" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

if ! ip netns add "$NS" 2>"$WORK/netns.err"; then
    echo "privdrop.sh: skipped: ip netns add failed: $(cat "$WORK/netns.err")" >&2
    exit 77
fi
ip netns exec "$NS" ip link set lo up || { echo "privdrop.sh: skipped: cannot bring lo up in $NS" >&2; exit 77; }
NSX=(ip netns exec "$NS")

PASS=0
FAIL=0
check() {   # NAME STATUS(0=ok) DETAIL
    if [[ $2 == 0 ]]; then
        printf 'ok      %s\n' "$1"; PASS=$((PASS + 1))
    else
        printf 'FAILED  %s: %s\n' "$1" "$3"; FAIL=$((FAIL + 1))
    fi
}
is() { [[ $1 == "$2" ]]; echo $?; }

# status_field PID NAME: the value of NAME: in /proc/PID/status (tabs -> spaces)
status_field() { awk -v k="$2:" '$1 == k { $1 = ""; sub(/^ /, ""); print; exit }' "/proc/$1/status" 2>/dev/null; }

# start_live ERRFILE OUTFILE [ARGS...]: httpsift -i lo in the namespace, in the
# background; waits for "listening on" (or exit).  Sets LPID.
start_live() {
    local err=$1 out=$2 i
    shift 2
    "${NSX[@]}" "$HTTPSIFT" -i lo -l "$@" 'tcp port 8080' >"$out" 2>"$err" &
    LPID=$!
    PIDS+=("$LPID")
    for ((i = 0; i < 50; i++)); do
        grep -q 'listening on' "$err" 2>/dev/null && return 0
        kill -0 "$LPID" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# stop_live: SIGINT, wait, LRC = exit status
stop_live() {
    local i
    kill -INT "$LPID" 2>/dev/null
    for ((i = 0; i < 50; i++)); do
        kill -0 "$LPID" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$LPID" 2>/dev/null
    wait "$LPID" 2>/dev/null
    LRC=$?
}

# ---------------------------------------------------------------- 1. default: nobody
echo "--- 1. live capture as root, no -Z (namespace $NS, lo)"
if start_live "$WORK/1.err" "$WORK/1.out"; then
    check "starts and listens" 0 ""
    uidl=$(status_field "$LPID" Uid)
    gidl=$(status_field "$LPID" Gid)
    grps=$(status_field "$LPID" Groups)
    echo "        Uid: $uidl | Gid: $gidl | Groups: ${grps:-(none)}"
    echo "        CapPrm $(status_field "$LPID" CapPrm) CapEff $(status_field "$LPID" CapEff) CapAmb $(status_field "$LPID" CapAmb)"
    check "Uid real/effective/saved/fs are nobody ($NOBODY_UID)" \
        "$(is "$(echo $uidl)" "$NOBODY_UID $NOBODY_UID $NOBODY_UID $NOBODY_UID")" "Uid: $uidl"
    check "Gid real/effective/saved/fs are nobody's group ($NOBODY_GID)" \
        "$(is "$(echo $gidl)" "$NOBODY_GID $NOBODY_GID $NOBODY_GID $NOBODY_GID")" "Gid: $gidl"
    want_groups=$(id -G nobody | tr ' ' '\n' | sort -n | tr '\n' ' ' | sed 's/ $//')
    got_groups=$(echo "$grps" | tr ' ' '\n' | sed '/^$/d' | sort -n | tr '\n' ' ' | sed 's/ $//')
    # initgroups(nobody) gives nobody's groups; no group of root's may remain
    check "supplementary groups are nobody's (none of root's)" \
        "$([[ -z $got_groups || $got_groups == "$want_groups" ]]; echo $?)" "Groups: '$grps', nobody's: '$want_groups'"
    check "no capabilities left (CapPrm, CapEff, CapAmb all 0)" \
        "$([[ $(status_field "$LPID" CapPrm) =~ ^0+$ && $(status_field "$LPID" CapEff) =~ ^0+$ && $(status_field "$LPID" CapAmb) =~ ^0+$ ]]; echo $?)" \
        "CapPrm $(status_field "$LPID" CapPrm) CapEff $(status_field "$LPID" CapEff)"
    # an HTTP exchange inside the namespace is still captured after the drop
    "${NSX[@]}" python3 -m http.server --bind 127.0.0.1 --directory "$WORK" 8080 >"$WORK/http.log" 2>&1 &
    SRV=$!
    PIDS+=("$SRV")
    got=1
    for ((i = 0; i < 50; i++)); do
        if "${NSX[@]}" python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/', timeout=1).read()" 2>/dev/null; then
            got=0; break
        fi
        sleep 0.1
    done
    seen=1
    for ((i = 0; i < 30 && got == 0; i++)); do
        if grep -q ' GET 127.0.0.1:8080 / 200 ' "$WORK/1.out"; then seen=0; break; fi
        sleep 0.1
    done
    check "still captures after dropping root (GET / 200 printed)" "$seen" \
        "client ok=$((!got)); output: $(head -c 300 "$WORK/1.out")"
    kill -TERM "$SRV" 2>/dev/null; wait "$SRV" 2>/dev/null
    stop_live
    check "exits 0 on SIGINT" "$(is "$LRC" 0)" "exit $LRC: $(tail -n 3 "$WORK/1.err")"
else
    check "starts and listens" 1 "$(cat "$WORK/1.err")"
fi

# ---------------------------------------------------------------- 2. outputs after the drop
echo "--- 2. outputs are opened after the drop"
mkdir -p "$WORK/pub" "$WORK/rootonly"
chmod 1777 "$WORK/pub"
chmod 700 "$WORK/rootonly"
if start_live "$WORK/2.err" /dev/null -o "jsonl:$WORK/pub/out.jsonl"; then
    sleep 0.3
    owner=$(stat -c %u "$WORK/pub/out.jsonl" 2>/dev/null || echo missing)
    check "-o jsonl:FILE is created by nobody" "$(is "$owner" "$NOBODY_UID")" "owner uid $owner"
    stop_live
else
    check "-o jsonl:FILE is created by nobody" 1 "did not start: $(cat "$WORK/2.err")"
fi
"${NSX[@]}" timeout 10 "$HTTPSIFT" -i lo -o "jsonl:$WORK/rootonly/out.jsonl" 'tcp port 8080' \
    >/dev/null 2>"$WORK/2b.err"
rc=$?
check "-o in a directory only root can write: exit status 1" "$(is "$rc" 1)" "exit $rc: $(cat "$WORK/2b.err")"
check "  ... with a message naming the file" \
    "$(grep -q "rootonly/out.jsonl" "$WORK/2b.err"; echo $?)" "$(cat "$WORK/2b.err")"
check "  ... and no file left behind" "$([[ ! -e $WORK/rootonly/out.jsonl ]]; echo $?)" "file exists"
echo "        message: $(grep -v 'listening on' "$WORK/2b.err" | head -n 2)"

# ---------------------------------------------------------------- 3. -Z root
echo "--- 3. -Z root as root"
if start_live "$WORK/3.err" /dev/null -Z root; then
    uidl=$(status_field "$LPID" Uid)
    echo "        Uid: $uidl | Gid: $(status_field "$LPID" Gid)"
    check "-Z root: stays root (Uid 0 0 0 0)" "$(is "$(echo $uidl)" "0 0 0 0")" "Uid: $uidl"
    stop_live
    check "-Z root: exits 0 on SIGINT" "$(is "$LRC" 0)" "exit $LRC"
else
    check "-Z root: starts" 1 "$(cat "$WORK/3.err")"
fi

# ---------------------------------------------------------------- 4. -Z unknown user
echo "--- 4. -Z with a user that does not exist"
BADUSER=no-such-user-$$
"${NSX[@]}" timeout 10 "$HTTPSIFT" -i lo -Z "$BADUSER" 'tcp port 8080' >/dev/null 2>"$WORK/4.err"
rc=$?
echo "        message: $(head -n 2 "$WORK/4.err")"
check "-Z $BADUSER: exit status 1" "$(is "$rc" 1)" "exit $rc"
check "-Z $BADUSER: the message names the user" "$(grep -q "$BADUSER" "$WORK/4.err"; echo $?)" "$(cat "$WORK/4.err")"
check "-Z $BADUSER: it does not start listening" "$(! grep -q 'listening on' "$WORK/4.err"; echo $?)" "$(cat "$WORK/4.err")"

# ---------------------------------------------------------------- 5. not root
echo "--- 5. live capture as nobody (setpriv --reuid=nobody --regid=$NOGROUP --clear-groups)"
SP=(setpriv --reuid="$NOBODY_UID" --regid="$NOBODY_GID" --clear-groups)
"${NSX[@]}" timeout 10 "${SP[@]}" "$HTTPSIFT" -i lo 'tcp port 8080' >/dev/null 2>"$WORK/5.err"
rc=$?
echo "        message: $(head -n 2 "$WORK/5.err")"
check "as nobody: exit status 1" "$(is "$rc" 1)" "exit $rc"
check "as nobody: the message says permission denied" \
    "$(grep -qi 'permission denied\|operation not permitted' "$WORK/5.err"; echo $?)" "$(cat "$WORK/5.err")"
check "as nobody: the message names CAP_NET_RAW" "$(grep -qi 'cap_net_raw' "$WORK/5.err"; echo $?)" "$(cat "$WORK/5.err")"
check "as nobody: the message tells how (setcap)" "$(grep -q 'setcap' "$WORK/5.err"; echo $?)" "$(cat "$WORK/5.err")"
check "as nobody: a single line on stderr" "$(is "$(wc -l <"$WORK/5.err")" 1)" "$(cat "$WORK/5.err")"

# ---------------------------------------------------------------- 6. file reads
echo "--- 6. reading a capture (-r -) from a pipe that stays open"
# a valid pcap header, then nothing until the writer goes away
FIFO="$WORK/fifo"
mkfifo "$FIFO"
chmod 666 "$FIFO"
file_case() {   # NAME WANT_UID ARGS...
    local name=$1 want=$2 rc uidl
    shift 2
    "$HTTPSIFT" -r - -o none "$@" <"$FIFO" >/dev/null 2>"$WORK/6.err" &
    local hp=$!
    PIDS+=("$hp")
    python3 -c "
import struct, sys, time
sys.stdout.buffer.write(struct.pack('<IHHiIII', 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)); sys.stdout.flush()
time.sleep(1.5)" >"$FIFO" &
    local wp=$!
    PIDS+=("$wp")
    sleep 0.8
    uidl=$(status_field "$hp" Uid)
    check "$name (Uid: $uidl)" "$(is "$(echo $uidl)" "$want $want $want $want")" "Uid: '$uidl'; $(cat "$WORK/6.err")"
    wait "$wp" 2>/dev/null
    wait "$hp" 2>/dev/null
    rc=$?
    check "$name: exits 0 at the end of the input" "$(is "$rc" 0)" "exit $rc: $(cat "$WORK/6.err")"
}
file_case "-r - as root: keeps root" 0
file_case "-r - as root with -Z nobody: drops to nobody" "$NOBODY_UID" -Z nobody

# ---------------------------------------------------------------- 7. -Z when not root
echo "--- 7. -Z naming another user when not root (httpsift(1): ignored, as in tcpdump)"
python3 "$REPO/tests/escape/gen.py" "$WORK/x.pcap" >/dev/null && chmod 644 "$WORK/x.pcap"
"${SP[@]}" "$HTTPSIFT" -r "$WORK/x.pcap" -o none -Z root >/dev/null 2>"$WORK/7.err"
rc=$?
echo "        exit $rc; stderr: $(grep -m1 -v 'packets captured' "$WORK/7.err" | head -c 200)"
check "as nobody, -Z root with -r: ignored, exit status 0" "$(is "$rc" 0)" "exit $rc"

# ---------------------------------------------------------------- 8. --write-streams symlinks
echo "--- 8. --write-streams DIR as root, DIR owned by nobody with planted symlinks"
GAP_PCAP=$REPO/pcaps/gen-gap.pcap
# the stream file names, from a run into a directory root owns
"$HTTPSIFT" -r "$GAP_PCAP" -o none --write-streams "$WORK/ref" >/dev/null 2>"$WORK/8ref.err"
rc=$?
names=$(cd "$WORK/ref" 2>/dev/null && ls)
check "--write-streams into a root-owned DIR: exit 0, data and .gaps files written" \
    "$([[ $rc == 0 && $names == *.gaps* && $(echo "$names" | wc -l) -ge 3 ]]; echo $?)" \
    "exit $rc, files: $names; $(cat "$WORK/8ref.err")"
printf 'precious\n' >"$WORK/victim"
chmod 644 "$WORK/victim"
plant() {   # DIR: a nobody-owned DIR with a symlink to the victim under every name
    mkdir -p "$1"
    chown "$NOBODY_UID:$NOBODY_GID" "$1"
    local n
    for n in $names; do
        "${SP[@]}" ln -sf "$WORK/victim" "$1/$n" || return 1
    done
}
if [[ -n $names ]] && plant "$WORK/evil"; then
    "$HTTPSIFT" -r "$GAP_PCAP" -o none --write-streams "$WORK/evil" >/dev/null 2>"$WORK/8a.err"
    rc=$?
    echo "        message: $(grep -v 'packets captured' "$WORK/8a.err" | head -n 1)"
    check "DIR owned by nobody: refused with exit status 1" "$(is "$rc" 1)" "exit $rc: $(cat "$WORK/8a.err")"
    check "  ... with a message naming DIR" "$(grep -q "$WORK/evil" "$WORK/8a.err"; echo $?)" "$(cat "$WORK/8a.err")"
    check "  ... and the symlinked root-owned file untouched" \
        "$(is "$(cat "$WORK/victim")" precious)" "victim now: $(head -c 100 "$WORK/victim" | od -c | head -n 2)"
    printf 'precious\n' >"$WORK/victim"
    "$HTTPSIFT" -r "$GAP_PCAP" -o none --write-streams "$WORK/evil" --allow-foreign-output-dir \
        >/dev/null 2>"$WORK/8b.err"
    rc=$?
    check "--allow-foreign-output-dir: the symlinks are not followed (file untouched)" \
        "$(is "$(cat "$WORK/victim")" precious)" "exit $rc; victim now: $(head -c 100 "$WORK/victim" | od -c | head -n 2)"
    check "  ... and the refused opens are reported" \
        "$(grep -q -- '--write-streams' "$WORK/8b.err"; echo $?)" "exit $rc: $(cat "$WORK/8b.err")"
else
    check "plant symlinks as nobody" 1 "names: '$names'"
fi

echo "privdrop: $PASS passed, $FAIL failed"
((FAIL == 0))
