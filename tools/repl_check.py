#!/usr/bin/env python3
"""repl_check.py -- tests for aster's interactive REPL, run in a pseudo-terminal.

Usage:
    python3 tools/repl_check.py --aster PATH/TO/aster [-k PATTERN] [-v]
                                [--timeout S] [--step S] [FILES or DIRS...]
    python3 tools/repl_check.py --aster PATH/TO/aster --pipe DIR [-k PATTERN]

Terminal tests (default folder tests/repl)
  Each NAME.repl file is a script of steps, one per line.  Every test gets a
  fresh temporary HOME (so the history file starts empty), TERM=xterm,
  COLUMNS=80, LINES=24 and LANG=C.UTF-8 (LC_ALL and LC_CTYPE unset).  The program starts in a new pseudo-terminal with
  the test file's folder as working directory.  --aster is split like a shell
  would split it, so `--aster "python3 -q"` runs CPython's REPL instead (useful
  to check the harness itself).

  Blank lines and lines starting with `#` are ignored.  Steps:

    start [ARGS...]     start `ASTER ARGS` in a new pty (ARGS split like a
                        shell would).  A test may start several sessions one
                        after the other; they share the same HOME.
    send TEXT           type TEXT.  Escapes: \\r (Enter), \\n, \\t (Tab), \\\\,
                        \\xHH (e.g. \\x03 Ctrl-C, \\x04 Ctrl-D, \\x1b[A Up-arrow).
                        Everything after `send ` counts, spaces included; write
                        a trailing space as \\x20 so editors keep it.
    expect REGEX        wait until the screen text since the mark matches
                        REGEX (Python syntax, ^ and $ match at line ends);
                        the mark then moves to the end of the match.
    wait REGEX          the same, but the mark stays where it is.  An
                        `expect` sees only text after the mark, so use `wait`
                        for a prompt that the next `expect` should include,
                        e.g. `wait ^>>> $` then `expect ^>>> None\\n>>> $`.
    absent REGEX        fail if the text the last `expect` moved over (from
                        the old mark to the end of its match) matches REGEX.
    sleep SECONDS       wait, reading output meanwhile.
    timeout SECONDS     change the limit of each following wait (default --step).
    exit STATUS         wait for the program to end with exit status STATUS.
    write PATH TEXT     create the file HOME/PATH holding TEXT (escapes as for
                        send); use it before `start`, e.g. to seed history.
    file PATH REGEX     the file HOME/PATH must exist and match REGEX.

  The screen text is the program's output with terminal escape sequences
  (CSI, OSC and other ESC sequences), carriage returns and other control
  characters except newline and tab removed; a backspace removes itself and
  the character before it (libedit writes " \\b" where a long line wraps).  The text typed is part of it,
  because the terminal echoes it, and a line the REPL erases and draws again
  appears twice.  Wait for a prompt before typing a line: what is typed while
  an entry runs is echoed twice (once by the terminal).

  Each test has an overall time limit (--timeout, default 20 s) and each wait
  its own (--step, default 5 s).  A failing test prints one line saying which
  step failed, then the last 20 lines of the screen text.

Pipe tests (--pipe DIR)
  Each NAME.in in DIR is fed as standard input to `ASTER -i --virtual-time`
  (the words after ASTER can be changed with --pipe-args), with stderr merged
  into stdout and DIR as working directory.  The output must equal NAME.out
  after normalisation: every 0x<hex digits> becomes `0x...`, trailing spaces
  are removed from each line, and a missing final newline is no difference.
  The exit status must be the number in NAME.rc, or 0 when there is none.

The last line printed is `N passed, N failed`; the exit status is 1 if any
test failed.
"""

import argparse
import difflib
import fnmatch
import os
import pty
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Terminal escape sequences, in the order they are tried.
ESCAPES = re.compile(
    r'\x1b\[[0-?]*[ -/]*[@-~]'              # CSI: ESC [ params final
    r'|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)'   # OSC: ESC ] ... BEL or ESC \
    r'|\x1b[()*+].'                         # character set selection
    r'|\x1b[^\[\]()*+]'                     # other two-byte sequences
    r'|\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*|[()*+])?$')  # cut off at the end
CONTROLS = re.compile(r'[\x00-\x08\x0b-\x1f\x7f]')


def screen_text(raw):
    """The output as text: escape sequences and control characters removed,
    and each backspace taking back the character before it on its line."""
    text = ESCAPES.sub('', raw.decode('utf-8', 'replace'))
    if '\b' in text:
        kept = []
        for ch in text:
            if ch != '\b':
                kept.append(ch)
            elif kept and kept[-1] != '\n':
                kept.pop()
        text = ''.join(kept)
    return CONTROLS.sub('', text)


def unescape(text):
    """Decode the escapes allowed in `send` and `write`."""
    simple = {'r': '\r', 'n': '\n', 't': '\t', '\\': '\\'}

    def one(m):
        s = m.group(1)
        return chr(int(s[1:], 16)) if s[0] == 'x' else simple[s]
    return re.sub(r'\\(x[0-9a-fA-F]{2}|[rnt\\])', one, text)


