# str and bytes seeds go through SHA-512 (CPython's seed version 2);
# float seeds through hash().
import random

for s in ['', 'a', 'hello', 'ünïcödé ✓', 'x' * 200, b'', b'hello', b'\x00\xff' * 100]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.getrandbits(40))

for s in [0.0, 1.5, -0.5, 3.141592653589793, 1e300, -1e-300, float('inf'), float('-inf'), 2.0]:
    random.seed(s)
    print(s, random.random(), random.randrange(1000))

random.seed('hello')
a = random.random()
random.seed(b'hello')
print(a == random.random())
random.seed(2.0)
a = random.random()
random.seed(2)
print(a == random.random())

# Version 1 seeds strings with Python 2's hash.
for s in ['', 'a', 'hello', 'ünï', b'bytes\xff', 'x' * 100]:
    random.seed(s, version=1)
    print(repr(s)[:20], random.random())
random.seed(12345, version=1)
print(random.random())
