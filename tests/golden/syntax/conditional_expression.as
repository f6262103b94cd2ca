# x if cond else y, including nesting and lazy evaluation
def side(msg, v):
    print(msg)
    return v

for n in (-3, 0, 7):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(side("a", 1) if True else side("b", 2))
print(side("a", 1) if False else side("b", 2))
