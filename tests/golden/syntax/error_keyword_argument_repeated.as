# SyntaxError: keyword argument repeated: a
def f(**kw):
    return kw
print("must not appear")
f(a=1, a=2)
