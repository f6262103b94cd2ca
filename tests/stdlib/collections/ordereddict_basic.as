from collections import OrderedDict

od = OrderedDict()
print(od, repr(od), len(od))
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(list(reversed(od)))
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(od.popitem(False), od)
try:
    od.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)

# Equality is order-sensitive only between two OrderedDicts.
x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x != y, x == dict(y), dict(x) == y, x == {'a': 1, 'b': 2})
print(x == OrderedDict(a=1, b=2))
print(OrderedDict.__hash__)

z = x.copy()
z['c'] = 3
print(z, type(z).__name__, x)
print(x | {'c': 3}, {'c': 3} | x)
x |= {'d': 4}
print(x)
print(OrderedDict.fromkeys('abc', 0))
print(OrderedDict(zip('xyz', range(3))))
print(x.pop('a'), x.setdefault('e', 5), x)
del x['b']
print(x, isinstance(x, dict))
print(OrderedDict({'k': [1, 2]}))
