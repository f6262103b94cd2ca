# index with start/stop, count, and membership with == semantics
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(1, 1, 5), a.count(2), a.count(1), 3.0 in a)
