# randrange and randint go through _randbelow (getrandbits rejection);
# their errors are CPython's.
import random

random.seed(2024)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(20)])
print([random.randrange(100, 0, -3) for _ in range(20)])
print([random.randrange(-50, -10, 4) for _ in range(10)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(20)])
print(random.randrange(2**100), random.randrange(-2**70, 2**70), random.randint(10**30, 10**31))
print(random.randint(5, 5), random.randrange(1), random.randrange(3, 4))

for args in [(0,), (-5,), (5, 5), (5, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1), (1.5,), (0, 2.5), (0, 10, 1.5), ('a',)]:
    try:
        random.randrange(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    random.randrange(5, step=2)
except TypeError as e:
    print('step', e)
try:
    random.randint(3, 1)
except ValueError as e:
    print('randint', e)
