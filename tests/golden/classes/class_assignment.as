# obj.__class__ = cls between classes whose instances have the same
# layout, and the errors for everything else.


class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


class C(int):
    pass


a = A()
seen = []
for i in range(4):
    if i == 2:
        a.__class__ = B
    seen.append(a.who())
print(seen, type(a).__name__, isinstance(a, B))

for bad in (5, int, C):
    try:
        a.__class__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    del a.__class__
except TypeError as e:
    print('TypeError:', e)
x = 5
try:
    x.__class__ = A
except TypeError as e:
    print('TypeError:', e)
