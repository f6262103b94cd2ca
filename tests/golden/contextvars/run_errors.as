# run() errors: re-entering a context, exceptions leave the context anyway, bad arguments
from contextvars import ContextVar, Context, copy_context

v = ContextVar('v', default='outer default')
ctx = Context()

try:
    ctx.run(ctx.run, print, 'never')
except RuntimeError as e:
    print('RuntimeError:', str(e).startswith('cannot enter context: <_contextvars.Context object at '),
          str(e).endswith(' is already entered'))


def fails():
    v.set('set before the error')
    raise ValueError('boom')


try:
    ctx.run(fails)
except ValueError as e:
    print('ValueError:', e)

# The context was left despite the error: the change stayed in ctx, and
# ctx can be entered again.
print(v.get(), '|', ctx[v])
print(ctx.run(v.get))

# The current context cannot be entered while it is current.
current = copy_context()


def reenter_current():
    return current.run(v.get)


try:
    current.run(reenter_current)
except RuntimeError as e:
    print('RuntimeError again')

try:
    ctx.run()
except TypeError as e:
    print('TypeError:', e)

try:
    ctx.run(x=1)
except TypeError as e:
    print('TypeError:', e)

try:
    ctx.run(42)
except TypeError as e:
    print('TypeError:', e)

# An error raised while entering does not disturb the caller's context.
v.set('outer value')
try:
    ctx.run(ctx.run, v.get)
except RuntimeError:
    pass
print(v.get())
