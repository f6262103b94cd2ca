#!/usr/bin/env python3
"""asyncio_diffgen.py -- random asyncio programs, run under aster and CPython.

Usage:
    tools/asyncio_diffgen.py print --seed N
    tools/asyncio_diffgen.py write DIR [--count 50] [--seed S] [--python CMD]
    tools/asyncio_diffgen.py run [--count N] [--seed S] [--aster CMD]
                                 [--python CMD] [-j N] [--keep DIR]
                                 [--timeout SECONDS]

Every program comes from one seed and is the same for that seed on every
run.  It is valid Python 3.12 and aster, imports only asyncio, and mixes:
sleeps of a few fixed lengths, create_task (sometimes named), awaiting
tasks and coroutines, tasks handed to other coroutines (so that several
wait on one), cancel() (sometimes with a message, sometimes twice,
sometimes after a chain of sleep(0)), shield, gather (with and without
return_exceptions),
wait_for (timeouts that sometimes expire), wait (FIRST_COMPLETED,
ALL_COMPLETED, FIRST_EXCEPTION, sometimes a timeout), ValueErrors, and
try/except/else/finally blocks that catch CancelledError or ValueError and
re-raise, swallow or return (sometimes awaiting in finally).  Each step
prints a line; each await prints its result or the exception's type and
args.  At the end main waits until no other task is left, prints the
outcome of every task made with create_task (which also retrieves every
exception), and sometimes re-awaits a failed task so that the program dies
with a traceback and exit status 1.

Programs never deadlock: worker wN only calls workers with a larger number,
a coroutine only waits for tasks it made itself or older ones its caller
handed down (never one that is waiting for it), and every wait targets
work that finishes.  Their size is bounded so that each runs in a fraction of a
second under virtual time.  They also avoid the few shapes after which
CPython logs "exception was never retrieved" whenever its collector runs
(see Generator.awaitable); CPython writing to stderr without dying is
reported as a generator bug.

Modes
  print   write the program for --seed N to stdout (to reproduce one case).
  write   write DIR/gen_000.as ... (program i has seed S+i), remove stale
          gen_* files, print which constructs the batch covers, then run
          /work/shared/tools/mkgold.py on DIR to make the goldens (it runs
          each program twice and refuses nondeterministic ones).
          tests/asyncio/generated is `write tests/asyncio/generated
          --count 50 --seed 1`.
  run     generate --count programs (seeds S, S+1, ...), run each as
              ASTER gen_SEED.as                 (in a scratch directory)
              PYTHON pyvt.py gen_SEED.as        (CPython, virtual clock)
          and compare stdout, exit status and the last stderr line the way
          tools/run_tests.py judges goldens.  Both outputs go through
          mkgold's policy first (CancelledError('') reads CancelledError(),
          as aster prints it on purpose).
          Each difference prints its seed and a unified diff; the last line
          is `N agreed, M differed`.  With --keep DIR the differing programs
          are saved there with CPython's output as goldens
          (gen_SEED.as/.out/.err/.rc) and aster's stdout (gen_SEED.aster.out).

--aster CMD is a command prefix, split like a shell would; the script name
is appended.  A single word names the aster binary, and --virtual-time is
added (default: build/aster).  To check the machinery, give CPython to both
sides:  --aster "~/.pyenv/versions/3.12.1/bin/python3 /work/shared/tools/pyvt.py"
--python CMD runs CPython (default ~/.pyenv/versions/3.12.1/bin/python3);
without it and without that interpreter, run and write are skipped with a
message and exit status 77.

The environment is passed on, so e.g. ASTER_GC_STRESS=1 reaches aster.

Exit status: 0 when all agreed (write: when mkgold found no problem), 1 on
differences, 2 on a usage error, 77 when skipped.
"""

import argparse
import concurrent.futures
import difflib
import importlib.util
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_TOOLS = '/work/shared/tools'
PYVT = os.path.join(SHARED_TOOLS, 'pyvt.py')
MKGOLD = os.path.join(SHARED_TOOLS, 'mkgold.py')
DEFAULT_PYTHON = '~/.pyenv/versions/3.12.1/bin/python3'
SKIPPED = 77
MAX_DIFF_LINES = 60
EXEC_ATTEMPTS = 3

DELAYS = (0, 0, 0.1, 0.5, 1, 2)
TIMEOUTS = (0.05, 0.3, 0.5, 1, 1.5, 2.5)

