from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(c.total(), Counter().total())
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'blue']))

c.update('aaz')
print(c)
c.update({'z': 10})
print(c)
c.update(q=2)
print(c)
c.subtract('aaaa')
print(c)
c.subtract({'z': 20}, b=1)
print(c)
del c['nothing']
del c['z']
print(c, len(c))

d = c.copy()
print(d == c, d is c, type(d).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    hash(c)
except TypeError as e:
    print('TypeError:', e)

words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1))
print(Counter('hello world').most_common(3))
