#!/usr/bin/env python3
"""check_aster_test.py -- checks `aster test`, the runner built into aster.

Usage: python3 tools/check_aster_test.py [--build DIR]

Runs `aster test tests/runner` (everything there must pass) and then
`aster test` on scratch folders holding tests that must fail, be skipped
or be updated, checking the report and the exit status of each run.
Prints one line per check and exits 1 if any check failed.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = 0


def check(what, ok, output=''):
    global failures
    print('%s %s' % ('ok  ' if ok else 'FAIL', what))
    if not ok:
        failures += 1
        for line in output.rstrip('\n').split('\n'):
            print('    | ' + line)


def aster_test(aster, *args, cwd=REPO):
    proc = subprocess.run([aster, 'test', *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)
    return proc.returncode, proc.stdout + proc.stderr


def write(folder, name, text):
    with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
        f.write(text)


def summary(output):
    lines = output.rstrip('\n').split('\n')
    return lines[-1] if lines else ''


def check_sample_suite(aster):
    rc, out = aster_test(aster, 'tests/runner')
    check('tests/runner passes', rc == 0 and re.fullmatch(r'\d+ passed, 0 failed', summary(out)), out)


def check_failing_golden(aster, folder):
    write(folder, 'counting.as', 'for i in range(5):\n    print(i)\n')
    write(folder, 'counting.out', '0\n1\nwrong\n3\n4\n')
    write(folder, 'counting.rc', '0\n')
    write(folder, 'crash.as', 'print("start")\nraise ValueError("boom")\n')
    write(folder, 'crash.out', 'start\n')
    write(folder, 'crash.rc', '1\n')
    write(folder, 'crash.err', 'Traceback (most recent call last):\nValueError: bang\n')
    write(folder, 'helper.as', '# conform: skip\nprint("not a test")\n')
    write(folder, 'helper.out', 'never compared\n')
    rc, out = aster_test(aster, '.', cwd=folder)
    check('a failing golden exits 1', rc == 1, out)
    check('the stdout difference is shown as a diff',
          'FAIL ./counting.as: stdout differs' in out and '--- expected' in out
          and '+++ actual' in out and '\n    -wrong\n    +2\n' in out, out)
    check('the stderr difference is shown',
          'FAIL ./crash.as: stderr last line differs' in out
          and '-ValueError: bang' in out and '+ValueError: boom' in out, out)
    check('`# conform: skip` scripts are not tests', 'helper' not in out
          and summary(out) == '0 passed, 2 failed', out)
    rc, out = aster_test(aster, '-k', 'count', '.', cwd=folder)
    check('-k selects by name', rc == 1 and summary(out) == '0 passed, 1 failed', out)
    aster_test(aster, '--update', '.', cwd=folder)
    rc, out = aster_test(aster, '.', cwd=folder)
    check('--update makes failing goldens pass', rc == 0 and summary(out) == '2 passed, 0 failed', out)


EXAMPLES = '''\
```python
# test: skip shows the skip directive
print(1)
```

```output
2
```

```python
# test: error KeyError
print('no error here')
```

```python
# test: ellipsis
print('one two three')
```

```output
one ... four
```

```python
# test: frobnicate
print(1)
```

```python
# test: timeout 1
while True:
    pass
```

```python
# test: real-time
import time
print(time.time() > 1e9 + 1e8)
```

```output
True
```

```python
print('commented')

# Expected output:
#
#     commented
#     twice
```

```python
print('all printed')
raise SystemExit(4)
```

```output
all printed
```

```python
>>> 6 * 7
42
>>> print('typed')
typed
>>> 1 +
  File "<stdin>", line 1
    1 +
       ^
SyntaxError: invalid syntax
```

```python
>>> 'transcript'
'wrong'
```
'''


def check_timeout_marker(aster, folder):
    slow = '# real-time\n# timeout: %s -- a comment may follow\nimport time\ntime.sleep(1)\nprint("slept")\n'
    write(folder, 'slow.as', slow % '0.2')
    write(folder, 'slow.out', 'slept\n')
    write(folder, 'patient.as', slow % '30')
    write(folder, 'patient.out', 'slept\n')
    rc, out = aster_test(aster, '--timeout', '0.5', '.', cwd=folder)
    check('`# timeout: N` shortens a golden script\'s time', 'FAIL ./slow.as: timed out' in out, out)
    check('`# timeout: N` lengthens it past --timeout', 'patient.as' not in out and rc == 1, out)


def check_markdown(aster, folder):
    write(folder, 'doc.md', EXAMPLES)
    rc, out = aster_test(aster, 'doc.md', cwd=folder)
    check('Markdown failures exit 1', rc == 1, out)
    check('`# test: skip` counts as skipped', summary(out) == '2 passed, 7 failed, 1 skipped', out)
    check('`# test: error` needs the error', 'FAIL doc.md:10: expected KeyError, got exit status 0' in out, out)
    check('`# test: ellipsis` still compares the rest',
          'FAIL doc.md:15: stdout differs' in out and '+one two three' in out, out)
    check('an unknown directive fails', 'FAIL doc.md:24: unknown directive `# test: frobnicate`' in out, out)
    check('`# test: timeout` kills the example', 'FAIL doc.md:29: timed out' in out, out)
    check('`# Expected output:` comments are the output',
          'FAIL doc.md:45: stdout differs' in out and '-twice' in out, out)
    check('an example must exit with status 0', 'FAIL doc.md:54: exit status 4' in out, out)
    check('a `>>>` transcript runs in the REPL', 'doc.md:63' not in out, out)
    check('a transcript compares what the REPL printed',
          'FAIL doc.md:75: stdout differs' in out and "+'transcript'" in out, out)


def main():
    ap = argparse.ArgumentParser(description='Check `aster test`.')
    ap.add_argument('--build', default=os.path.join(REPO, 'build'), metavar='DIR',
                    help='build directory holding aster (default: build)')
    aster = os.path.abspath(os.path.join(ap.parse_args().build, 'aster'))
    if not os.access(aster, os.X_OK):
        sys.stderr.write('check_aster_test: %s not found: build aster first\n' % aster)
        return 2
    check_sample_suite(aster)
    with tempfile.TemporaryDirectory() as folder:
        check_failing_golden(aster, folder)
    with tempfile.TemporaryDirectory() as folder:
        check_timeout_marker(aster, folder)
    with tempfile.TemporaryDirectory() as folder:
        check_markdown(aster, folder)
    print('%d checks failed' % failures if failures else 'all checks passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
