"""Heap queue: CPython 3.12's heapq module.

A heap is a plain list kept so that a[k] <= a[2k+1] and a[k] <= a[2k+2];
a[0] is the smallest item.  The primitives are C (_heapq); merge,
nlargest and nsmallest are here and follow CPython's algorithms, so ties
come out in the same order."""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator, lazily; equal
    items come out in the order of their iterables."""
    if reverse:
        _heapify, _heappop, _heapreplace = _heapify_max, _heappop_max, _heapreplace_max
        direction = -1
    else:
        _heapify, _heappop, _heapreplace = heapify, heappop, heapreplace
        direction = 1
    # Entries are [item, order, iterator] or [key, order, item, iterator]:
    # order breaks ties, so a comparison never reaches what follows it.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            if key is None:
                h.append([value, order * direction, it])
            else:
                h.append([key(value), order * direction, value, it])
            break
    _heapify(h)
    while len(h) > 1:
        s = h[0]
        it = s[-1]
        if key is None:
            yield s[0]
        else:
            yield s[2]
        for value in it:
            if key is None:
                s[0] = value
            else:
                s[0] = key(value)
                s[2] = value
            _heapreplace(h, s)
            break
        else:
            _heappop(h)
    if h:
        s = h[0]
        yield s[0] if key is None else s[2]
        yield from s[-1]


def nsmallest(n, iterable, key=None):
    """The n smallest items, sorted (sorted(iterable, key=key)[:n])."""
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # A max-heap of the n best so far, (key, order, item) so that ties keep
    # their original order and items themselves are never compared.
    it = iter(iterable)
    if key is None:
        result = [(elem, i, elem) for i, elem in zip(range(n), it)]
    else:
        result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = elem if key is None else key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (sorted(iterable, key=key,
    reverse=True)[:n])."""
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i, elem) for i, elem in zip(range(0, -n, -1), it)]
    else:
        result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]
