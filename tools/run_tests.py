#!/usr/bin/env python3
"""run_tests.py -- aster's whole test suite: C unit tests, checks, and
`aster test` over the golden scripts and the documentation's examples.

Usage:
    python3 tools/run_tests.py [--build DIR] [--gc-stress | --valgrind]
                               [-k PATTERN] [-j N] [--timeout SECONDS]
                               [--interp CMD] [--list] [PATHS...]

What it runs
  * C unit tests: every executable DIR/tests/unit_* (DIR is --build, default
    `build` in the repository).  Each counts as one test and passes when it
    exits with status 0; on failure its output is shown.  They run with the
    build directory as working directory.  Unit tests are skipped when PATHS
    are given (name one, e.g. build/tests/unit_gc, to run it) or when --interp
    is used.  The checks in Python run with them, one test each:
    tools/check_aster_test.py (checks `aster test`), tools/repl_check.py
    (the REPL in a pseudo-terminal, tests/repl, and on a pipe,
    tests/repl_pipe) and tools/limits_check.py (MemoryError, not a crash,
    under `ulimit -v`; it skips itself for an AddressSanitizer build).
  * `DIR/aster test docs tests` (or `aster test PATHS`): the golden scripts
    and the Markdown examples and transcripts, judged by aster's own
    runner (src/testrunner.c; docs/reference/test-runner.md).  Its failure
    reports are shown and its counts added to the total.  Under
    --gc-stress it skips the scripts marked `# gc-stress: skip`.
  * With --interp CMD, this script runs the golden scripts (under
    tests/golden, tests/asyncio, tests/seeds and tests/regression, or the
    PATHS given) and the examples in docs/ itself with CMD, by the same
    rules as below:
    that is how the corpus is checked against CPython.
      - Golden scripts: every NAME.as with NAME.out beside it, except
        scripts whose first five lines contain `# conform: skip` (helper
        modules), run in the script's folder.  A script with `# real-time`
        in its first five lines runs without --virtual-time.
      - Examples in Markdown files: a fenced block tagged `python` or
        `aster` followed directly by a block tagged `output` is run as a
        script, and its stdout must equal the output block.

How a golden script is judged
  * stdout must equal NAME.out after both are normalised: every
    0x<hex digits> becomes `0x…` (object addresses differ between runs),
    trailing whitespace is stripped from each line, and a missing final
    newline is no difference;
  * the exit status must equal NAME.rc (0 when there is no .rc);
  * when NAME.err exists, the last non-empty line of stderr must equal the
    last non-empty line of NAME.err (same normalisation).  Warning noise is
    ignored on both sides: `FILE:LINE: XxxWarning: ...` lines together with
    the indented source line after them, `sys:1: ...Warning` lines, and the
    `RuntimeWarning: Enable tracemalloc ...` hint.  So
    for an uncaught exception only the final `Type: message` line counts
    (aster's 3.7-style tracebacks differ from CPython 3.12's above it), and
    a test whose .err is empty fails if the interpreter writes anything else
    to stderr.
  * each script gets --timeout seconds (default 10).

Options
  --build DIR     build directory holding `aster` and tests/unit_* (default:
                  build/ in the repository)
  --gc-stress     set ASTER_GC_STRESS=1 (collect at every allocation), give
                  every test ten times the timeout, and skip scripts whose
                  first lines contain `# gc-stress: skip` (workloads that are
                  hopeless when every allocation walks the whole heap)
  --valgrind      run the unit tests and `aster test` (so every script,
                  example and transcript it starts) under valgrind memcheck,
                  see VALGRIND below; each test gets twenty times the
                  timeout; scripts marked `# valgrind: skip` and the checks
                  in Python (a pseudo-terminal's timing does not survive
                  valgrind) are skipped.  A process valgrind found errors
                  in (invalid reads and writes, uses of uninitialised
                  values, definitely lost blocks at exit) is a failure,
                  reported with its command line and valgrind's first
                  report; a golden script with errors also fails by its
                  exit status (99).  Suppressions, each with its reason:
                  tools/valgrind.supp.
  -k PATTERN      only tests whose path contains PATTERN or matches it as a
                  shell glob (e.g. -k int/ or -k '*recursion*')
  -j N            tests run in parallel, N at a time (default: CPU count)
  --timeout S     seconds per test (default 10)
  --interp CMD    run golden scripts with CMD instead of DIR/aster
                  --virtual-time.  CMD is split like a shell would; `{script}`
                  in it is replaced by the script's file name, otherwise the
                  name is appended.  Words of CMD naming an existing file
                  relative to the current directory are made absolute, since
                  each script runs in its own folder.  No --virtual-time is
                  added.  Unit tests are not run.
  --list          print the tests that would run, one per line, and exit

Checking the corpus against CPython
  CPython does not know --virtual-time and has no virtual clock; the shared
  tool pyvt.py gives it one (the goldens were made with it).  This passes
  every script:
      python3 tools/run_tests.py \\
          --interp '~/.pyenv/versions/3.12.1/bin/python3 /work/shared/tools/pyvt.py'
  Plain `--interp python3` also works except for the virtual-time tests
  (tests/golden/time) and the syntax-error/robustness tests where pyvt's
  compile() wording differs from CPython reading a file itself (invalid
  UTF-8, NUL byte).

Output: one `FAIL path: reason` line per failing test followed by a short
indented unified diff (at most ~30 lines), then the final line
`N passed, N failed`.  Exit status 1 if anything failed, 0 otherwise
(2 for a usage error such as a missing interpreter).
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import re
import shlex
import signal
import subprocess
import sys
import shutil
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_ROOT = os.path.join(REPO, 'docs')
GOLDEN_ROOTS = [os.path.join(REPO, 'tests', d) for d in ('golden', 'asyncio', 'seeds', 'regression')]
ADDR = re.compile(r'0x[0-9a-fA-F]+')
WARNING_LINE = re.compile(r'^(.*:\d+|sys:\d+): \w*Warning: ')
TRACEMALLOC_HINT = re.compile(r'^\w*Warning: Enable tracemalloc')
SKIP_MARK = re.compile(r'\s*#\s*conform:\s*skip\b')
GC_SKIP_MARK = re.compile(r'\s*#\s*gc-stress:\s*skip\b')
REAL_TIME_MARK = re.compile(r'\s*#\s*real-time\b')
VG_PREFIX = re.compile(r'^==\d+== ?')
VG_ERRORS = re.compile(r'^ERROR SUMMARY: (\d+) errors')
# Children are traced so that valgrind follows `aster test` into every
# process it starts; each process logs to a file of its own.
VALGRIND = ['valgrind', '--error-exitcode=99', '--leak-check=full',
            '--show-leak-kinds=definite', '--errors-for-leak-kinds=definite',
            '--trace-children=yes', '--child-silent-after-fork=yes',
            '--suppressions=' + os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             'valgrind.supp')]
MAX_DIFF_LINES = 30
MAX_OUTPUT = 16 * 1024 * 1024     # bytes of a test's stdout/stderr we read


class Test:
    """One thing to run: a unit test executable, a golden script, or an
    example in a Markdown file (code and expected stdout)."""

    def __init__(self, kind, path, line=0, code='', expected='', args=()):
        self.kind = kind            # 'unit', 'check', 'golden' or 'doc'
        self.path = path            # absolute
        self.line = line            # doc: line of the code block's fence
        self.code = code
        self.expected = expected
        self.args = list(args)      # check: its arguments

    @property
    def name(self):
        if self.kind == 'doc':
            return '%s:%d' % (display(self.path), self.line)
        return ' '.join([display(self.path)] + self.args)


def display(path):
    rel = os.path.relpath(path)
    return path if rel.startswith('..' + os.sep + '..') else rel


def head_lines(path, n=5):
    try:
        with open(path, 'rb') as f:
            return [f.readline().decode('utf-8', 'replace') for _ in range(n)]
    except OSError:
        return []


def has_mark(path, mark):
    return any(mark.match(line) for line in head_lines(path))


def read_text(path):
    try:
        with open(path, 'rb') as f:
            return f.read().decode('utf-8', 'replace')
    except OSError:
        return None


# ----------------------------------------------------------------- discovery

def unit_tests(build):
    d = os.path.join(build, 'tests')
    try:
        names = sorted(os.listdir(d))
    except OSError:
        return []
    out = []
    for n in names:
        p = os.path.join(d, n)
        # meson keeps object files in unit_x.p/ directories beside unit_x
        if n.startswith('unit_') and os.path.isfile(p) and os.access(p, os.X_OK):
            out.append(Test('unit', p))
    # Checks written in Python, each counted as one more test: `aster test`
    # itself, the REPL on a pseudo-terminal and on a pipe, and running out
    # of memory under an address-space limit.
    tools = os.path.join(REPO, 'tools')
    out.append(Test('check', os.path.join(tools, 'check_aster_test.py'), args=['--build', build]))
    aster = os.path.join(build, 'aster')
    out.append(Test('check', os.path.join(tools, 'repl_check.py'), args=['--aster', aster]))
    out.append(Test('check', os.path.join(tools, 'repl_check.py'),
                    args=['--aster', aster, '--pipe', 'tests/repl_pipe']))
    out.append(Test('check', os.path.join(tools, 'limits_check.py'), args=['--aster', aster]))
    return out


def golden_in(path):
    """The runnable scripts at PATH (a .as file or a directory tree)."""
    if os.path.isfile(path):
        return [path] if path.endswith('.as') else []
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.')
                         and d != '__pycache__')
        for n in sorted(files):
            if n.endswith('.as'):
                found.append(os.path.join(root, n))
    return found


FENCE = re.compile(r'^```\s*([\w-]*)\s*$')


def doc_examples(path):
    """The examples of a Markdown file: each fenced `python` or `aster`
    block immediately followed (blank lines aside) by an `output` block."""
    blocks = []                     # (tag, first line number, text, end index)
    lines = (read_text(path) or '').split('\n')
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, body = i, []
        i += 1
        while i < len(lines) and not lines[i].startswith('```'):
            body.append(lines[i])
            i += 1
        blocks.append((m.group(1), start + 1, '\n'.join(body) + '\n', i))
        i += 1
    tests = []
    for (tag, line, text, end), nxt in zip(blocks, blocks[1:] + [None]):
        if tag not in ('python', 'aster') or nxt is None or nxt[0] != 'output':
            continue
        between = lines[end + 1:nxt[1] - 1]
        if any(l.strip() for l in between):
            continue
        tests.append(Test('doc', path, line, text, nxt[2]))
    return tests


def docs_in(path):
    if os.path.isfile(path):
        return doc_examples(path) if path.endswith('.md') else []
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
        for n in sorted(files):
            if n.endswith('.md'):
                found += doc_examples(os.path.join(root, n))
    return found


def runnable_golden(path):
    return (os.path.exists(path[:-3] + '.out')
            and not has_mark(path, SKIP_MARK))


def matches(test, pattern):
    if not pattern:
        return True
    name = test.name
    return (pattern in name or fnmatch.fnmatch(name, pattern)
            or fnmatch.fnmatch(os.path.basename(name), pattern))


def is_unit_path(path):
    return (os.path.isfile(path) and os.path.basename(path).startswith('unit_')
            and not path.endswith('.as'))


def collect(args, build):
    """The tests this script runs itself: unit tests and checks, and with
    --interp the golden scripts and examples (otherwise `aster test`
    runs those, see run_aster_test)."""
    tests = []
    if args.paths:
        for p in args.paths:
            ap = os.path.abspath(p)
            if not os.path.exists(ap):
                sys.stderr.write('run_tests: no such file or directory: %s\n' % p)
                sys.exit(2)
            if is_unit_path(ap):
                if not args.interp:
                    tests.append(Test('unit', ap))
            elif args.interp:
                tests += [Test('golden', s) for s in golden_in(ap)
                          if runnable_golden(s)]
                tests += docs_in(ap)
    elif not args.interp:
        tests += unit_tests(build)
    else:
        tests += [Test('golden', s) for root in GOLDEN_ROOTS for s in golden_in(root)
                  if runnable_golden(s)]
        tests += docs_in(DOCS_ROOT)
    seen = set()
    out = []
    for t in tests:
        if t.name not in seen and matches(t, args.pattern):
            seen.add(t.name)
            out.append(t)
    return out


# --------------------------------------------------------------- comparison

def norm_lines(text):
    """Lines of TEXT with addresses masked and trailing whitespace removed;
    a final newline does not make an extra empty line."""
    text = ADDR.sub('0x\u2026', text)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [l.rstrip() for l in lines]


def last_stderr_line(text):
    lines = text.split('\n')
    kept = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if WARNING_LINE.match(line):
            i += 1
            if i < len(lines) and lines[i][:1] in (' ', '\t'):
                i += 1
            continue
        if TRACEMALLOC_HINT.match(line):
            i += 1
            continue
        kept.append(line)
        i += 1
    for line in reversed(kept):
        if line.strip():
            return ADDR.sub('0x\u2026', line).rstrip()
    return ''


def short_diff(expected, actual, a='expected', b='actual'):
    diff = list(difflib.unified_diff(expected, actual, a, b, n=2,
                                     lineterm=''))
    if len(diff) > MAX_DIFF_LINES:
        more = len(diff) - MAX_DIFF_LINES
        diff = diff[:MAX_DIFF_LINES] + ['... (%d more diff lines)' % more]
    return [clip(l) for l in diff]


def clip(line, n=200):
    return line if len(line) <= n else line[:n] + '... (%d chars)' % len(line)


def describe_status(rc):
    if rc is not None and rc < 0:
        try:
            return 'killed by %s' % signal.Signals(-rc).name
        except ValueError:
            return 'killed by signal %d' % -rc
    return 'exit status %s' % rc


def judge_golden(test, res):
    """Return (ok, reason, detail lines)."""
    base = test.path[:-3]
    out, err, rc, timed_out = res
    tail = ['stderr: ' + clip(l) for l in
            [l for l in err.split('\n') if l.strip()][-5:]]
    if timed_out:
        return False, 'timed out', tail
    problems = []
    detail = []
    exp_out = read_text(base + '.out') or ''
    e_lines, g_lines = norm_lines(exp_out), norm_lines(out)
    if e_lines != g_lines:
        problems.append('stdout differs')
        detail += short_diff(e_lines, g_lines)
    rc_text = (read_text(base + '.rc') or '').strip()
    exp_rc = int(rc_text) if rc_text else 0
    if rc != exp_rc:
        problems.append('expected exit status %d, got %s'
                        % (exp_rc, rc if rc >= 0 else describe_status(rc)))
    exp_err = read_text(base + '.err')
    if exp_err is not None:
        e, g = last_stderr_line(exp_err), last_stderr_line(err)
        if e != g:
            problems.append('stderr last line differs')
            detail += ['-' + clip(e), '+' + clip(g)]
    if rc != exp_rc and 'stderr last line differs' not in problems:
        detail += tail
    return not problems, '; '.join(problems), detail


def run_doc_example(test, args, build, env):
    """Runs a Markdown example as a script named after its file and line;
    only its stdout is compared."""
    with tempfile.TemporaryDirectory() as d:
        name = '%s_%d.as' % (os.path.splitext(os.path.basename(test.path))[0], test.line)
        with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
            f.write(test.code)
        out, err, rc, timed_out = run_process(interp_argv(args, build, name), d, env, args.timeout)
    if timed_out:
        return False, 'timed out', []
    e_lines, g_lines = norm_lines(test.expected), norm_lines(out)
    if e_lines != g_lines:
        tail = ['stderr: ' + clip(l) for l in [l for l in err.split('\n') if l.strip()][-3:]]
        return False, 'stdout differs', short_diff(e_lines, g_lines) + tail
    return True, '', []


def judge_unit(res):
    out, err, rc, timed_out = res
    if timed_out:
        reason = 'timed out'
    elif rc != 0:
        reason = describe_status(rc)
    else:
        return True, '', []
    lines = (out + err).rstrip('\n').split('\n') if (out + err).strip() \
        else ['(no output)']
    if len(lines) > MAX_DIFF_LINES:
        lines = ['... (%d lines before)' % (len(lines) - MAX_DIFF_LINES)] + \
            lines[-MAX_DIFF_LINES:]
    return False, reason, [clip(l) for l in lines]


# ------------------------------------------------------------------ running

def run_process(argv, cwd, env, timeout):
    """Run ARGV; return (stdout, stderr, status, timed_out)."""
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        try:
            p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                 stdout=fo, stderr=fe, start_new_session=True)
        except OSError as e:
            return '', 'cannot run %s: %s' % (argv[0], e), -1, False
        timed_out = False
        try:
            rc = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(p.pid, signal.SIGKILL)   # the session we created
            except OSError:
                pass
            rc = p.wait()
        out = []
        for f in (fo, fe):
            f.seek(0)
            data = f.read(MAX_OUTPUT + 1)
            text = data[:MAX_OUTPUT].decode('utf-8', 'replace')
            if len(data) > MAX_OUTPUT:
                text += '\n... (output truncated)\n'
            out.append(text)
        return out[0], out[1], rc, timed_out


def interp_argv(args, build, script, real_time=False):
    if args.interp_words is None:
        if real_time:
            return [os.path.join(build, 'aster'), script]
        return [os.path.join(build, 'aster'), '--virtual-time', script]
    words = [w.replace('{script}', script) for w in args.interp_words]
    if not any('{script}' in w for w in args.interp_words):
        words.append(script)
    return words


def run_test(test, args, build, env):
    if test.kind == 'unit':
        res = run_process(args.wrapper + [test.path], build, env, args.timeout * 6)
        return judge_unit(res)
    if test.kind == 'check':
        limits = ['--timeout', '%g' % (args.timeout * 2), '--step', '%g' % args.timeout] \
            if test.path.endswith('repl_check.py') else []
        res = run_process([sys.executable, test.path] + test.args + limits, REPO, env, args.timeout * 12)
        return judge_unit(res)
    if test.kind == 'doc':
        return run_doc_example(test, args, build, env)
    d, name = os.path.split(test.path)
    real_time = has_mark(test.path, REAL_TIME_MARK)
    res = run_process(interp_argv(args, build, name, real_time), d, env, args.timeout)
    return judge_golden(test, res)


def run_aster_test(args, build, env):
    """Runs `aster test` on the golden scripts and Markdown examples (the
    PATHS that are not unit tests, or docs/ and tests/), echoing its
    failure reports; returns (passed, failed, skipped)."""
    paths = [p for p in args.paths if not is_unit_path(os.path.abspath(p))]
    if args.paths and not paths:
        return 0, 0, 0
    cmd = args.wrapper + [os.path.join(build, 'aster'), 'test', '-j', str(args.jobs),
           '--timeout', '%g' % args.timeout]
    if args.pattern:
        cmd += ['-k', args.pattern]
    cmd += [os.path.abspath(p) for p in paths] or ['docs', 'tests']
    proc = subprocess.run(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors='replace')
    lines = proc.stdout.rstrip('\n').split('\n')
    m = re.match(r'^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$', lines[-1])
    if not m:
        print('FAIL aster test: no summary line (exit status %d)' % proc.returncode)
        for line in lines[-20:]:
            print('    ' + line)
        return 0, 1, 0
    for line in lines[:-1]:
        print(line)
    return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)


def valgrind_failures(logs):
    """Reports each process whose valgrind log in folder LOGS counts
    errors (its command line, then the start of valgrind's report);
    returns how many there were."""
    bad = 0
    for name in sorted(os.listdir(logs)):
        lines = [VG_PREFIX.sub('', l) for l in
                 (read_text(os.path.join(logs, name)) or '').split('\n')]
        m = [VG_ERRORS.match(l) for l in lines]
        count = max([int(x.group(1)) for x in m if x] or [0])
        if not count:
            continue
        bad += 1
        command = [l[len('Command: '):] for l in lines if l.startswith('Command: ')]
        print('FAIL valgrind: %d errors in %s' % (count, command[0] if command else name))
        # the report proper starts after the header's "Parent PID:" line
        body = lines[next((i + 1 for i, l in enumerate(lines)
                           if l.startswith('Parent PID:')), 0):]
        body = [l for l in body if l.strip()]
        for line in body[:MAX_DIFF_LINES]:
            print('    ' + clip(line))
    return bad


def resolve_interp(cmd):
    words = shlex.split(cmd)
    out = []
    for w in words:
        ew = os.path.expanduser(w)
        out.append(os.path.abspath(ew) if os.path.exists(ew) else ew)
    return out


def main():
    ap = argparse.ArgumentParser(
        description='Run aster\'s C unit tests and golden scripts.',
        epilog='See the docstring of this file for the comparison rules.')
    ap.add_argument('paths', nargs='*', metavar='PATHS',
                    help='golden scripts or directories (default: tests/golden'
                         ' plus the unit tests)')
    ap.add_argument('--build', metavar='DIR', default=os.path.join(REPO, 'build'),
                    help='build directory (default: build)')
    ap.add_argument('--gc-stress', action='store_true',
                    help='run with ASTER_GC_STRESS=1 and 10x the timeout')
    ap.add_argument('--valgrind', action='store_true',
                    help='run under valgrind memcheck with 20x the timeout')
    ap.add_argument('-k', dest='pattern', metavar='PATTERN',
                    help='only tests whose path contains/matches PATTERN')
    ap.add_argument('-j', dest='jobs', type=int, metavar='N',
                    default=os.cpu_count() or 2, help='parallel jobs')
    ap.add_argument('--timeout', type=float, default=10.0, metavar='SECONDS',
                    help='seconds per test (default 10)')
    ap.add_argument('--interp', metavar='CMD',
                    help='run scripts with CMD instead of DIR/aster --virtual-time')
    ap.add_argument('--list', action='store_true',
                    help='print the tests that would run and exit')
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    args.interp_words = resolve_interp(args.interp) if args.interp else None
    if args.interp is not None and not args.interp_words:
        ap.error('--interp needs a command')
    if args.jobs < 1:
        ap.error('-j needs a positive number')
    if args.valgrind and (args.gc_stress or args.interp):
        ap.error('--valgrind goes with neither --gc-stress nor --interp')
    args.wrapper = []
    vg_logs = None
    if args.valgrind and not args.list:
        vg_logs = tempfile.mkdtemp(prefix='aster-valgrind-')
        args.wrapper = VALGRIND + ['--log-file=' + os.path.join(vg_logs, '%p.log')]

    tests = collect(args, build)
    delegate = args.interp_words is None
    skipped = []
    if args.gc_stress:
        args.timeout *= 10
        skipped = [t for t in tests
                   if t.kind == 'golden' and has_mark(t.path, GC_SKIP_MARK)]
        tests = [t for t in tests if t not in skipped]
    if args.valgrind:
        args.timeout *= 20
        skipped = [t for t in tests if t.kind == 'check']
        tests = [t for t in tests if t not in skipped]

    if args.list:
        for t in tests:
            print(t.name)
        if delegate:
            paths = [p for p in args.paths if not is_unit_path(os.path.abspath(p))]
            print('(and what `aster test` finds in %s)' % ' '.join(paths or ['docs', 'tests']))
        return 0

    if delegate or any(t.kind == 'golden' for t in tests):
        aster = os.path.join(build, 'aster')
        if not os.access(aster, os.X_OK):
            sys.stderr.write('run_tests: %s not found: build aster first '
                             '(or use --build DIR / --interp CMD)\n'
                             % display(aster))
            return 2

    env = dict(os.environ)
    env.pop('PYTHONWARNINGS', None)
    # harmless for aster; make a CPython --interp behave like mkgold's runs
    env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8',
               PYTHONDONTWRITEBYTECODE='1')
    if args.gc_stress:
        env['ASTER_GC_STRESS'] = '1'
    if args.valgrind:
        env['ASTER_VALGRIND'] = '1'     # aster test skips `# valgrind: skip`

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        results = ex.map(lambda t: run_test(t, args, build, env), tests)
        for test, (ok, reason, detail) in zip(tests, results):
            if ok:
                passed += 1
                continue
            failed += 1
            print('FAIL %s: %s' % (test.name, reason))
            for line in detail:
                print('    ' + line)
            sys.stdout.flush()
    if delegate:
        p, f, s = run_aster_test(args, build, env)
        passed, failed = passed + p, failed + f
        if s:
            print('(%d skipped by aster test)' % s)
    if vg_logs:
        bad = valgrind_failures(vg_logs)
        failed += bad
        if bad:
            print('(valgrind logs kept in %s)' % vg_logs)
        else:
            shutil.rmtree(vg_logs, ignore_errors=True)
    if skipped:
        print('(%d skipped under --%s: %s)'
              % (len(skipped), 'valgrind' if args.valgrind else 'gc-stress',
                 ', '.join(os.path.basename(t.path) for t in skipped)))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
