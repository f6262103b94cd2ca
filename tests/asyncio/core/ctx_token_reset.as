# ContextVar.set returns a Token whose reset() restores the previous value; a used token fails
import contextvars

var = contextvars.ContextVar('var', default='original')
token = var.set('temporary')
print('after set', var.get())
print('token old value is MISSING', token.old_value is contextvars.Token.MISSING)
second = var.set('second')
print('second token old value', second.old_value)
var.reset(second)
print('after reset second', var.get())
var.reset(token)
print('after reset first', var.get())
try:
    var.reset(token)
except RuntimeError:
    print('RuntimeError: a token can reset only once')
