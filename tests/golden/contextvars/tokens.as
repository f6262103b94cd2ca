# Token: var, old_value, Token.MISSING, reprs, single use, no direct construction
from contextvars import ContextVar, Token

v = ContextVar('v', default=0)

tok = v.set(1)
print(tok.var is v)
print(tok.old_value is Token.MISSING)
print(repr(tok.old_value), type(tok.old_value))
print(repr(tok).startswith('<Token var=<ContextVar name='), 'used' in repr(tok))

tok2 = v.set(2)
print(tok2.old_value)

v.reset(tok2)
print(repr(tok2).startswith('<Token used var='))
try:
    v.reset(tok2)
except RuntimeError as e:
    print('RuntimeError', str(e).endswith('has already been used once'))

# old_value is kept after use.
print(tok2.old_value, tok.old_value is Token.MISSING)
print(tok.MISSING is Token.MISSING)

try:
    Token()
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    type(Token.MISSING)()
except TypeError as e:
    print('TypeError:', e)

try:
    hash(tok)
except TypeError as e:
    print('TypeError:', e)

for name in ('var', 'old_value'):
    try:
        setattr(tok, name, 5)
    except AttributeError as e:
        print('AttributeError:', e)

print(tok == tok, tok != tok2)
print(repr(tok))
