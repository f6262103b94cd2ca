# Attribute and method caches must notice every change that matters:
# each loop below runs a site many times, then changes what it reads.


class Base:
    kind = 'base'

    def greet(self):
        return 'hello from Base'


class Child(Base):
    pass


def read_kind(objs):
    return [o.kind for o in objs]


def call_greet(objs):
    return [o.greet() for o in objs]


c = Child()
print(read_kind([c] * 3))
Base.kind = 'changed on the base'
print(read_kind([c] * 3))
Child.kind = 'set on the child'
print(read_kind([c] * 3))
del Child.kind
print(read_kind([c] * 3))

print(call_greet([c] * 2))
Base.greet = lambda self: 'replaced method'
print(call_greet([c] * 2))
c.greet = lambda: 'instance attribute shadows it'
print(call_greet([c] * 2))
del c.greet
print(call_greet([c] * 2))

# An instance attribute shadows a plain class attribute, and deleting it
# uncovers the class attribute again.
c.kind = 'on the instance'
print(read_kind([c] * 2))
del c.kind
print(read_kind([c] * 2))


# A property added after the site was cached takes over.
class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print([p.x for _ in range(3)])
Point.x = property(lambda self: 'from the property')
print([p.x for _ in range(3)])


# Changing an object's class changes what its attributes mean.
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


o = A()
names = []
for i in range(4):
    if i == 2:
        o.__class__ = B
    names.append(o.who())
print(names)


# Objects of different classes through one site.
class Cat:
    sound = 'meow'


class Dog:
    def __init__(self):
        self.sound = 'woof'


print([x.sound for x in [Cat(), Dog(), Cat(), Dog()]])


# Stores: a site that writes many objects, then one with __setattr__.
class Logged:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)


def set_all(objs):
    for i, obj in enumerate(objs):
        obj.value = i


class Plain:
    def __init__(self, x):
        self.x = x


plain = [Plain(0) for _ in range(3)]
set_all(plain)
print([q.value for q in plain])
set_all([Logged(), plain[0]])
print(plain[0].value)

# Replacing an instance's __dict__ keeps writes and reads right.
q = Plain(5)
for i in range(3):
    q.x = i
q.__dict__ = {'x': 'fresh dict'}
print(q.x)
q.x = 'written after'
print(q.__dict__)
