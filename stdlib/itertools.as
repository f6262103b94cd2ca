"""Iterator building blocks: CPython 3.12's itertools module.

Every function returns a lazy iterator object of its own class
(itertools.chain, ...), with CPython's result order, reprs for count and
repeat, and argument errors.  Not offered: pickling (__reduce__,
__setstate__) and __copy__ of tee iterators."""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for x in (start, step):
            if not hasattr(type(x), '__add__') or isinstance(x, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle:
    """cycle(iterable): its items, then the same items again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = max(0, _index(times))
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


def _index(x):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return x


def _add(a, b):
    return a + b


class accumulate:
    """accumulate(iterable, func=add, *, initial=None): running totals."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._started = initial is not None
        self._initial_pending = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial_pending:
            self._initial_pending = False
            return self._total
        item = next(self._it)
        if self._started:
            self._total = self._func(self._total, item)
        else:
            self._total = item
            self._started = True
        return self._total


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterables): like chain(*iterables), lazily."""
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable): the items from the first one for
    which predicate is false."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping or not self._pred(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable): the items before the first one for
    which predicate is false."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable): the items for which
    function (or the item itself, for None) is false."""

    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._pred(item):
                return item


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items
    with equal keys.  Advancing groupby ends the previous group."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                self._step()
            elif self._tgtkey is _MISSING or not (self._tgtkey == self._currkey):
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return self._currkey, grouper


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MISSING:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _MISSING
        return value


_grouper.__name__ = _grouper.__qualname__ = '_grouper'
_MISSING = object()


def _ssize(x):
    # x as a C ssize_t the way CPython's islice reads it: -1 for anything
    # that is not an int in range (the caller cannot tell -1 apart).
    if isinstance(x, int) and -_sys.maxsize - 1 <= x <= _sys.maxsize:
        return int(x)
    return -1


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items a slice would select, without indexing."""

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        iterable = args[0]
        start, stop, step = 0, None, 1
        stop_arg = args[1] if len(args) == 2 else args[2]
        if len(args) > 2 and args[1] is not None:
            start = _ssize(args[1])
        if stop_arg is not None:
            stop = _ssize(stop_arg)
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
        if start < 0 or stop is not None and stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class starmap:
    """starmap(function, iterable): function(*args) for each args."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


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


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): like zip, to the end of
    the longest, with fillvalue for the missing items."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class pairwise:
    """pairwise(iterable): (a, b), (b, c), ... of successive items."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._last is _MISSING:
                self._last = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._last, new)
        self._last = new
        return pair


class batched:
    """batched(iterable, n): tuples of n items, the last maybe shorter."""

    def __init__(self, iterable, n):
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        batch = tuple(islice(self._it, self._n))
        if not batch:
            self._it = None
            raise StopIteration
        return batch


class _Combinatoric:
    # Base of the combinatoric iterators: a generator does the work.
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class product(_Combinatoric):
    """product(*iterables, repeat=1): the cartesian product, as tuples,
    the rightmost element advancing fastest."""

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    indices = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0 and indices[i] == len(pools[i]) - 1:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, n):
            indices[j] = 0
        yield tuple(pools[k][indices[k]] for k in range(n))


def _r_arg(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Combinatoric):
    """permutations(iterable, r=None): r-length orderings of the items,
    in lexicographic order of positions."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_arg(r)
        self._gen = _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_Combinatoric):
    """combinations(iterable, r): r-length subsequences of the items, in
    lexicographic order of positions."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = _combinations(pool, _r_arg(r), False)


class combinations_with_replacement(_Combinatoric):
    """combinations_with_replacement(iterable, r): like combinations, an
    item may repeat."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = _combinations(pool, _r_arg(r), True)


def _combinations(pool, r, replace):
    n = len(pool)
    if r > n and not replace or n == 0 and r:
        return
    indices = [0] * r if replace else list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        # The rightmost index that can still grow.
        i = r - 1
        while i >= 0 and indices[i] == (n - 1 if replace else i + n - r):
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[i] if replace else indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)
