"""Iterator building blocks: CPython 3.12's itertools module.

Every function returns a lazy iterator object of its own class
(itertools.chain, ...), with CPython's result order, reprs for count and
repeat, and argument errors.  All but tee are C
(_itertools).  Not offered: pickling (__reduce__, __setstate__) and
__copy__ of tee iterators."""

from _itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                        compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                        permutations, product, repeat, starmap, takewhile, zip_longest)

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _index(x):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return x


class _tee:
    # One of the iterators tee() returns; they share a buffer of the
    # items some have seen and others have not.
    def __init__(self, shared, me):
        self._shared = shared
        self._queue = shared[1][me]

    def __iter__(self):
        return self

    def __next__(self):
        if self._queue:
            return self._queue.popleft()
        item = next(self._shared[0])
        for q in self._shared[1]:
            if q is not self._queue:
                q.append(item)
        return item


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2):
    """n independent iterators over the items of one."""
    from collections import deque
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    queues = [deque() for _ in range(n)]
    shared = (iter(iterable), queues)
    return tuple(_tee(shared, i) for i in range(n))
