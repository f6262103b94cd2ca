"""Iterator building blocks: CPython 3.12's itertools module.

Every function returns a lazy iterator object of its own class
(itertools.chain, ...), with CPython's result order, reprs for count and
repeat, and argument errors.  The iterators are C (_itertools).  Not
offered: pickling (__reduce__, __setstate__)."""

from _itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                        compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                        permutations, product, repeat, starmap, takewhile, zip_longest, _tee)

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _index(x):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return x


def tee(iterable, n=2):
    """n independent iterators over the items of one (a tuple)."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    # An iterator that can copy itself (a tee iterator) is shared, as in
    # CPython; any other is wrapped in a first tee iterator.
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