# How many coroutine instances one run of a function may start, itself
# included.  Keeps the programs small whatever the dice say.
MAIN_BUDGET = 22
WORKER_BUDGET = 9
MAX_TRY_DEPTH = 2

# Every construct the generator can emit; `write` reports which ones a
# batch used.
FEATURES = (
    'sleep', 'loop.time', 'create_task', 'create_task named',
    'await task', 'await coroutine', 'cancel', 'cancel with message',
    'cancel twice', 'cancel after sleep(0) chain', 'shield', 'gather',
    'gather return_exceptions', 'wait_for', 'wait_for timeout=0',
    'wait FIRST_COMPLETED', 'wait ALL_COMPLETED', 'wait FIRST_EXCEPTION',
    'wait timeout', 'raise ValueError', 'except CancelledError',
    'except ValueError', 're-raise', 'swallow', 'return from handler',
    'else', 'finally', 'await in finally', 'return value',
    'task passed to a worker', 'uncaught at exit',
)

PRELUDE = '''\
import asyncio

TASKS = []


def track(task):
    TASKS.append(task)
    return task


def now():
    return asyncio.get_running_loop().time()


async def settle():
    # Wait until no other task is left, including those that gather() and
    # shield() made behind the scenes.
    me = asyncio.current_task()
    while True:
        rest = [t for t in asyncio.all_tasks() if t is not me]
        if not rest:
            return
        await asyncio.wait(rest)


def report():
    for t in TASKS:
        if t.cancelled():
            print(t.get_name(), t.done(), 'cancelled')
        elif t.exception() is not None:
            e = t.exception()
            print(t.get_name(), t.done(), 'raised', type(e).__name__, e.args)
        else:
            print(t.get_name(), t.done(), 'returned', repr(t.result()))
'''


# ------------------------------------------------------------- generation

class Function:
    """What the generator knows about the coroutine function being written."""

    def __init__(self, index, budget):
        self.index = index              # -1 for main; workers call higher ones
        self.is_main = index < 0
        self.budget = budget            # instances it may still start
        self.cost = 1                   # instances one run of it starts
        self.scopes = [[]]              # task variables, one list per block
        self.task_count = 0
        self.child_count = 0

    def tasks(self):
        return [t for scope in self.scopes for t in scope]


