# sets of small non-negative ints print in increasing order, like CPython
print({3, 1, 2}, {5, 0, 7, 4}, set([2, 2, 1]), set(range(10, 0, -1)))
s = {6, 2}
s.add(4)
s.add(0)
print(s, sorted(s) == list(s))
print({1, 2, 3} | {5, 4}, {1, 2, 3, 4} & {4, 2, 9}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print(frozenset([3, 1, 2]))
