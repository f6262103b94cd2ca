# cmp_to_key turns a three-way comparison function into a sort key.
from functools import cmp_to_key

def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_text)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min([5, 2, 8], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(2), K(4) >= K(9), K(5).obj)
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
