# Argument errors of the methods, in CPython's words
from contextvars import ContextVar, Context

v = ContextVar('v')
ctx = Context()


def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError as e:
        print(label, 'TypeError:', e)


attempt('set()', lambda: v.set())
attempt('set(1, 2)', lambda: v.set(1, 2))
attempt('set(value=1)', lambda: v.set(value=1))
attempt('reset()', lambda: v.reset())
attempt('reset(a, b)', lambda: v.reset(1, 2))
attempt('reset(token=1)', lambda: v.reset(token=1))
attempt('get(1, 2)', lambda: v.get(1, 2))
attempt('get(default=1)', lambda: v.get(default=1))
attempt('copy(1)', lambda: ctx.copy(1))
attempt('keys(1)', lambda: ctx.keys(1))
attempt('values(1)', lambda: ctx.values(1))
attempt('items(x=1)', lambda: ctx.items(x=1))
attempt('ContextVar.get(1)', lambda: ContextVar.get(1))
attempt('Context.run(1, 2)', lambda: Context.run(1, 2))
attempt('Context.get(ctx)', lambda: Context.get(ctx))
