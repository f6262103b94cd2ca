from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    RWX = 7

print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, repr(Perm.RWX))
print(list(Perm), len(Perm), Perm(6), Perm(5), Perm(0), repr(Perm(0)), bool(Perm(0)), bool(Perm.X))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, list(Perm.RWX), len(Perm.RW), list(Perm(0)))
print(Perm.RWX & Perm.R, Perm.RW ^ Perm.R, ~Perm.R, ~Perm.RWX, ~Perm(0))
print((Perm.R | Perm.W) is Perm.RW, Perm.R | Perm.W == Perm.RW, Perm.RW.name, Perm(5).name, Perm(5).value)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), Color.WHITE, [c.value for c in Color], Color(3), Color.__members__)
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R in 4
except TypeError as e:
    print('TypeError:', e)

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2

print(Conform(7), Conform(5))

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2

print(Eject(7), Eject(3), type(Eject(7)).__name__)

class Open(IntFlag):
    R = 4
    W = 2
    X = 1

print(Open.R | Open.W, repr(Open.R | Open.W), repr(Open(8)), Open.R | 8, repr(Open.R | 8), Open.R + 1)
print(Open(0), repr(Open(0)), ~Open.R, repr(~Open.R), Open.R & 5, isinstance(Open.R, int), Open(7))
print(str(Open.R | Open.X), f'{Open.W}', Open.R == 4, list(Open(7)), Open._boundary_, Perm._boundary_)
print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary))
