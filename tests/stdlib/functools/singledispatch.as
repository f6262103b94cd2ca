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

# Registration by the annotation of the first parameter.
@describe.register
def _(x: float):
    return 'float %.1f' % x
@describe.register
def _(x: dict, extra: int = 0) -> str:
    return 'dict'
print(describe(2.5), describe({}), describe.dispatch(float).__annotations__)
for bad in [lambda x: x, 'notafunction']:
    try:
        describe.register(bad)
    except TypeError as e:
        print(type(e).__name__, str(e).split('.')[0][:60])
def by_name(x: 'bytes'):
    return 'bytes'
describe.register(by_name)
print(describe(b'x'))
def annotated_badly(x: 5):
    pass
try:
    describe.register(annotated_badly)
except TypeError as e:
    print(type(e).__name__, e)
