# choice picks with _randbelow; shuffle is CPython's Fisher-Yates.
import random

random.seed(11)
print([random.choice('abcdefghij') for _ in range(30)])
print([random.choice([10, 20, 30]) for _ in range(10)], random.choice(range(1000)), random.choice((None,)))
for n in [0, 1, 2, 5, 10, 52]:
    x = list(range(n))
    random.shuffle(x)
    print(x)
y = ['a', 'b', 'c', 'd']
for _ in range(5):
    random.shuffle(y)
    print(y)
for empty in ['', [], ()]:
    try:
        random.choice(empty)
    except IndexError as e:
        print(type(e).__name__, e)