class Generator:
    """Writes the program for one seed."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.lines = []
        self.depth = 0                  # indentation level
        self.step = 0
        self.features = set()
        self.costs = {}                 # worker index -> Function.cost
        self.peer_takers = set()        # workers with a task parameter

    def program(self):
        workers = self.rng.randint(2, 5)
        bodies = {}
        # Callees first, so that every caller knows what a call costs.
        for index in reversed(range(workers)):
            self.lines = []
            self.worker(index)
            bodies[index] = self.lines
        self.lines = []
        self.main()
        parts = ['# asyncio_diffgen seed %d: tools/asyncio_diffgen.py print '
                 '--seed %d' % (self.seed, self.seed), PRELUDE]
        for index in range(workers):
            parts.append('\n' + '\n'.join(bodies[index]) + '\n')
        parts.append('\n' + '\n'.join(self.lines) + '\n')
        parts.append('\nasyncio.run(main())\n')
        return number_steps('\n'.join(parts))

    # -- output helpers

    def emit(self, line):
        self.lines.append('    ' * self.depth + line)

    def say(self, *words):
        self.emit('print(%s)' % ', '.join(('tag',) + words))

    def label(self, what):
        # A placeholder: steps are numbered in file order once the whole
        # program is written, while the workers are written last first.
        self.step += 1
        return repr('#@%d@ %s' % (self.step, what))

    def chance(self, p):
        return self.rng.random() < p

    def use(self, feature):
        self.features.add(feature)

    # -- functions

    def worker(self, index):
        fn = Function(index, WORKER_BUDGET)
        if self.chance(0.35):
            # Gets a task its caller made earlier to await, cancel... as
            # its own; that task never waits for this one, so no cycles.
            self.peer_takers.add(index)
            fn.scopes[0].append('peer')
            self.emit('async def w%d(tag, peer):' % index)
        else:
            self.emit('async def w%d(tag):' % index)
        self.depth += 1
        self.say("'start'")
        if self.chance(0.35):
            # guarded from the start, so that early cancels get caught too
            self.st_try(fn, 0, catch_cancel=True)
        self.block(fn, self.rng.randint(1, 4), 0)
        ending = self.rng.random()
        if ending < 0.2:
            self.use('raise ValueError')
            self.emit("raise ValueError(tag + ' failed')")
        elif ending < 0.8:
            self.use('return value')
            self.say("'end'")
            self.emit(self.rng.choice(("return tag + ' ok'",
                                       'return %d' % self.rng.randint(1, 99))))
        else:
            self.say("'end'")
        self.depth -= 1
        self.costs[index] = fn.cost

    def main(self):
        fn = Function(-1, MAIN_BUDGET)
        self.emit('async def main():')
        self.depth += 1
        self.emit("tag = 'm'")
        self.say("'start'")
        self.block(fn, self.rng.randint(3, 7), 0)
        self.emit('await settle()')
        self.emit('report()')
        if self.chance(0.3):
            # Dies with the first failed task's exception, if any failed.
            self.use('uncaught at exit')
            self.emit('for t in TASKS:')
            self.emit('    if not t.cancelled() and t.exception() is not None:')
            self.emit('        await t')
        self.say("'end'")
        self.depth -= 1

    # -- statements

    def block(self, fn, count, try_depth):
        for _ in range(count):
            self.statement(fn, try_depth)

    def statement(self, fn, try_depth):
        kinds = [('sleep', 3), ('spawn', 3), ('await', 5), ('cancel', 2.5),
                 ('wait', 1.5), ('time', 0.5)]
        if try_depth < MAX_TRY_DEPTH:
            kinds.append(('try', 3))
        kind = self.pick(kinds)
        if kind in ('cancel', 'wait') and not self.can_have_task(fn):
            kind = 'sleep'
        getattr(self, 'st_' + kind)(fn, try_depth)

    def pick(self, weighted):
        total = sum(w for _, w in weighted)
        x = self.rng.random() * total
        for item, w in weighted:
            x -= w
            if x < 0:
                return item
        return weighted[-1][0]

    def st_sleep(self, fn, try_depth, delay=None):
        self.use('sleep')
        if delay is None:
            delay = self.rng.choice(DELAYS)
        label = self.label('sleep %s' % delay)
        self.emit('await asyncio.sleep(%s)' % delay)
        if self.chance(0.3):
            self.use('loop.time')
            self.say(label, 'now()')
        else:
            self.say(label)

    def st_time(self, fn, try_depth):
        self.use('loop.time')
        self.say(self.label('time'), 'now()')

    def st_spawn(self, fn, try_depth):
        if self.affordable(fn):
            self.spawn(fn)
        else:
            self.st_sleep(fn, try_depth)

    def st_await(self, fn, try_depth):
        expr, what = self.awaitable(fn, 0)
        label = self.label(what)
        caught = ['ValueError', 'TimeoutError']
        # main is never cancelled itself, so a CancelledError it sees comes
        # from what it awaited; catching it keeps main alive to report.
        if fn.is_main or self.chance(0.5):
            caught.append('asyncio.CancelledError')
        if fn.is_main or self.chance(0.75):
            self.emit('try:')
            self.emit('    r = await %s' % expr)
            self.emit('    print(tag, %s, repr(r))' % label)
            self.emit('except (%s) as e:' % ', '.join(caught))
            self.emit('    print(tag, %s, type(e).__name__, e.args)' % label)
        else:
            self.emit('r = await %s' % expr)
            self.say(label, 'repr(r)')

    def st_cancel(self, fn, try_depth):
        task = self.some_task(fn)
        if self.chance(0.35):
            self.use('cancel after sleep(0) chain')
            self.emit('for _ in range(%d):' % self.rng.randint(1, 4))
            self.emit('    await asyncio.sleep(0)')
        self.use('cancel')
        if self.chance(0.4):
            self.use('cancel with message')
            call = '%s.cancel(%r)' % (task, 'stop ' + task)
        else:
            call = '%s.cancel()' % task
        if self.chance(0.1):
            self.use('cancel twice')
            call += ', %s.cancel()' % task
        self.say(self.label('cancel ' + task), task + '.get_name()', call)

    def st_wait(self, fn, try_depth):
        tasks = [self.some_task(fn)]
        for _ in range(self.rng.randint(0, 2)):
            other = self.some_task(fn)
            if other not in tasks:
                tasks.append(other)
        mode = self.pick([('FIRST_COMPLETED', 2), ('ALL_COMPLETED', 2),
                          ('FIRST_EXCEPTION', 1)])
        self.use('wait ' + mode)
        extra = ''
        if self.chance(0.3):
            self.use('wait timeout')
            extra = ', timeout=%s' % self.rng.choice(TIMEOUTS)
        label = self.label('wait')
        self.emit('done, pending = await asyncio.wait([%s], return_when='
                  'asyncio.%s%s)' % (', '.join(tasks), mode, extra))
        self.say(label, "'done'", 'sorted(x.get_name() for x in done)',
                 "'pending'", 'sorted(x.get_name() for x in pending)')

    def st_try(self, fn, try_depth, catch_cancel=None):
        label = self.label('try')
        # Only workers get cancelled: main sees CancelledError only from
        # what it awaits, and catches that at each await.
        if catch_cancel is None:
            catch_cancel = self.chance(0.2 if fn.is_main else 0.75)
        catch_value = self.chance(0.6)
        if not catch_cancel and not catch_value:
            catch_value = self.chance(0.5)
        has_finally = not (catch_cancel or catch_value) or self.chance(0.5)
        self.emit('try:')
        self.depth += 1
        self.say(label)
        fn.scopes.append([])
        if catch_cancel and self.chance(0.5):
            # a sleep at once makes it likely that a cancel lands in here
            delay = self.rng.choice([d for d in DELAYS if d > 0])
            self.st_sleep(fn, try_depth + 1, delay)
        self.block(fn, self.rng.randint(1, 3), try_depth + 1)
        fn.scopes.pop()
        # main may raise only what it catches itself
        if self.chance(0.3) and (catch_value or not fn.is_main):
            self.use('raise ValueError')
            self.emit("raise ValueError(tag + ' gave up')")
        self.depth -= 1
        if catch_cancel:
            self.use('except CancelledError')
            self.handler(fn, 'asyncio.CancelledError', label, True)
        if catch_value:
            self.use('except ValueError')
            self.handler(fn, 'ValueError', label, False)
        if (catch_cancel or catch_value) and self.chance(0.25):
            self.use('else')
            self.emit('else:')
            self.emit('    print(tag, %s, %r)' % (label, 'else'))
        if has_finally:
            self.use('finally')
            self.emit('finally:')
            self.emit('    print(tag, %s, %r)' % (label, 'finally'))
            if self.chance(0.4):
                self.use('await in finally')
                delay = self.rng.choice((0, 0.1, 0.5))
                self.emit('    await asyncio.sleep(%s)' % delay)
                self.emit('    print(tag, %s, %r)' % (label, 'finally slept'))

    def handler(self, fn, exc, label, is_cancel):
        self.emit('except %s as e:' % exc)
        self.emit('    print(tag, %s, %r, e.args)' % (
            label, 'caught ' + exc.split('.')[-1]))
        if fn.is_main:
            self.use('swallow')
            return
        x = self.rng.random()
        if x < (0.4 if is_cancel else 0.3):
            self.use('re-raise')
            self.emit('    raise')
        elif is_cancel and x < 0.6:
            self.use('return from handler')
            self.emit("    return tag + ' rescued'")
        else:
            self.use('swallow')

    # -- expressions

    def callees(self, fn):
        """Workers FN may call now: later ones it can still afford, and of
        those that take a peer only if it has a task to pass."""
        return sorted(j for j in self.costs
                      if j > fn.index and self.costs[j] <= fn.budget
                      and (j not in self.peer_takers or fn.tasks()))

    def affordable(self, fn):
        return bool(self.callees(fn))

    def call(self, fn):
        """A call of a worker FN may call now, or None."""
        callees = self.callees(fn)
        if not callees:
            return None
        j = self.rng.choice(callees)
        fn.budget -= self.costs[j]
        fn.cost += self.costs[j]
        fn.child_count += 1
        peer = ''
        if j in self.peer_takers:
            self.use('task passed to a worker')
            peer = ', ' + self.rng.choice(fn.tasks())
        return "w%d(tag + '.%d'%s)" % (j, fn.child_count, peer)

    def spawn(self, fn):
        """Emits a create_task of some worker; returns its variable."""
        self.use('create_task')
        call = self.call(fn)
        fn.task_count += 1
        var = 't%d' % fn.task_count
        name = ''
        if self.chance(0.35):
            self.use('create_task named')
            name = ", name=tag + '/%s'" % var
        self.emit('%s = track(asyncio.create_task(%s%s))' % (var, call, name))
        self.say(self.label('create ' + var), var + '.get_name()')
        fn.scopes[-1].append(var)
        return var

    def can_have_task(self, fn):
        return bool(fn.tasks()) or self.affordable(fn)

    def some_task(self, fn):
        """A task variable: an existing one or, now and then, a new one."""
        tasks = fn.tasks()
        if tasks and (not self.affordable(fn) or self.chance(0.7)):
            return self.rng.choice(tasks)
        return self.spawn(fn)

    def awaitable(self, fn, nesting):
        """An expression to await and a short description of it.

        Three shapes are left out because CPython would log "exception was
        never retrieved" for them whenever its collector gets to it, which
        is noise, not behaviour: wait_for nested in a combinator (it is a
        coroutine; cancelled before it starts, it leaves its argument never
        awaited); shield of anything but a tracked task or a sleep (once the
        outer future is cancelled, 3.12 stops watching the inner one); and
        wait_for(timeout=0) of anything but those (it wraps the work in a
        task of its own, which nobody retrieves if the waiter is cancelled
        meanwhile)."""
        kinds = [('sleep', 1)]
        if fn.tasks():
            kinds.append(('task', 4))
        if self.affordable(fn):
            kinds.append(('call', 3))
        if nesting < 2:
            kinds += [('shield', 1.5), ('gather', 2.5)]
        if nesting == 0:
            kinds.append(('wait_for', 3))
        kind = self.pick(kinds)
        if kind == 'sleep':
            return self.sleep_expr(), 'sleep'
        if kind == 'task':
            self.use('await task')
            task = self.rng.choice(fn.tasks())
            return task, 'await ' + task
        if kind == 'call':
            self.use('await coroutine')
            call = self.call(fn)
            return call, call.split('(')[0]
        if kind == 'shield':
            self.use('shield')
            if self.chance(0.2) or not self.can_have_task(fn):
                inner = self.sleep_expr()
            else:
                inner = self.some_task(fn)
            return 'asyncio.shield(%s)' % inner, 'shield'
        if kind == 'gather':
            self.use('gather')
            parts = [self.awaitable(fn, nesting + 1)[0]
                     for _ in range(self.rng.randint(1, 3))]
            if self.chance(0.5):
                self.use('gather return_exceptions')
                parts.append('return_exceptions=True')
            return 'asyncio.gather(%s)' % ', '.join(parts), 'gather'
        self.use('wait_for')
        inner, what = self.awaitable(fn, nesting + 1)
        timeout = self.rng.choice(TIMEOUTS)
        if what == 'sleep' or what.startswith('await '):
            if self.chance(0.3):
                self.use('wait_for timeout=0')
                timeout = 0
        return 'asyncio.wait_for(%s, timeout=%s)' % (inner, timeout), 'wait_for'

    def sleep_expr(self):
        return 'asyncio.sleep(%s, %r)' % (self.rng.choice(DELAYS), 'slept')


STEP = re.compile(r'#@(\d+)@')


def number_steps(text):
    """TEXT with step placeholders numbered in order of appearance."""
    numbers = {}

    def renumber(m):
        return '#%d' % numbers.setdefault(m.group(1), len(numbers) + 1)
    return STEP.sub(renumber, text)


def generate(seed):
    """(program text, set of constructs used) for SEED."""
    gen = Generator(seed)
    text = gen.program()
    return text, gen.features


# ---------------------------------------------------------------- running

def load_mkgold():
    """The shared golden maker, for its policy and normalisation, so that
    `run` judges CPython's output the way the goldens were written."""
    spec = importlib.util.spec_from_file_location('mkgold', MKGOLD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WARNING_LINE = re.compile(r'^(.*:\d+|sys:\d+): \w*Warning: ')


def last_stderr_line(text):
    """The last non-empty stderr line that is not part of a warning, as
    tools/run_tests.py picks it."""
    lines = text.split('\n')
    kept = []
    i = 0
    while i < len(lines):
        if WARNING_LINE.match(lines[i]):
            i += 1
            if i < len(lines) and lines[i][:1] in (' ', '\t'):
                i += 1
            continue
        kept.append(lines[i])
        i += 1
    for line in reversed(kept):
        if line.strip():
            return line.rstrip()
    return ''


def command(text, add_virtual_time=False):
    """TEXT split into words; words naming an existing file are made
    absolute, since every program runs in its own scratch directory."""
    words = [os.path.expanduser(w) for w in shlex.split(text)]
    words = [os.path.abspath(w) if os.path.isfile(w) else w for w in words]
    if add_virtual_time and len(words) == 1:
        words.append('--virtual-time')
    return words


def execute(argv, cwd, timeout):
    """(stdout, stderr, status) of ARGV, or None if it ran out of time."""
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    env.pop('PYTHONWARNINGS', None)
    for attempt in range(EXEC_ATTEMPTS):
        try:
            p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout)
            break
        except subprocess.TimeoutExpired:
            return None
        except OSError as e:
            # Most likely the binary is being relinked by a build right now.
            failure = '%s: %s\n' % (argv[0], e.strerror)
            time.sleep(1)
    else:
        return '', failure, 127
    return (p.stdout.decode('utf-8', 'replace'),
            p.stderr.decode('utf-8', 'replace'), p.returncode)


