# reset() refuses tokens of another var, of another context, used ones, and non-tokens
from contextvars import ContextVar, Context, copy_context

a = ContextVar('a')
b = ContextVar('b', default='B')

tok_b = b.set(1)
try:
    a.reset(tok_b)
except ValueError as e:
    print('ValueError:', e)

tok_other = Context().run(a.set, 5)
try:
    a.reset(tok_other)
except ValueError as e:
    print('ValueError:', e)

# A copy of the current context is a different context too.
tok_copy = copy_context().run(a.set, 6)
try:
    a.reset(tok_copy)
except ValueError as e:
    print('ValueError:', e)

# The failed resets changed nothing, and the tokens are still unused.
print(a.get('unset'), b.get())
b.reset(tok_b)
print(b.get())

# "used" is checked before the var, the var before the context.
try:
    a.reset(tok_b)
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    b.reset(tok_other)
except ValueError as e:
    print('ValueError:', e)

for bad in (None, 1, 'token', ContextVar('c')):
    try:
        a.reset(bad)
    except TypeError as e:
        print('TypeError:', e)
