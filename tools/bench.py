#!/usr/bin/env python3
"""bench.py -- run tests/bench/*.as under aster and python3, alternating.

    python3 tools/bench.py [--build DIR] [--runs N] [--python PY] [NAME...]

For each benchmark, both interpreters run it --runs times (default 3),
interleaved, and the table shows the median wall time of each, the ratio
(python time / aster time: above 1 means aster is faster), peak resident
memory of each, and whether the printed checksums agree.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(ROOT, 'tests', 'bench')


# Runs one command in a fresh Python process that reports the child's wall
# time and peak RSS, so every measurement belongs to exactly one run.
MEASURE = (
    'import resource, subprocess, sys, time\n'
    't = time.perf_counter()\n'
    'p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n'
    't = time.perf_counter() - t\n'
    'sys.stderr.buffer.write(p.stderr)\n'
    'print(p.returncode, t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n'
    'sys.stdout.buffer.write(p.stdout)\n')


def run(cmd):
    """Wall time, peak RSS in KiB and stdout of one run."""
    p = subprocess.run([sys.executable, '-c', MEASURE] + cmd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    head, _, out = p.stdout.partition('\n')
    rc, elapsed, peak = head.split()
    if rc != '0':
        raise RuntimeError('%s failed: %s' % (' '.join(cmd), p.stderr.strip()[-500:]))
    return float(elapsed), int(peak), out.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--python', default='python3')
    ap.add_argument('names', nargs='*')
    args = ap.parse_args()
    aster = os.path.join(args.build, 'aster')
    names = args.names or sorted(f[:-3] for f in os.listdir(BENCH) if f.endswith('.as'))
    print('%-10s %10s %10s %8s %10s %10s  %s' % ('bench', 'aster s', 'python s', 'ratio',
                                                'aster KiB', 'py KiB', 'checksum'))
    for name in names:
        path = os.path.join(BENCH, name + '.as')
        ta, tp, ma, mp = [], [], 0, 0
        outa = outp = None
        try:
            for _ in range(args.runs):
                t, m, outa = run([aster, path])
                ta.append(t)
                ma = max(ma, m)
                t, m, outp = run([args.python, path])
                tp.append(t)
                mp = max(mp, m)
        except (RuntimeError, OSError) as e:
            print('%-10s error: %s' % (name, e))
            continue
        a, p = statistics.median(ta), statistics.median(tp)
        print('%-10s %10.3f %10.3f %7.2fx %10d %10d  %s' % (
            name, a, p, p / a if a else 0, ma, mp, 'ok' if outa == outp else 'DIFFERS'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
