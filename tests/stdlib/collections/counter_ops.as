from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(a == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, b=0), a != b)
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1) >= Counter())
print(Counter(a=2) > Counter(a=1), Counter(a=1, b=1) < Counter(a=2, b=2))
print(Counter(a=1) == {'a': 1}, Counter() == {})

x = Counter(a=3, b=-1)
x += Counter(a=1, c=2)
print(x)
x -= Counter(a=10)
print(x)
x |= Counter(b=5, c=1)
print(x)
x &= Counter(b=2, c=7)
print(x)
try:
    Counter() + {'a': 1}
except TypeError as e:
    print('TypeError:', e)
try:
    Counter() < {'a': 1}
except TypeError as e:
    print('TypeError:', e)