def run_one(seed, args, mk):
    """Runs the program for SEED on both sides; returns (seed, text,
    expected, actual, report lines)."""
    text, _ = generate(seed)
    name = 'gen_%d.as' % seed
    with tempfile.TemporaryDirectory(prefix='diffgen') as scratch:
        with open(os.path.join(scratch, name), 'w', encoding='utf-8') as f:
            f.write(text)
        expected = execute(args.python + [PYVT, name], scratch, args.timeout)
        actual = execute(args.aster + [name], scratch, args.timeout)
    expected, actual = by_policy(expected, mk), by_policy(actual, mk)
    return seed, text, expected, actual, judge(expected, actual, mk)


def by_policy(result, mk):
    """RESULT with mkgold's policy applied, on both sides alike: it names
    the differences from CPython that aster makes on purpose (and it lets
    CPython stand in for aster to check this tool)."""
    if result is None:
        return None
    out, err, rc = result
    return mk.policy(out), mk.policy(mk.filter_stderr(err)), rc


def generator_bug(expected):
    """What is wrong with CPython's run of a program, if anything: the
    programs are meant to end in time, and to write to stderr only when
    they die of an uncaught exception."""
    if expected is None:
        return 'CPython timed out'
    if expected[2] == 0 and expected[1].strip():
        return 'CPython wrote to stderr: ' + last_stderr_line(expected[1])
    return None


