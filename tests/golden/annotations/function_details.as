# A def keeps its parameter and return annotations in __annotations__,
# evaluated when the def runs, in CPython's order; without any it gets an
# empty dict on first use, which can be replaced by another dict.
def f(a: int, /, b: "text", *args: tuple, c: float = 1.0, **kw: dict) -> list:
    return [a, b, c]

print(f.__annotations__)
print(f.__annotations__ is f.__annotations__, f(1, 2))

order = []
def note(x):
    order.append(x)
    return x
def g(p: note('p') = note('default'), *, q: note('q') = note('kwdefault')) -> note('ret'):
    pass
print(order, g.__annotations__)

def plain():
    pass
print(plain.__annotations__, plain.__dict__)
plain.__annotations__ = {'x': 1}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)

class K:
    def m(self, __secret: int) -> None:
        pass
print(K.m.__annotations__, (lambda x: x).__annotations__)

def outer():
    T = str
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__)
