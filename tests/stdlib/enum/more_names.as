# enum.global_enum: members are exported into the module's namespace and
# repr as module-level names.
import enum


@enum.global_enum
class Colour(enum.Enum):
    RED = 1
    GREEN = 2


@enum.global_enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(RED is Colour.RED, GREEN.value)
print(repr(RED), str(GREEN))
print(repr(R), repr(R | W), int(R | X))
print(Colour(2) is GREEN, list(Colour))
print(str(R), f'{W}', Perm(0), repr(Perm(0)))
