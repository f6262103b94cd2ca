# SyntaxError: positional argument follows keyword argument
def f(*a, **kw):
    return a
print("must not appear")
f(a=1, 2)
