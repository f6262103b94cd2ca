# SyntaxError: parameter without a default follows parameter with a default
print("must not appear")
def f(a=1, b):
    return a
