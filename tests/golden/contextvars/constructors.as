# Constructor errors: ContextVar's arguments, Context(), copy_context(), no subclassing
from contextvars import ContextVar, Token, Context, copy_context


def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError as e:
        print(label, 'TypeError:', e)


attempt('no args', lambda: ContextVar())
attempt('two positional', lambda: ContextVar('a', 'b'))
attempt('too many', lambda: ContextVar('a', 'b', default=1))
attempt('name by keyword', lambda: ContextVar(name='a'))
attempt('only default', lambda: ContextVar(default=1))
attempt('unknown keyword', lambda: ContextVar('a', colour=1))
attempt('int name', lambda: ContextVar(1))
attempt('name and default', lambda: ContextVar('a', default=1))
attempt('Context(1)', lambda: Context(1))
attempt('Context(a=1)', lambda: Context(a=1))
attempt('Context()', lambda: Context())
attempt('copy_context(1)', lambda: copy_context(1))
attempt('copy_context(a=1)', lambda: copy_context(a=1))

try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class MyContext(Context):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class MyToken(Token):
        pass
except TypeError as e:
    print('TypeError:', e)

# The name is a read-only attribute; no other attributes can be added.
v = ContextVar('v')
try:
    v.name = 'w'
except AttributeError as e:
    print('AttributeError:', e)
try:
    v.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
print(v.name)
