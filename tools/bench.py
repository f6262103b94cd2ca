#!/usr/bin/env python3
"""bench.py -- run tests/bench/*.as under aster and python3, alternating.

    python3 tools/bench.py [--build DIR] [--runs N] [--python PY] [NAME...]

Every benchmark is a script that is valid Python too.  For each one, both
interpreters run it --runs times (default 3), interleaved so that a noisy
neighbour hurts both alike, and the table shows per interpreter the median
wall time, CPU time (user + system) and peak resident memory, the ratios
(python / aster: above 1 means aster is better), the cost of one operation
of the benchmark (ns per task switch, bytes per blocked task, ...), the
target the project set, and whether both printed the same checksum.
`startup` is `-c pass`.  See docs/internals/performance.md.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(ROOT, 'tests', 'bench')

# Runs one command in a fresh Python process that reports the child's wall
# time, CPU time and peak RSS, so every measurement belongs to one run.
# The peak is the child's VmHWM, polled while it runs: getrusage's
# ru_maxrss would count the forking Python's own memory.
MEASURE = (
    'import resource, subprocess, sys, tempfile, time\n'
    'out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()\n'
    't = time.perf_counter()\n'
    'p = subprocess.Popen(sys.argv[1:], stdout=out, stderr=err)\n'
    'peak = 0\n'
    'while p.poll() is None:\n'
    '    try:\n'
    '        for line in open("/proc/%d/status" % p.pid):\n'
    '            if line.startswith("VmHWM:"):\n'
    '                peak = max(peak, int(line.split()[1]))\n'
    '    except (OSError, ValueError):\n'
    '        pass\n'
    '    time.sleep(0.001)\n'
    't = time.perf_counter() - t\n'
    'u = resource.getrusage(resource.RUSAGE_CHILDREN)\n'
    'out.seek(0)\n'
    'err.seek(0)\n'
    'sys.stderr.buffer.write(err.read())\n'
    'print(p.returncode, t, u.ru_utime + u.ru_stime, peak)\n'
    'sys.stdout.buffer.write(out.read())\n')

# What one operation of each benchmark is: (unit, operations for size n).
# The size is the n= (or second) field of the first line printed.
OPERATIONS = {
    'a_sleep0': ('ns/switch', lambda n: n),
    'a_pingpong': ('ns/wakeup', lambda n: 2 * n),
    'a_spawn': ('ns/task', lambda n: n),
    'a_chain': ('ns/await', lambda n: 50 * n),
    'a_queue': ('ns/item', lambda n: n),
    'a_timers': ('ns/timer', lambda n: n),
}

# The targets: (what is compared, the ratio python/aster needed).
TARGETS = {
    'a_sleep0': ('time', 15), 'a_pingpong': ('time', 12), 'a_spawn': ('time', 10),
    'a_chain': ('time', 3), 'a_queue': ('time', 4), 'a_timers': ('cpu', 4),
    's_fib': ('time', 2.5), 's_loop': ('time', 5), 's_dict': ('time', 2),
    's_str': ('time', 2), 's_method': ('time', 2), 's_list': ('time', 2),
    'startup': ('time', 10),
}
MEM_TARGETS = {'a_spawn': 4}           # peak memory ratio python/aster
BYTES_PER_TASK_TARGET = 250            # a_mem


def run(cmd):
    """Wall time, CPU time, peak RSS in KiB and stdout of one run."""
    p = subprocess.run([sys.executable, '-c', MEASURE] + cmd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    head, _, out = p.stdout.partition('\n')
    rc, wall, cpu, peak = head.split()
    if rc != '0':
        raise RuntimeError('%s failed: %s' % (' '.join(cmd), p.stderr.strip()[-500:]))
    return float(wall), float(cpu), int(peak), out.strip()


def size_of(out):
    first = out.split('\n', 1)[0]
    m = re.search(r'\bn=(\d+)', first)
    if m:
        return int(m.group(1))
    fields = first.split()
    return int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else None


def bytes_per_task(out):
    m = re.search(r'bytes_per_task=(-?\d+)', out)
    return int(m.group(1)) if m else None


class Result:
    def __init__(self):
        self.wall, self.cpu, self.peak, self.out = [], [], 0, ''

    def add(self, wall, cpu, peak, out):
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.peak = max(self.peak, peak)
        self.out = out

    @property
    def time(self):
        return statistics.median(self.wall)

    @property
    def cputime(self):
        return statistics.median(self.cpu)


def per_op(name, r):
    if name == 'a_mem':
        b = bytes_per_task(r.out)
        return ('%d B/task' % b) if b is not None else '-'
    if name not in OPERATIONS:
        return '-'
    unit, ops = OPERATIONS[name]
    n = size_of(r.out)
    if not n:
        return '-'
    t = r.cputime if name == 'a_timers' else r.time
    return '%.0f %s' % (t * 1e9 / ops(n), unit)


def verdict(name, a, p):
    """The target and whether this run met it."""
    if name == 'a_mem':
        b = bytes_per_task(a.out)
        ok = b is not None and b <= BYTES_PER_TASK_TARGET
        return '<=%dB %s' % (BYTES_PER_TASK_TARGET, 'met' if ok else 'not met')
    if name not in TARGETS:
        return ''
    what, need = TARGETS[name]
    ratio = p.cputime / a.cputime if what == 'cpu' else p.time / a.time
    ok = ratio >= need
    text = '%s>=%gx' % ('cpu ' if what == 'cpu' else '', need)
    if name in MEM_TARGETS:
        ok = ok and p.peak / a.peak >= MEM_TARGETS[name]
        text += ',mem>=%gx' % MEM_TARGETS[name]
    return '%s %s' % (text, 'met' if ok else 'not met')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--python', default='python3')
    ap.add_argument('names', nargs='*')
    args = ap.parse_args()
    aster = os.path.join(args.build, 'aster')
    names = args.names or sorted(f[:-3] for f in os.listdir(BENCH) if f.endswith('.as')) + ['startup']
    print('%-10s %8s %8s %7s %8s %8s %7s %8s %8s %6s  %-16s %-16s %-22s %s' % (
        'bench', 'aster s', 'py s', 'ratio', 'aster cpu', 'py cpu', 'ratio',
        'aster MiB', 'py MiB', 'ratio', 'aster per op', 'py per op', 'target', 'checksum'))
    failed = False
    for name in names:
        if name == 'startup':
            cmd_args, runs = ['-c', 'pass'], max(args.runs, 10)
        else:
            cmd_args, runs = [os.path.join(BENCH, name + '.as')], args.runs
        a, p = Result(), Result()
        try:
            for _ in range(runs):
                a.add(*run([aster] + cmd_args))
                p.add(*run([args.python] + cmd_args))
        except (RuntimeError, OSError) as e:
            print('%-10s error: %s' % (name, e))
            failed = True
            continue
        # a_mem's second line is the memory it measured, not a checksum.
        same = a.out.split('\n')[0] == p.out.split('\n')[0] if name == 'a_mem' else a.out == p.out
        print('%-10s %8.3f %8.3f %6.2fx %8.3f %8.3f %6.2fx %8.1f %8.1f %5.2fx  %-16s %-16s %-22s %s' % (
            name, a.time, p.time, p.time / a.time, a.cputime, p.cputime,
            p.cputime / a.cputime if a.cputime else 0, a.peak / 1024, p.peak / 1024,
            p.peak / a.peak if a.peak else 0, per_op(name, a), per_op(name, p), verdict(name, a, p),
            'ok' if same else 'DIFFERS'))
        failed = failed or not same
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
