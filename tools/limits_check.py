#!/usr/bin/env python3
"""limits_check.py -- aster runs out of memory with a MemoryError, never
with a signal.

Usage:
    python3 tools/limits_check.py [--aster PATH] [--limit-mb N] [-k NAME]

Each case is a small script that allocates far too much (a huge list,
string, dict, int, very deep recursion, endless tasks).  It runs under an
address-space limit (RLIMIT_AS, what `ulimit -v` sets; default 256 MiB),
so malloc fails the way it does on a machine that is out of memory.  A
case passes when aster ends with the exit status and the last line of
standard error the case expects (an uncaught MemoryError's traceback ends
in `MemoryError`) or, for cases that catch the error, prints what the
case expects; a process killed by a signal (SIGABRT from an abort,
SIGSEGV) always fails.

The check is skipped (it passes, saying so) when aster was built with
AddressSanitizer: the sanitizer reserves terabytes of address space for
its shadow memory at start-up, so no address-space limit leaves it room
to run.  It looks at the build folder's meson options (b_sanitize) next
to the binary, and skips too when ASTER_LIMITS_CHECK=skip is set.
ASTER_GC_STRESS is removed from the cases' environment: collecting at
every allocation while filling hundreds of megabytes would take hours,
and the point here is running out of memory, not missing GC roots.

Prints one line per failing case, then `N passed, N failed`; exit status
1 if anything failed.
"""

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (name, script, expected exit status, expected last line of stderr or
#  None, expected stdout or None)
CASES = [
    ('huge list', '[0] * (10 ** 10)\n', 1, 'MemoryError', None),
    ('growing list',
     'items = []\n'
     'while True:\n'
     '    items.append([len(items), "x"])\n', 1, 'MemoryError', None),
    ('huge string', '"ab" * (10 ** 10)\n', 1, 'MemoryError', None),
    ('doubling string',
     's = "ab"\n'
     'while True:\n'
     '    s = s + s\n', 1, 'MemoryError', None),
    ('growing dict',
     'd = {}\n'
     'i = 0\n'
     'while True:\n'
     '    d[i] = str(i)\n'
     '    i += 1\n', 1, 'MemoryError', None),
    ('huge int power', 'x = 7 ** (10 ** 10)\n', 1, 'MemoryError', None),
    ('huge int product',
     'x = 1 << (8 * 10 ** 8 // 2)\n'
     'y = x * x * x\n', 1, 'MemoryError', None),
    ('int string conversion',
     'import sys\n'
     'sys.set_int_max_str_digits(0)\n'
     'x = 1 << (8 * 60 * 10 ** 6)\n'
     'print(len(str(x)))\n', 1,
     ('MemoryError', 'MemoryError: out of memory in integer arithmetic'), None),
    ('deep recursion',
     'import sys\n'
     'sys.setrecursionlimit(10 ** 8)\n'
     'def down(n, pad):\n'
     '    return down(n + 1, [pad])\n'
     'down(0, None)\n', 1, ('MemoryError', 'RecursionError: maximum recursion depth exceeded'), None),
    ('endless tasks',
     'import asyncio\n'
     'async def main():\n'
     '    while True:\n'
     '        asyncio.create_task(asyncio.sleep(1))\n'
     'asyncio.run(main())\n', 1, 'MemoryError', None),
    ('caught and carried on',
     'try:\n'
     '    items = []\n'
     '    while True:\n'
     '        items.append("x" * 1000)\n'
     'except MemoryError:\n'
     '    items = None\n'
     '    print("recovered")\n'
     'try:\n'
     '    s = "ab" * (10 ** 10)\n'
     'except MemoryError:\n'
     '    print("again")\n'
     'print(sum(range(1000)))\n', 0, None, 'recovered\nagain\n499500\n'),
]


def built_with_asan(aster):
    info = os.path.join(os.path.dirname(os.path.abspath(aster)), 'meson-info',
                        'intro-buildoptions.json')
    try:
        with open(info) as f:
            options = json.load(f)
    except (OSError, ValueError):
        return False
    return any(o.get('name') == 'b_sanitize' and o.get('value') not in ('none', '')
               for o in options)


def last_line(text):
    lines = [l.rstrip() for l in text.split('\n') if l.strip()]
    return lines[-1] if lines else ''


def run_case(aster, limit, script, env, timeout):
    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.as')
        with open(path, 'w') as f:
            f.write(script)
        try:
            p = subprocess.run([aster, '--virtual-time', path], cwd=d, env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout,
                               preexec_fn=limit_memory)
        except subprocess.TimeoutExpired:
            return None, '', 'timed out'
        return (p.returncode, p.stdout.decode('utf-8', 'replace'),
                p.stderr.decode('utf-8', 'replace'))


def judge(case, rc, out, err):
    name, _, want_rc, want_err, want_out = case
    if rc is None:
        return 'timed out'
    if rc < 0:
        try:
            sig = signal.Signals(-rc).name
        except ValueError:
            sig = 'signal %d' % -rc
        return 'killed by %s; stderr ends: %s' % (sig, last_line(err))
    problems = []
    if rc != want_rc:
        problems.append('exit status %d, expected %d' % (rc, want_rc))
    if want_err is not None:
        allowed = want_err if isinstance(want_err, tuple) else (want_err,)
        if last_line(err) not in allowed:
            problems.append('stderr ends %r, expected %s'
                            % (last_line(err), ' or '.join(repr(a) for a in allowed)))
    if want_out is not None and out != want_out:
        problems.append('stdout %r, expected %r' % (out[-200:], want_out))
    return '; '.join(problems)


def main():
    ap = argparse.ArgumentParser(description='Check that running out of memory '
                                 'raises MemoryError in aster.')
    ap.add_argument('--aster', default=os.path.join(REPO, 'build', 'aster'))
    ap.add_argument('--limit-mb', type=int, default=256,
                    help='address-space limit in MiB (default 256)')
    ap.add_argument('--timeout', type=float, default=60.0,
                    help='seconds per case (default 60)')
    ap.add_argument('-k', dest='pattern', help='only cases whose name contains this')
    args = ap.parse_args()
    args.aster = os.path.abspath(args.aster)
    if os.environ.get('ASTER_LIMITS_CHECK') == 'skip' or built_with_asan(args.aster):
        print('limits_check: skipped (AddressSanitizer build, or '
              'ASTER_LIMITS_CHECK=skip): an address-space limit leaves ASan no room')
        print('0 passed, 0 failed')
        return 0
    if not os.access(args.aster, os.X_OK):
        sys.stderr.write('limits_check: %s not found\n' % args.aster)
        return 2
    env = dict(os.environ)
    env.pop('ASTER_GC_STRESS', None)
    passed = failed = 0
    for case in CASES:
        if args.pattern and args.pattern not in case[0]:
            continue
        rc, out, err = run_case(args.aster, args.limit_mb << 20, case[1], env, args.timeout)
        problem = judge(case, rc, out, err)
        if problem:
            failed += 1
            print('FAIL %s: %s' % (case[0], problem))
        else:
            passed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
