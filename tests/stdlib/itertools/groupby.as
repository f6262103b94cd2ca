# groupby: runs of equal keys; advancing the groupby ends the previous
# group, as in CPython.
from itertools import groupby

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print(list(groupby([])))
it = groupby('aabbc')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
it = groupby('aaab')
k, g = next(it)
print(next(g), k)
k, g2 = next(it)
print(list(g), k, list(g2))
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
