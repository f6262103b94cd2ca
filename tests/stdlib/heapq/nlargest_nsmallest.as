# nlargest/nsmallest: sorted results, key=, ties in original order, every
# path (n == 1, n >= len, the heap for iterators).
import heapq
import random

r = random.Random(6)
data = [r.randrange(1000) for _ in range(200)]
for n in [-1, 0, 1, 2, 5, 10, 199, 200, 300]:
    print(n, heapq.nlargest(n, data)[:6], heapq.nsmallest(n, data)[:6])
    print(heapq.nlargest(n, iter(data))[:6], heapq.nsmallest(n, iter(data))[:6])
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'banana', 'date', 'lime']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, iter(words), key=len), heapq.nsmallest(3, iter(words), key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, iter(words), key=len))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nsmallest(3, iter([])))
pairs = [(1, 'a'), (1, 'b'), (0, 'c'), (1, 'd')]
print(heapq.nsmallest(2, iter(pairs), key=lambda p: p[0]), heapq.nlargest(2, iter(pairs), key=lambda p: p[0]))
