from types import MappingProxyType

d = {'a': 1, 'b': 2}
m = MappingProxyType(d)
print(m, repr(m), type(m), len(m), m['a'], m.get('z', 0), 'b' in m, list(m))
print(list(m.keys()), list(m.values()), list(m.items()), m.copy(), m == d, m | {'c': 3})
d['c'] = 3
print(m['c'], list(reversed(m)))
for attempt in (lambda: m.__setitem__('a', 5), lambda: MappingProxyType([1])):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
