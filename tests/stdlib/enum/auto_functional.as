from enum import Enum, IntEnum, StrEnum, auto, unique, member, nonmember

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

print(list(Color), Color.BLUE.value)

class Mixed(Enum):
    A = 10
    B = auto()
    C = 'x'
    D = 5

print([(m.name, m.value) for m in Mixed])

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    NORTH = auto()
    SOUTH = auto()

print(list(Named))

class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()

print(list(Lower), Lower.ALPHA == 'alpha')

@unique
class Fine(Enum):
    A = 1
    B = 2

print(Fine.B)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Animal(2), Animal.__module__)
Pets = Enum('Pets', ['CAT', 'DOG'], start=10)
print(list(Pets))
Codes = Enum('Codes', [('OK', 200), ('NOT_FOUND', 404)])
print(Codes(404), Codes.OK.value)
Levels = IntEnum('Levels', {'LOW': 1, 'HIGH': 9})
print(Levels.HIGH, repr(Levels.LOW), Levels.HIGH > Levels.LOW, Levels.LOW + 1)
Comma = Enum('Comma', 'A, B, C')
print(list(Comma))

class WithMember(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn():
        return 'called'

print(list(WithMember), WithMember.helper, WithMember.fn.value())
