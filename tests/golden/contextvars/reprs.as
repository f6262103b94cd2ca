# reprs of ContextVar, Token, Context and the classes
import contextvars
from contextvars import ContextVar, Token, Context, copy_context


class Custom:
    def __repr__(self):
        return 'Custom()'


print(repr(ContextVar('plain')))
print(repr(ContextVar('n', default=1)))
print(repr(ContextVar('s', default='text')))
print(repr(ContextVar('none', default=None)))
print(repr(ContextVar('custom', default=Custom())))
print(repr(ContextVar("quote'd")))
print(str(ContextVar('str_too', default=[1, 2])))

v = ContextVar('v', default=0)
tok = v.set(5)
print(repr(tok))
v.reset(tok)
print(repr(tok))
print(repr(Token.MISSING), str(Token.MISSING))

print(repr(Context()))
print(repr(copy_context()).startswith('<_contextvars.Context object at 0x'))

print(ContextVar, Token, Context, type(Token.MISSING))
print(copy_context)
print(ContextVar.__module__, Token.__module__, Context.__module__)
print(ContextVar.__qualname__, Token.__qualname__, Context.__qualname__)
print(contextvars.__name__, sorted(contextvars.__all__))
print(v.name, type(v.name))
print(contextvars.ContextVar.__name__, contextvars.Context.__name__, contextvars.Token.__name__)
