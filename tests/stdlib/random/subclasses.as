# A subclass overriding random() alone draws integers from random(); one
# that overrides getrandbits() (or both) from getrandbits(); one that
# defines _randbelow keeps it (CPython's __init_subclass__ rule).
import random

class Lcg(random.Random):
    # A tiny deterministic generator, so the draws are predictable.
    def __init__(self, seed):
        self.state = seed
        super().__init__(seed)
    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state / 2**31

r = Lcg(7)
print([r.randrange(10) for _ in range(10)], [r.randint(1, 6) for _ in range(10)])
print(r.choice('abcdef'), r.sample(range(20), 4), r.randrange(2**40))
print(Lcg._randbelow is random.Random._randbelow_without_getrandbits)

class Bits(random.Random):
    def getrandbits(self, k):
        return (2**k - 1) // 3

b = Bits(1)
print([b.randrange(10) for _ in range(3)], Bits._randbelow is random.Random._randbelow_with_getrandbits)

class Both(Lcg):
    def getrandbits(self, k):
        return 0
print([Both(3).randrange(5) for _ in range(3)], Both._randbelow is random.Random._randbelow_with_getrandbits)

class Own(Lcg):
    def _randbelow(self, n):
        return n - 1
class FromOwn(Own):
    def random(self):
        return 0.5
print(Own(1).randrange(10), FromOwn(1).randrange(10), FromOwn(1).random())
print(random.SystemRandom._randbelow is random.Random._randbelow_with_getrandbits)

# Ranges of 2**53 or more: random() alone cannot cover them, hence a warning.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(Lcg(3).randrange(2**60))
print(len(caught), caught[0].category.__name__, str(caught[0].message).splitlines()[0])
