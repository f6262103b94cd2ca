# hash() works for immutable values and fails for mutable containers
print(hash(7), hash(-1), hash(True), hash(None) == hash(None), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
