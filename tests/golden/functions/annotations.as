# A def keeps its annotations, evaluated where it appears, in __annotations__.
def f(a: int, /, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(f.__annotations__)
def g(x): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'x': 1}
print(g.__annotations__)
def outer():
    T = int
    def middle():
        def inner(x: T) -> T:
            pass
        return inner
    return middle()
print(outer().__annotations__)
class C:
    Alias = str
    def m(self, v: Alias) -> 'C':
        pass
    __private: int
    def p(self, __x: int): pass
print(C.m.__annotations__, C.p.__annotations__)
async def co(x: int) -> None: pass
print(co.__annotations__)
try:
    def bad(x: undefined_name): pass
except NameError as e:
    print(e)
print((lambda x: x).__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
del g.__annotations__
print(g.__annotations__)
