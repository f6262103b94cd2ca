# SyntaxError: duplicate argument 'x' in function definition
print("must not appear")
def f(x, x):
    return x
