# next() on an exhausted iterator outside a generator
it = iter([])
next(it)
