from enum import Enum, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1    # an alias of RED

print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', format(Color.BLUE, '>12'))
print(Color, type(Color), type(Color.RED), EnumMeta is EnumType, isinstance(Color.RED, Color))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color(1), Color(3), Color['GREEN'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color.RED in Color, 1 in Color, 7 in Color, 'RED' in Color)
print(Color.__members__)
print(list(Color.__members__), Color._member_names_)
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, Color.RED is Color(1))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value))
print(bool(Color.RED), bool(Color), Color.RED.__class__.__name__)

class Shape(Enum):
    """Shapes."""
    SQUARE = 'sq'
    CIRCLE = 'ci'

    def describe(self):
        return f'{self.name.lower()} ({self.value})'

    @classmethod
    def default(cls):
        return cls.SQUARE

    @property
    def label(self):
        return self.value.upper()

print(Shape.CIRCLE.describe(), Shape.default(), Shape.SQUARE.label, Shape.__doc__, repr(Shape('sq')))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    _ignore_ = ['temp']
    temp = 5
    __private = 9

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

print(Mood.HAPPY, list(Mood), hasattr(Mood, 'temp'), Mood._Mood__private)

class Base(Enum):
    def hello(self):
        return 'hello from ' + self.name

class Sub(Base):
    ONE = 1

print(Sub.ONE.hello(), list(Base), len(Base))
print(Color.RED.__class__ is Color, dir(Color.RED)[:3])
