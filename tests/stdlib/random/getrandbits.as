# getrandbits(k) for any k, built from 32-bit words least significant first.
import random

random.seed(99)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 100, 128, 1000]:
    print(k, random.getrandbits(k))

r = random.Random(5)
print(sum(r.getrandbits(1) for _ in range(1000)))
print(max(r.getrandbits(3) for _ in range(100)))
print(r.getrandbits(5000).bit_length() <= 5000)

for bad in [-1, 1.5, '3']:
    try:
        r.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