class Failure(Exception):
    pass


class Session:
    """One program running in a pseudo-terminal."""

    def __init__(self, argv, cwd, env):
        pid, fd = pty.fork()
        if pid == 0:                       # child: fd 0-2 are the pty
            try:
                if hasattr(termios, 'tcsetwinsize'):
                    termios.tcsetwinsize(0, (24, 80))
                os.chdir(cwd)
                os.execvpe(argv[0], argv, env)
            except BaseException as e:
                os.write(2, ('cannot run %s: %s\n' % (argv[0], e)).encode())
            os._exit(127)
        self.pid, self.fd = pid, fd
        self.raw = b''
        self.eof = False
        self.status = None                 # exit status once reaped

    def read(self, wait):
        """Read what output is there, waiting at most `wait` seconds."""
        if self.eof:
            self.poll()
            time.sleep(min(wait, 0.02))
            return
        ready, _, _ = select.select([self.fd], [], [], wait)
        if ready:
            try:
                data = os.read(self.fd, 65536)
            except OSError:                # EIO: the child closed the pty
                data = b''
            if data:
                self.raw += data
            else:
                self.eof = True

    def poll(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def send(self, text):
        try:
            os.write(self.fd, text.encode('utf-8'))
        except OSError as e:
            raise Failure('cannot type into the terminal: %s' % e)

    def close(self):
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
        os.close(self.fd)


class Test:
    def __init__(self, path, command, total, step):
        self.path, self.command = path, command
        self.deadline = time.monotonic() + total
        self.step = step
        self.home = tempfile.mkdtemp(prefix='repl_home_')
        self.env = dict(os.environ, HOME=self.home, TERM='xterm',
                        COLUMNS='80', LINES='24', LANG='C.UTF-8')
        for name in ('LC_ALL', 'LC_CTYPE', 'PYTHONSTARTUP', 'INPUTRC', 'EDITRC'):
            self.env.pop(name, None)
        self.session = None
        self.mark = 0          # where the text not yet matched starts
        self.last = ''         # text the last `expect` moved over

    def text(self):
        return screen_text(self.session.raw) if self.session else ''

    def time_left(self, limit):
        """Seconds this wait may still take; raises when the test is out of time."""
        now = time.monotonic()
        if now >= self.deadline:
            raise Failure('the test took longer than its overall time limit')
        return min(limit, self.deadline - now)

    def need_session(self):
        if self.session is None:
            raise Failure('no program started (missing `start`)')

    def run(self):
        with open(self.path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        try:
            for number, line in enumerate(lines, 1):
                line = line.rstrip('\r')
                if not line.strip() or line.lstrip().startswith('#'):
                    continue
                op, _, arg = line.partition(' ')
                try:
                    self.step_one(op, arg)
                except Failure as e:
                    return '%s:%d: %s: %s' % (self.path, number, line.strip(), e)
            return None
        finally:
            if self.session:
                self.session.close()
            shutil.rmtree(self.home, ignore_errors=True)

    def step_one(self, op, arg):
        if op == 'start':
            if self.session:
                self.session.close()
            argv = self.command + shlex.split(arg)
            self.session = Session(argv, os.path.dirname(os.path.abspath(self.path)),
                                   self.env)
            self.mark, self.last = 0, ''
        elif op == 'send':
            self.need_session()
            if self.session.poll() is not None:
                raise Failure('the program has already ended (status %d)'
                              % self.session.status)
            self.session.send(unescape(arg))
        elif op in ('expect', 'wait'):
            self.need_session()
            pattern = re.compile(arg, re.M)
            limit = time.monotonic() + self.step
            while True:
                text = self.text()
                m = pattern.search(text, self.mark)
                if m:
                    if op == 'expect':
                        self.last = text[self.mark:m.end()]
                        self.mark = m.end()
                    return
                if self.session.eof and self.session.poll() is not None:
                    raise Failure('not seen; the program ended (status %d)'
                                  % self.session.status)
                left = limit - time.monotonic()
                if left <= 0:
                    raise Failure('not seen within %g s' % self.step)
                self.session.read(self.time_left(left))
        elif op == 'absent':
            if re.search(arg, self.last, re.M):
                raise Failure('seen in the text the last expect passed over')
        elif op == 'sleep':
            end = time.monotonic() + float(arg)
            while time.monotonic() < end:
                wait = self.time_left(end - time.monotonic())
                if self.session:
                    self.session.read(wait)
                else:
                    time.sleep(wait)
        elif op == 'timeout':
            self.step = float(arg)
        elif op == 'exit':
            self.need_session()
            limit = time.monotonic() + self.step
            while self.session.poll() is None or not self.session.eof:
                left = limit - time.monotonic()
                if left <= 0:
                    raise Failure('still running after %g s' % self.step)
                self.session.read(self.time_left(min(left, 0.05)))
            status = self.session.status
            if status != int(arg):
                raise Failure('exit status %d' % status if status >= 0
                              else 'killed by signal %d' % -status)
        elif op == 'write':
            name, _, content = arg.partition(' ')
            with open(os.path.join(self.home, name), 'w', encoding='utf-8') as f:
                f.write(unescape(content))
        elif op == 'file':
            name, _, pattern = arg.partition(' ')
            path = os.path.join(self.home, name)
            if not os.path.exists(path):
                raise Failure('no file $HOME/%s' % name)
            with open(path, encoding='utf-8', errors='replace') as f:
                content = f.read()
            if not re.search(pattern, content, re.M):
                raise Failure('$HOME/%s does not match; it holds:\n%s'
                              % (name, indent(content)))
        else:
            raise Failure('unknown step %r' % op)


def indent(text, lines=None):
    rows = text.rstrip('\n').split('\n')
    if lines:
        rows = rows[-lines:]
    return '\n'.join('    | ' + row for row in rows)


def collect(paths, suffix, pattern):
    found = []
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith(suffix):
                    found.append(os.path.join(path, name))
        else:
            found.append(path)
    if pattern:
        found = [p for p in found if pattern in p or fnmatch.fnmatch(p, pattern)]
    return found


def run_pty_tests(args, command):
    paths = args.paths or [os.path.join(REPO, 'tests', 'repl')]
    passed = failed = 0
    for path in collect(paths, '.repl', args.k):
        test = Test(path, command, args.timeout, args.step)
        started = time.monotonic()
        try:
            problem = test.run()
        except Exception as e:            # a broken test file, not a REPL bug
            problem = '%s: harness error: %r' % (path, e)
        if problem:
            failed += 1
            print('FAIL ' + problem)
            print(indent(test.text(), 20))
        else:
            passed += 1
            if args.v:
                print('ok   %s (%.1f s)' % (path, time.monotonic() - started))
    return passed, failed


def normalise(text):
    text = re.sub(r'0x[0-9a-fA-F]+', '0x...', text)
    return '\n'.join(line.rstrip() for line in text.rstrip('\n').split('\n'))


def run_pipe_tests(args, command):
    passed = failed = 0
    extra = shlex.split(args.pipe_args)
    for path in collect([args.pipe], '.in', args.k):
        expected_path = path[:-3] + '.out'
        expected, output, problem = '', '', None
        if os.path.exists(expected_path):
            with open(expected_path, encoding='utf-8') as f:
                expected = f.read()
        else:
            problem = 'no %s' % os.path.basename(expected_path)
        with open(path, 'rb') as stdin:
            try:
                result = subprocess.run(command + extra, stdin=stdin,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        cwd=os.path.dirname(os.path.abspath(path)),
                                        timeout=args.timeout)
                output = result.stdout.decode('utf-8', 'replace')
            except subprocess.TimeoutExpired as e:
                output = (e.stdout or b'').decode('utf-8', 'replace')
                problem = 'timed out after %g s' % args.timeout
            except OSError as e:
                problem = 'cannot run %s: %s' % (command[0], e)
        status = 0
        if os.path.exists(path[:-3] + '.rc'):
            with open(path[:-3] + '.rc') as f:
                status = int(f.read())
        if problem is None and normalise(output) != normalise(expected):
            problem = 'output differs from %s' % os.path.basename(expected_path)
        elif problem is None and result.returncode != status:
            problem = 'exit status %d, expected %d' % (result.returncode, status)
        if problem:
            failed += 1
            print('FAIL %s: %s' % (path, problem))
            diff = list(difflib.unified_diff(normalise(expected).split('\n'),
                                             normalise(output).split('\n'),
                                             'expected', 'actual', lineterm=''))
            if diff and not problem.startswith(('no ', 'cannot run')):
                print(indent('\n'.join(diff)))
        else:
            passed += 1
            if args.v:
                print('ok   %s' % path)
    return passed, failed


def main():
    parser = argparse.ArgumentParser(
        description='Test aster\'s REPL in a pseudo-terminal (see the module docstring).')
    parser.add_argument('--aster', default=os.path.join(REPO, 'build', 'aster'),
                        help='the program to test, split like a shell would '
                        '(default build/aster)')
    parser.add_argument('-k', metavar='PATTERN',
                        help='only tests whose path contains PATTERN or matches it '
                        'as a shell glob')
    parser.add_argument('-v', action='store_true', help='also list passing tests')
    parser.add_argument('--timeout', type=float, default=20.0,
                        help='overall seconds per test (default 20)')
    parser.add_argument('--step', type=float, default=5.0,
                        help='seconds per wait (default 5)')
    parser.add_argument('--pipe', metavar='DIR',
                        help='run the NAME.in/NAME.out tests in DIR instead')
    parser.add_argument('--pipe-args', default='-i --virtual-time',
                        help='arguments after ASTER in --pipe mode '
                        '(default "-i --virtual-time"; write --pipe-args=-i '
                        'for a single word starting with -)')
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()

    command = shlex.split(args.aster)
    if os.sep in command[0]:
        command[0] = os.path.abspath(command[0])
    if args.pipe:
        passed, failed = run_pipe_tests(args, command)
    else:
        passed, failed = run_pty_tests(args, command)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
