# singledispatch chooses the implementation by the class of the first
# argument, following its MRO; register(cls) adds one.
from functools import singledispatch

@singledispatch
def describe(x):
    return 'object'

@describe.register(int)
def _(x):
    return 'int %d' % x

@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence of %d' % len(x)

def for_str(x):
    return 'str ' + x
describe.register(str, for_str)

class Base:
    pass
class Derived(Base):
    pass
@describe.register(Base)
def _(x):
    return 'a ' + type(x).__name__

print(describe(3), describe(True), describe([1, 2]), describe((1,)), describe('s'), describe(2.5))
print(describe(Base()), describe(Derived()), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(describe.__name__, sorted(c.__name__ for c in describe.registry))
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(5, for_str)
except TypeError as e:
    print(type(e).__name__, e)
