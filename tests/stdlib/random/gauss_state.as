# gauss keeps the second value of each Box-Muller pair; seed() forgets it
# and getstate()/setstate() carry it.
import random

random.seed(4)
print([random.gauss() for _ in range(5)])
print([random.gauss(100, 15) for _ in range(5)])

random.seed(4)
g1 = random.gauss()
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2] is not None)
g2 = random.gauss()
x = random.random()
random.setstate(state)
print(random.gauss() == g2, random.random() == x)
random.seed(4)
random.gauss()
random.seed(4)
print(random.gauss() == g1)

r = random.Random(1)
s = r.getstate()
first = [r.random() for _ in range(700)]
r.setstate(s)
print(first == [r.random() for _ in range(700)])

bad = [(1, s[1], None), (3, (0,) * 10, None), (3, s[1][:-1] + (700,), None), (3, [0] * 625, None)]
for state in bad:
    try:
        r.setstate(state)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Version 2 states held the words as signed ints.
r.setstate((2, tuple(x - 2**32 if x >= 2**31 else x for x in s[1]), None))
print(first == [r.random() for _ in range(700)])