def describe_status(rc):
    return 'killed by signal %d' % -rc if rc < 0 else 'status %d' % rc


def judge(expected, actual, mk):
    """Lines describing how ACTUAL differs from EXPECTED (none if alike)."""
    if expected is None:
        return ['CPython timed out']
    if actual is None:
        return ['aster timed out']
    problems = []
    exp_out, act_out = mk.norm(expected[0]), mk.norm(actual[0])
    if exp_out != act_out:
        diff = list(difflib.unified_diff(
            exp_out.split('\n'), act_out.split('\n'), 'cpython', 'aster',
            n=2, lineterm=''))
        if len(diff) > MAX_DIFF_LINES:
            more = len(diff) - MAX_DIFF_LINES
            diff = diff[:MAX_DIFF_LINES] + ['... (%d more lines)' % more]
        problems += ['stdout differs:'] + ['  ' + l for l in diff]
    if expected[2] != actual[2]:
        problems.append('exit: cpython %s, aster %s' % (
            describe_status(expected[2]), describe_status(actual[2])))
    exp_err, act_err = (mk.norm(last_stderr_line(expected[1])),
                        mk.norm(last_stderr_line(actual[1])))
    if exp_err != act_err:
        problems.append('last stderr line: cpython %r, aster %r'
                        % (exp_err, act_err))
    return problems


