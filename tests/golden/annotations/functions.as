# Function annotations: evaluated at def time in CPython's order, kept in
# __annotations__ (made on first use, assignable, deletable).
def f(a: int, /, b: "str", *args: float, c: list[int] = [], d, **kw: dict) -> None: pass
print(f.__annotations__)
def g(x, y=1): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'x': int}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e: print(e)
g.__annotations__ = None
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
class C:
    def m(self, __private: int) -> "C": pass
    async def am(self, q: int | None = None): pass
print(C.m.__annotations__, C.am.__annotations__)
order = []
def note(x):
    order.append(x); return x
def h(a: note(1) = note(2), *, b: note(3) = note(4)) -> note(5): pass
print(order, h.__annotations__)
try:
    def bad(x: undefined_name): pass
except NameError as e: print(e)
print((lambda x: x).__annotations__)
