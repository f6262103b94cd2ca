# SystemRandom draws from the OS entropy source: the values differ on each
# run, so only their ranges and types are shown; it has no state.
import random

s = random.SystemRandom()
print(isinstance(s, random.Random), s.seed(5), s.seed())
print(all(0.0 <= s.random() < 1.0 for _ in range(1000)))
print(all(0 <= s.getrandbits(k) < 2 ** k for k in [0, 1, 7, 8, 9, 64, 100] for _ in range(20)))
print(s.getrandbits(0), len(s.randbytes(33)), type(s.randbytes(1)).__name__, s.randbytes(0))
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(200)), s.choice('x'), sorted(s.sample(range(5), 5)))
print(all(-1 <= s.uniform(-1, 1) <= 1 for _ in range(100)), type(s.gauss()).__name__, type(s.binomialvariate(50, 0.3)).__name__)
rolls = {s.randrange(4) for _ in range(400)}
print(sorted(rolls))
for f in [s.getstate, lambda: s.setstate(None), lambda: s.getrandbits(-1)]:
    try:
        f()
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)
