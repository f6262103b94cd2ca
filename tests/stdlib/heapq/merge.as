# merge: lazy, stable across inputs, with key and reverse.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=True)))
print(list(heapq.merge(['aa', 'b'], ['ccc', 'dd', 'e'], key=len, reverse=True)))
a = [(1, 'a'), (2, 'a')]
b = [(1, 'b'), (2, 'b')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
print(type(heapq.merge([])).__name__)
