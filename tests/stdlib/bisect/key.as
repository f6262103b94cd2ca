# key= applies to the items of a; insort applies it to x as well.
import bisect

rows = [('b', 1), ('a', 2), ('c', 3), ('d', 3), ('e', 5)]
key = lambda r: r[1]
print(bisect.bisect_left(rows, 3, key=key), bisect.bisect_right(rows, 3, key=key))
print(bisect.bisect_left(rows, 3, 0, 2, key=key), bisect.bisect(rows, 0, key=key))
bisect.insort(rows, ('z', 3), key=key)
bisect.insort_left(rows, ('y', 3), key=key)
bisect.insort_right(rows, ('x', 0), key=key)
print(rows)
names = ['ann', 'bob', 'eve']
bisect.insort(names, 'ANDY', key=str.lower)
print(names, bisect.bisect_left(names, 'carl', key=None))
