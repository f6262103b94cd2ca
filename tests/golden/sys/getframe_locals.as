# Frames from sys._getframe have f_locals: a dict of the frame's locals,
# the globals at module level.  (aster takes it when the frame is
# snapshot, CPython when f_locals is read: the tests read it at once.)
import sys


def outer(a, b=2):
    c = a + b

    def inner(x):
        y = x * 2
        return sys._getframe().f_locals, sys._getframe(1).f_locals, c
    return inner(10)


here, caller, _ = outer(1)
print(sorted(here))
print(here['x'], here['y'])
print(sorted(caller), caller['a'], caller['b'], caller['c'])


def unbound():
    early = sorted(sys._getframe().f_locals)
    late = 1
    return early, late


print(unbound())
top = sys._getframe()
print(top.f_locals is globals(), top.f_locals is top.f_globals)
print(type(top.f_locals).__name__)


def deep():
    return sys._getframe(1).f_locals is globals()


print(deep())


class K:
    attr = 5
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))


print(K.seen)


async def coro(n):
    m = n + 1
    return sorted(sys._getframe().f_locals.items())


import asyncio
print(asyncio.run(coro(3)))
