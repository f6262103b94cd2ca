# ContextVars hash and compare by identity; Context and Token are unhashable
from contextvars import ContextVar, Context

a = ContextVar('same')
b = ContextVar('same')

print(a == a, a == b, a != b)
print(hash(a) == hash(a), isinstance(hash(a), int))
registry = {a: 'first', b: 'second'}
print(registry[a], registry[b], len({a, b, a}))

try:
    a < b
except TypeError as e:
    print('TypeError:', e)

try:
    hash(Context())
except TypeError as e:
    print('TypeError:', e)

try:
    {a.set(1): 1}
except TypeError as e:
    print('TypeError:', e)

# Two vars with the same name are different keys in a context.
ctx = Context()
ctx.run(a.set, 'A')
print(ctx.get(a), ctx.get(b), b in ctx)
