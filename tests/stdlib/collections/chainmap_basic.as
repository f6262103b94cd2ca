from collections import ChainMap

defaults = {'colour': 'red', 'user': 'guest', 'size': 1}
settings = {'user': 'ann'}
cm = ChainMap(settings, defaults)
print(cm)
print(cm['user'], cm['colour'], cm.get('missing'), cm.get('size', 0))
print(len(cm), sorted(cm), list(cm), 'size' in cm, 'nope' in cm)
print(sorted(cm.items()), sorted(cm.values()), dict(cm))
cm['colour'] = 'blue'
print(settings, defaults)
del cm['colour']
print(cm['colour'])
try:
    del cm['size']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
try:
    cm.pop('size')
except KeyError as e:
    print('KeyError', e)
print(cm.pop('user'), cm.pop('user', 'gone'), settings)

child = cm.new_child()
child['x'] = 1
print(child, child.maps[0], child.parents)
print(cm.new_child({'y': 2}), cm.new_child(z=3))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
print(ChainMap.fromkeys('ab', 0))
c2 = cm.copy()
c2['w'] = 9
print(c2, cm)
print(ChainMap({'a': 1}) == ChainMap({'a': 1}, {'a': 2}), ChainMap({'a': 1}) == {'a': 1})
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
c3 = ChainMap({'a': 1})
c3 |= {'c': 3}
print(c3, c3.setdefault('d', 4), c3.setdefault('a', 0), c3)
c3.update(e=5)
print(c3, c3.popitem(), c3)
c3.clear()
print(c3)
try:
    ChainMap().popitem()
except KeyError as e:
    print('KeyError', e)
