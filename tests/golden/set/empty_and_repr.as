# the empty set prints as set(); {} is a dict; frozenset reprs
print(set(), type({}).__name__, frozenset(), frozenset({1}), {()}, set("a"))
print(len(set()), bool(set()), bool({0}))
