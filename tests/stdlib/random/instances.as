# Random instances are independent generators; the module functions share
# a hidden one; randbytes; a subclass overriding seed() still works.
import random

a = random.Random(10)
b = random.Random(10)
c = random.Random('ten')
print(a.random() == b.random(), a.random(), c.random())
print(a.randbytes(0), a.randbytes(1), a.randbytes(9), len(a.randbytes(100)))
print(random.Random(0).randbytes(16))

class Mine(random.Random):
    def seed(self, a=None, version=2):
        print('seeding', a)
        super().seed(a)

m = Mine(3)
print(m.random() == random.Random(3).random(), isinstance(m, random.Random))
print(type(random.random).__name__, random.Random.VERSION)
print([name for name in random.__all__ if not hasattr(random, name)])
try:
    random.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.Random({})
except TypeError as e:
    print(type(e).__name__, e)
