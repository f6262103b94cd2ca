from typing import NamedTuple, TypedDict, List, Optional, Required, NotRequired, is_typeddict

class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self) -> str:
        return f'{self.name}#{self.id}'

e = Employee('ann')
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__)
print(Employee('bob', 5, ['x']), e._replace(id=9), e._asdict(), Employee.__doc__)
print(isinstance(e, tuple), type(e).__mro__, Employee.__module__)
x, y, z = e
print(x, y, z)

Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields, Point.__annotations__)
Point3 = NamedTuple('Point3', x=int, y=int, z=int)
print(Point3(1, 2, 3))

try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(NamedTuple):
        a: int
        def _replace(self):
            pass
except AttributeError as e:
    print('AttributeError:', e)

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title='Up', year=2009)
print(m, type(m), m['title'])
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)

class Partial(TypedDict, total=False):
    a: int
    b: Required[str]

print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)

class Extended(Movie):
    rating: NotRequired[float]

print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__annotations__)

Functional = TypedDict('Functional', {'a': int, 'b': Optional[str]})
print(Functional(a=1), Functional.__annotations__, is_typeddict(Movie), is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print('TypeError:', e)
