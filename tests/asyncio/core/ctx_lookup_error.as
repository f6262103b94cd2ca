# ContextVar.get with no default anywhere raises LookupError; get(default) returns the default until a set
import contextvars

plain = contextvars.ContextVar('plain')
print('name', plain.name)
try:
    plain.get()
except LookupError:
    print('LookupError for an unset variable')
print('get with default', plain.get('fallback'))
plain.set(1)
print('after set', plain.get('fallback'))
