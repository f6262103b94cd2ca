# Integer seeds give CPython's Mersenne Twister sequences: small, large,
# negative (the absolute value is used), bool, and reseeding.
import random

for s in [0, 1, 2, 42, -42, 12345, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**100 + 7, -(2**200), True, 10**50]:
    random.seed(s)
    print(s, [random.random() for _ in range(5)])

random.seed(7)
a = [random.random() for _ in range(1000)]
random.seed(7)
b = [random.random() for _ in range(1000)]
print(a == b, a[623], a[624], a[999])
