# The builtin descriptors (functions, classmethod, staticmethod, property)
# have __get__(instance, owner=None), None standing for "read from the
# class", as in CPython.
def f(self, x=1):
    return (type(self).__name__, x)
class C:
    pass
c = C()
print(f.__get__(None, C) is f, f.__get__(c, C)(), f.__get__(c)(5), type(f.__get__(c)).__name__)
cm = classmethod(f)
print(cm.__get__(None, C)(), cm.__get__(c)(), staticmethod(len).__get__(None, C)('ab'))
p = property(lambda self: 42)
print(p.__get__(c, C), p.__get__(None, C) is p, hasattr(f, '__get__'))
for bad in [lambda: f.__get__(None, None), lambda: f.__get__(), lambda: f.__get__(c, 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class D:
    def __get__(self, obj, owner=None):
        return 'D.__get__'
class E:
    d = D()
print(E().d, E.d, D().__get__(1))
