#!/usr/bin/env python3
"""report.py - turn bench/run.sh's raw measurements into the markdown report.

usage: report.py RUN_DIR DATA_DIR

RUN_DIR/results.tsv has one line per measured run:
  file  tool  pair  rep  wall  user  sys  maxrss_kib  status  transactions
("pair" is the tool a floor run was paired with; for tool runs it equals
"tool").  DATA_DIR/FILE.json are gen-traffic.py's summaries (bytes, packets,
requests); RUN_DIR/parser.txt is parser-bench's output.  Prints the results
table, the parser table and the derived checks against the issue's targets.
"""
import json
import os
import re
import statistics
import sys

run_dir, data_dir = sys.argv[1], sys.argv[2]
HS_MODES = ('httpsift -o none', 'httpsift -o text', 'httpsift -o jsonl')
FILE_LABEL = {'spread-100m': '100 MB', 'prefix8-100m': '100 MB /8 clients', 'spread-1g': '1 GB'}

rows = []
with open(os.path.join(run_dir, 'results.tsv')) as f:
    for line in f:
        p = line.rstrip('\n').split('\t')
        rows.append(dict(file=p[0], tool=p[1], pair=p[2], rep=int(p[3]), wall=float(p[4]),
                         cpu=float(p[5]) + float(p[6]), rss=int(p[7]), status=int(p[8]),
                         txns=int(p[9]) if p[9] not in ('', '-') else None))

files = []
for r in rows:
    if r['file'] not in files:
        files.append(r['file'])
gen = {}
for fn in files:
    with open(os.path.join(data_dir, fn + '.json')) as f:
        gen[fn] = json.load(f)


def med(xs):
    return statistics.median(xs) if xs else float('nan')


# summary per (file, tool)
summ = {}
for fn in files:
    tools = []
    for r in rows:
        if r['file'] == fn and r['tool'] not in tools:
            tools.append(r['tool'])
    for t in tools:
        runs = [r for r in rows if r['file'] == fn and r['tool'] == t and r['pair'] == t]
        floors = [r for r in rows if r['file'] == fn and r['tool'] == 'floor' and r['pair'] == t]
        if t == 'floor':
            runs = [r for r in rows if r['file'] == fn and r['tool'] == 'floor']
            floors = runs
        s = dict(runs=len(runs), wall=med([r['wall'] for r in runs]), cpu=med([r['cpu'] for r in runs]),
                 floor=med([r['wall'] for r in floors]), rss=max(r['rss'] for r in runs) / 1024.0,
                 fail=sum(1 for r in runs if r['status'] != 0),
                 txns=sorted(set(r['txns'] for r in runs if r['txns'] is not None)))
        s['floor_cpu'] = med([r['cpu'] for r in floors])
        s['ratio'] = s['wall'] / s['floor'] if s['floor'] else float('nan')
        s['cratio'] = s['cpu'] / s['floor_cpu'] if s['floor_cpu'] else float('nan')
        summ[(fn, t)] = s

