# itemgetter, attrgetter and methodcaller objects: their classes, call
# errors, and use with map, sorted, min and max.
import operator

for cls in [operator.itemgetter, operator.attrgetter, operator.methodcaller]:
    print(cls.__name__, cls.__module__, repr(cls))
g = operator.itemgetter(0)
print(list(map(g, ['ab', 'cd'])), max([(1, 'z'), (3, 'a')], key=operator.itemgetter(0)))
print(min(['bb', 'a', 'ccc'], key=operator.methodcaller('__len__')), sorted([-3, 1, -2], key=operator.methodcaller('__abs__')))
words = ['Pear', 'apple', 'Fig']
print(sorted(words, key=operator.methodcaller('lower')), sorted([(2, 'b'), (1, 'a')], key=operator.itemgetter(1, 0)))
d = {'k': 1}
print(operator.attrgetter('__class__.__name__')(d))
for f in [lambda: g(), lambda: g(1, 2), lambda: g(obj='ab'), lambda: operator.attrgetter('x')(),
          lambda: operator.methodcaller('x')(1, 2), lambda: operator.itemgetter(1, x=2),
          lambda: operator.attrgetter('a', x=1), lambda: operator.attrgetter('a', 5),
          lambda: operator.itemgetter(5, 0)('ab')]:
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
