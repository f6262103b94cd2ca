# Default handling: the var's default, get()'s default, and which wins
from contextvars import ContextVar, Context

with_default = ContextVar('with_default', default=10)
without = ContextVar('without')
none_default = ContextVar('none_default', default=None)

print(with_default.get())
print(with_default.get(20))          # get's own default wins over the var's
print(without.get('given'))
print(none_default.get())            # None is a real default
print(none_default.get('other'))

with_default.set(30)
print(with_default.get(), with_default.get(20))   # a set value wins over both

# The default object is returned itself, not a copy.
shared = []
listy = ContextVar('listy', default=shared)
listy.get().append(1)
print(listy.get() is shared, shared)

# A default is not stored in the context.
ctx = Context()
print(ctx.run(with_default.get), with_default in ctx, len(ctx))

try:
    without.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is without)