def keep(directory, seed, text, expected, actual):
    os.makedirs(directory, exist_ok=True)
    base = os.path.join(directory, 'gen_%d' % seed)
    files = [('.as', text)]
    if expected is not None:
        files += [('.out', expected[0]), ('.err', expected[1]),
                  ('.rc', '%d\n' % expected[2])]
    if actual is not None:
        files.append(('.aster.out', actual[0]))
    for ext, content in files:
        with open(base + ext, 'w', encoding='utf-8', newline='\n') as f:
            f.write(content)


def cmd_run(args):
    mk = load_mkgold()
    args.aster = command(args.aster, add_virtual_time=True)
    if not args.aster or not (os.path.isfile(args.aster[0]) or
                              shutil.which(args.aster[0])):
        print('asyncio_diffgen: no aster at %r (give --aster CMD)'
              % (args.aster[0] if args.aster else ''), file=sys.stderr)
        return 2
    seeds = range(args.seed, args.seed + args.count)
    agreed = differed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda s: run_one(s, args, mk), seeds)
        for seed, text, expected, actual, problems in results:
            bug = generator_bug(expected)
            if bug:
                print('seed %d: generator bug: %s' % (seed, bug))
            if not problems:
                agreed += 1
                continue
            differed += 1
            print('DIFF seed %d (tools/asyncio_diffgen.py print --seed %d)'
                  % (seed, seed))
            for p in problems:
                print('  ' + p)
            if args.keep:
                keep(args.keep, seed, text, expected, actual)
            sys.stdout.flush()
    print('%d agreed, %d differed' % (agreed, differed))
    return 1 if differed else 0


