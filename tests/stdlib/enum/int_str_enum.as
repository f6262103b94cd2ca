from enum import IntEnum, StrEnum, Enum, ReprEnum

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), f'{Priority.MEDIUM}', f'{Priority.HIGH:>4}')
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.LOW + 1, Priority(10), Priority['LOW'])
print(sorted([Priority.HIGH, Priority.LOW, 3]), isinstance(Priority.LOW, int), int(Priority.HIGH))
print(list(range(Priority.MEDIUM)), [10, 20, 30][Priority.LOW], hash(Priority.LOW) == hash(1))
print(5 in Priority, Priority.LOW.value, Priority.LOW.name, type(Priority.LOW.value))

class Method(StrEnum):
    GET = 'GET'
    POST = 'POST'

print(Method.GET, repr(Method.POST), f'{Method.GET}', Method.GET == 'GET', Method('POST'))
print(Method.GET.lower(), Method.POST + '!', len(Method.GET), isinstance(Method.GET, str))
print(Method.GET.value, Method.GET.name, list(Method), 'GET' in Method)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)

class Number(int, Enum):
    ONE = 1
    TWO = 2

print(Number.ONE, repr(Number.TWO), Number.ONE + Number.TWO, str(Number.ONE), f'{Number.TWO}')

class Text(str, Enum):
    A = 'a'

print(Text.A, repr(Text.A), Text.A.upper(), f'{Text.A}')

class Measure(float, ReprEnum):
    HALF = 0.5

print(Measure.HALF, repr(Measure.HALF), Measure.HALF * 2)
try:
    class NoData(ReprEnum):
        A = 1
    print(NoData.A)
except TypeError as e:
    print('TypeError:', e)
