from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__eq__(p, 5))
print(Point.__doc__, Point.__match_args__)
print(Point.__hash__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
p.x = 10
print(p, p.x)

@dataclass()
class Empty:
    pass

print(Empty(), Empty() == Empty(), Empty.__doc__)

@dataclass
class Inventory:
    """Stock of one item."""
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity

item = Inventory('widget', 3.0, 4)
item.tags.append('new')
print(item, item.total_cost(), Inventory.__doc__)
print(Inventory('a', 1.0).tags is Inventory('b', 2.0).tags)

# Class attributes without annotations are not fields.
@dataclass
class WithClassAttr:
    a: int
    b = 5
    c: str = 'c'

print(WithClassAttr(1), WithClassAttr.b, WithClassAttr.c)

# A user-defined method is kept.
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return f'<Custom {self.a}>'
    def __eq__(self, other):
        return True

print(Custom(1), Custom(1) == Custom(2))

# Recursive repr.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

n = Node(1)
n.children.append(n)
print(n)

# Compared as tuples of fields: identical objects are equal.
nan = float('nan')
print(Point(nan, 1) == Point(nan, 1))

@dataclass
class Sub(Point):
    z: int = 9

print(Sub(1, 2, 3), Sub(1), Sub.__match_args__, Sub(1) == Point(1, 0))