# ---------------------------------------------------------------- writing

GEN_FILE = re.compile(r'^gen_\d+\.(as|out|err|rc)$')


def print_items(items, width=78):
    """ITEMS separated by commas, wrapped between items, indented."""
    line = ' '
    for item in items:
        if len(line) + len(item) + 2 > width:
            print(line.rstrip())
            line = ' '
        line += ' ' + item + ','
    print(line.rstrip(','))


def cmd_write(args):
    os.makedirs(args.dir, exist_ok=True)
    for name in os.listdir(args.dir):
        if GEN_FILE.match(name):
            os.remove(os.path.join(args.dir, name))
    covered = {}
    for i in range(args.count):
        text, features = generate(args.seed + i)
        path = os.path.join(args.dir, 'gen_%03d.as' % i)
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        for feature in features:
            covered[feature] = covered.get(feature, 0) + 1
    print('%d programs in %s (seeds %d..%d)' % (
        args.count, args.dir, args.seed, args.seed + args.count - 1))
    print('programs per construct:')
    print_items(['%s: %d' % (f, covered.get(f, 0)) for f in FEATURES])
    missing = [f for f in FEATURES if f not in covered]
    if missing:
        print('not covered:')
        print_items(missing)
    sys.stdout.flush()
    env = dict(os.environ, PYENV_VERSION='3.12.1', PY312=args.python[0])
    rel = os.path.relpath(os.path.abspath(args.dir), REPO)
    return subprocess.run(args.python + [MKGOLD, rel, '--ext', '.as'],
                          cwd=REPO, env=env).returncode


# ------------------------------------------------------------------- main

def find_python(args):
    """Resolves --python into a command; None when CPython is missing."""
    if args.python:
        words = command(args.python)
        if words and (os.path.isfile(words[0]) or shutil.which(words[0])):
            return words
        return None
    path = os.path.expanduser(DEFAULT_PYTHON)
    return [path] if os.path.isfile(path) else None


def main():
    ap = argparse.ArgumentParser(
        description='Random asyncio programs, run under aster and CPython.',
        epilog='See the top of this file for details.')
    sub = ap.add_subparsers(dest='mode', required=True)
    p = sub.add_parser('print', help='print the program for one seed')
    p.add_argument('--seed', type=int, required=True)
    w = sub.add_parser('write', help='write a batch and its goldens')
    w.add_argument('dir')
    w.add_argument('--count', type=int, default=50)
    w.add_argument('--seed', type=int, default=1)
    w.add_argument('--python')
    r = sub.add_parser('run', help='compare aster with CPython')
    r.add_argument('--count', type=int, default=50)
    r.add_argument('--seed', type=int, default=1)
    r.add_argument('--aster', default=os.path.join(REPO, 'build', 'aster'))
    r.add_argument('--python')
    r.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 2)
    r.add_argument('--keep', metavar='DIR')
    r.add_argument('--timeout', type=float, default=10)
    args = ap.parse_args()

    if args.mode == 'print':
        sys.stdout.write(generate(args.seed)[0])
        return 0
    python = find_python(args)
    if python is None and args.python:
        print('asyncio_diffgen: no python at %r' % args.python,
              file=sys.stderr)
        return 2
    if python is None:
        print('asyncio_diffgen: skipped: CPython 3.12 not found at %s; '
              'give --python CMD' % DEFAULT_PYTHON, file=sys.stderr)
        return SKIPPED
    args.python = python
    if args.mode == 'write':
        return cmd_write(args)
    return cmd_run(args)


if __name__ == '__main__':
    sys.exit(main())
