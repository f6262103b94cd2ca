from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2

attempts = [
    lambda: Color(7),
    lambda: Color('RED'),
    lambda: Color['BLUE'],
    lambda: setattr(Color, 'RED', 5),
    lambda: delattr(Color, 'RED'),
    lambda: Color.RED < Color.GREEN,
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__ + ':', e)

try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError:', e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Reserved(Enum):
        _sunder_ = 1
except ValueError as e:
    print('ValueError:', e)
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print('ValueError:', e)

class Fallback(Enum):
    UNKNOWN = 0
    KNOWN = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            return cls.UNKNOWN
        return None

print(Fallback(5), Fallback(1))
try:
    Fallback('x')
except ValueError as e:
    print('ValueError:', e)

class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'

try:
    Broken(2)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))

class Raising(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)

try:
    Raising(2)
except KeyError as e:
    print('KeyError:', e, '| context:', repr(e.__context__))
Color.other = 5
print(Color.other)
try:
    class Ordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError:', e)
