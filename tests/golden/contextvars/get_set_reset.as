# set() changes the value get() sees; reset() puts back the value from before that set()
from contextvars import ContextVar

colour = ContextVar('colour')

first = colour.set('red')
print(colour.get())
second = colour.set('green')
print(colour.get())
third = colour.set('blue')
print(colour.get())

colour.reset(third)
print('after third reset:', colour.get())
colour.reset(second)
print('after second reset:', colour.get())
colour.reset(first)
print('after first reset:', colour.get('<unset>'))

# Resetting out of order jumps straight to the value the token remembers.
a = colour.set(1)
b = colour.set(2)
c = colour.set(3)
colour.reset(b)
print('reset b:', colour.get())
colour.reset(a)
print('reset a:', colour.get('<unset>'))

# set() returns a new token every time, even for the same value.
t1 = colour.set('x')
t2 = colour.set('x')
print(t1 is t2, t2.old_value)

# Values can be anything, None included.
none_token = colour.set(None)
print(colour.get('fallback'))
