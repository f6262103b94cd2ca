# Names used only in a def's annotations resolve in the scope around the
# def: through closures, class bodies and name mangling.
def outer():
    T = int
    def middle():
        def inner(x: T) -> T:
            pass
        return inner
    return middle()

print(outer().__annotations__)

def make(kind):
    def f(*args: kind, **kwargs: kind) -> list[kind]:
        pass
    return f

print(make(str).__annotations__)

class C:
    Alias = str
    def m(self, v: Alias) -> 'C':
        pass
    def p(self, __x: int, *, __y: Alias):
        pass

print(C.m.__annotations__, C.p.__annotations__)

try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print(e)
