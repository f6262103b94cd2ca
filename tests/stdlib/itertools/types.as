# The iterator classes: names, subclassing, keyword errors, length hints,
# and count's reprs of bools and big ints.
import itertools

for name in ['count', 'repeat', 'cycle', 'chain', 'islice', 'accumulate', 'starmap', 'compress',
             'dropwhile', 'takewhile', 'filterfalse', 'zip_longest', 'pairwise', 'batched',
             'product', 'permutations', 'combinations', 'combinations_with_replacement', 'groupby']:
    cls = getattr(itertools, name)
    print(cls.__name__, cls.__module__, repr(cls))

class Evens(itertools.count):
    pass
e = Evens(0, 2)
print(type(e).__name__, next(e), next(e), isinstance(e, itertools.count))
class MyChain(itertools.chain):
    pass
mc = MyChain.from_iterable(['ab', 'c'])
print(type(mc).__name__, list(mc))
print(itertools.repeat('x', 4).__length_hint__())
r = itertools.repeat('x', 2)
next(r)
print(r.__length_hint__(), list(r), r.__length_hint__())
print(repr(itertools.count(True)), repr(itertools.count(0, True)), list(itertools.islice(itertools.count(True), 2)))
print(repr(itertools.count(2**70, 2**70)), repr(itertools.count(-1.5, -1)), repr(itertools.count(1, 2.0)))
print(repr(itertools.repeat([1, 2], 0)), repr(itertools.repeat('a', -3)))
print(list(itertools.accumulate(iterable=[1, 2], func=max, initial=5)), list(itertools.compress(data='ab', selectors=[0, 1])))
print(list(itertools.permutations(iterable='ab', r=None)), list(itertools.combinations(r=1, iterable='ab')))
print(list(itertools.batched(iterable='abc', n=2)), list(itertools.islice(itertools.count(start=3, step=0), 2)))
tests = [
    lambda: itertools.chain(x=1), lambda: itertools.zip_longest('a', x=1), lambda: itertools.islice('a', 1, x=1),
    lambda: itertools.product('a', times=2), lambda: itertools.repeat(1).__length_hint__(),
    lambda: itertools.count(1, 'a'), lambda: itertools.cycle(), lambda: itertools.cycle(1),
    lambda: itertools.pairwise(), lambda: itertools.starmap(pow), lambda: itertools.permutations('a', 1.5),
    lambda: itertools.combinations('a'), lambda: itertools.batched('a', 1.0), lambda: itertools.repeat(),
    lambda: list(itertools.starmap(pow, [1])), lambda: itertools.chain(1, 2).__next__(),
    lambda: itertools.accumulate([1], initial=1, x=2), lambda: itertools.dropwhile(len),
]
for f in tests:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
