# Context is a read-only mapping from ContextVar to value
from contextvars import ContextVar, Context

a = ContextVar('a')
b = ContextVar('b', default='b default')
unset = ContextVar('unset')

ctx = Context()
ctx.run(a.set, 1)
ctx.run(b.set, 2)

print(len(ctx), bool(ctx), len(Context()), bool(Context()))
print(ctx[a], ctx[b])
print(a in ctx, b in ctx, unset in ctx)
print(ctx.get(a), ctx.get(unset), ctx.get(unset, 'dflt'))
print(sorted(var.name for var in ctx))
print(sorted(value for value in ctx.values()))
print(sorted((var.name, value) for var, value in ctx.items()))
print(sorted(var.name for var in ctx.keys()))
print(len(ctx.keys()), len(ctx.values()), len(ctx.items()))
print(dict(ctx.items())[a], {var.name: ctx[var] for var in ctx} == {'a': 1, 'b': 2})

try:
    ctx[unset]
except KeyError as e:
    print('KeyError', e.args[0] is unset)

for bad in ('a', 1, None):
    for op in ('getitem', 'contains', 'get'):
        try:
            if op == 'getitem':
                ctx[bad]
            elif op == 'contains':
                bad in ctx
            else:
                ctx.get(bad)
        except TypeError as e:
            print(op, 'TypeError:', e)

try:
    ctx[a] = 5
except TypeError as e:
    print('TypeError:', e)

try:
    ctx.get()
except TypeError as e:
    print('TypeError:', e)

try:
    ctx.get(a, 1, 2)
except TypeError as e:
    print('TypeError:', e)

try:
    ctx.get(a, default=1)
except TypeError as e:
    print('TypeError:', e)

# The views are iterators: they run out, and their len() stays the mapping's size.
keys = ctx.keys()
print(iter(keys) is keys, len(list(keys)), len(list(keys)), len(keys))
print(type(ctx.keys()).__name__, type(ctx.values()).__name__, type(ctx.items()).__name__,
      type(iter(ctx)).__name__)
print(repr(ctx.items()).startswith('<items object at 0x'))