print('| file | tool | runs | wall s (median) | CPU s (median) | MB/s | k packets/s | k txn/s | x floor (wall) | x floor (CPU) | peak RSS MiB | transactions reported |')
print('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for fn in files:
    g = gen[fn]
    for (f2, t), s in summ.items():
        if f2 != fn:
            continue
        w = s['wall']
        tx = ', '.join(str(x) for x in s['txns']) if s['txns'] else '-'
        if s['txns'] and s['txns'] != [g['requests']]:
            tx += ' (generator: %d)' % g['requests']
        name = t if not s['fail'] else '%s (%d runs failed)' % (t, s['fail'])
        print('| %s | %s | %d | %.3f | %.3f | %.0f | %.0f | %.1f | %.2fx | %.2fx | %.1f | %s |' % (
            FILE_LABEL.get(fn, fn), name, s['runs'], w, s['cpu'], g['bytes'] / 1e6 / w,
            g['packets'] / 1e3 / w, g['requests'] / 1e3 / w, s['ratio'], s['cratio'], s['rss'], tx))
print()
busy = []
for fn in files:
    s = summ[(fn, 'floor')]
    if s['wall'] > 1.1 * s['cpu']:
        busy.append('%s: floor wall %.3f s vs CPU %.3f s' % (FILE_LABEL.get(fn, fn), s['wall'], s['cpu']))
la = os.path.join(run_dir, 'loadavg')
loads = open(la).read().split('\n') if os.path.exists(la) else []
if busy:
    print('**Warning: the machine was busy during the run** (%s; load average at start / end: %s). '
          'Wall times are inflated by other processes; the CPU-time ratios are the more trustworthy ones.'
          % ('; '.join(busy), ' / '.join(' '.join(l.split()[:3]) for l in loads if l.strip())))
    print()
print('Inputs (bench/gen-traffic.py, seed 1, 1000 concurrent connections):')
print()
for fn in files:
    g = gen[fn]
    print('- %s: %.1f MB, %d packets, %d connections, %d requests (%d pipelined connections, '
          '%d POST, %d HEAD, %d 100-continue, %d close-delimited)' % (
              FILE_LABEL.get(fn, fn), g['bytes'] / 1e6, g['packets'], g['connections'], g['requests'],
              g['pipelined_connections'], g['post_requests'], g['head_requests'], g['interim_responses'],
              g['close_delimited']))
print()

ptxt = ''
pp = os.path.join(run_dir, 'parser.txt')
if os.path.exists(pp):
    with open(pp) as f:
        ptxt = f.read()
    print('HTTP parser alone (bench/parser-bench.c, messages dumped by the generator from the 100 MB input):')
    print()
    print('\n'.join(l for l in ptxt.splitlines() if not l.startswith('ratio ')))
    print()

# ---- derived checks ----------------------------------------------------------
checks = []


def verdict(ok):
    return 'PASS' if ok else 'FAIL'


big = 'spread-1g' if 'spread-1g' in files else 'spread-100m'
note = '' if big == 'spread-1g' else ' (100 MB: --quick; target is for 1 GB)'


def add(what, target, wall, cpu, ok_wall, ok_cpu):
    """A check measured on wall time and on CPU time (None: not applicable)."""
    checks.append((what, target, wall, cpu, '-' if ok_wall is None else verdict(ok_wall),
                   '-' if ok_cpu is None else verdict(ok_cpu)))


for mode, lim in (('httpsift -o jsonl', 4.0), ('httpsift -o none', 2.5), ('httpsift -o text', None)):
    s = summ.get((big, mode))
    if s:
        add('%s / floor%s' % (mode, note), '<= %.1fx' % lim if lim else '(no target)', '%.2fx' % s['ratio'],
            '%.2fx' % s['cratio'], s['ratio'] <= lim if lim else None, s['cratio'] <= lim if lim else None)
rss = max((summ[(big, m)]['rss'], m) for m in HS_MODES if (big, m) in summ)
add('peak RSS, worst mode (%s)%s' % (rss[1], note), '<= 64 MiB', '%.1f MiB' % rss[0], '', rss[0] <= 64, None)
if 'spread-1g' in files:
    size_ratio = gen['spread-1g']['bytes'] / gen['spread-100m']['bytes']
    a, b = summ[('spread-1g', 'floor')], summ[('spread-100m', 'floor')]
    add('(reference) floor time 1 GB / 100 MB (bytes x%.2f)' % size_ratio, '-', '%.2f' % (a['wall'] / b['wall']),
        '%.2f' % (a['cpu'] / b['cpu']), None, None)
    for m in HS_MODES:
        a, b = summ.get(('spread-1g', m)), summ.get(('spread-100m', m))
        if a and b:
            r, rc = a['wall'] / b['wall'], a['cpu'] / b['cpu']
            add('%s time 1 GB / 100 MB (bytes x%.2f)' % (m, size_ratio), '9 .. 11', '%.2f' % r, '%.2f' % rc,
                9 <= r <= 11, 9 <= rc <= 11)
    for m in HS_MODES:
        a, b = summ.get(('spread-1g', m)), summ.get(('spread-100m', m))
        if a and b:
            r = a['rss'] / b['rss']
            add('%s peak RSS 1 GB / 100 MB (%.1f / %.1f MiB)' % (m, a['rss'], b['rss']), '<= 1.2', '%.2f' % r, '',
                r <= 1.2, None)
else:
    add('time and RSS, 1 GB / 100 MB', '9 .. 11, <= 1.2', 'not measured (--quick)', '', None, None)
for m in re.findall(r'ratio chunk=(\d+) httpsift/http-parser ([\d.]+)', ptxt):
    add('parser speed / http-parser, %s bytes per call (best of runs)' % m[0], '>= 1.8x', '%sx' % m[1], '',
        float(m[1]) >= 1.8, None)
if 'prefix8-100m' in files:
    for m in HS_MODES + ('tcpdump -w /dev/null',):
        a, b = summ.get(('prefix8-100m', m)), summ.get(('spread-100m', m))
        if a and b:
            r, rc = a['wall'] / b['wall'], a['cpu'] / b['cpu']
            add('%s: time with /8 clients / with spread clients, 100 MB' % m, '<= 1.0 (1.05: noise)',
                '%.3f' % r, '%.3f' % rc, r <= 1.05, rc <= 1.05)
for fn in files:
    for m in HS_MODES:
        s = summ.get((fn, m))
        if s:
            ok = s['txns'] == [gen[fn]['requests']]
            add('%s transactions on %s = generator requests' % (m, FILE_LABEL.get(fn, fn)),
                str(gen[fn]['requests']), ', '.join(map(str, s['txns'])) or '?', '', ok, None)

print('Derived checks:')
print()
print('| check | target | measured (wall) | measured (CPU) | verdict (wall) | verdict (CPU) |')
print('| --- | --- | --- | --- | --- | --- |')
for c in checks:
    print('| %s | %s | %s | %s | %s | %s |' % c)
