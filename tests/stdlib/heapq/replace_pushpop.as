# heapreplace pops then pushes; heappushpop pushes then pops (and returns
# the item itself when it is not greater than the top).
import heapq

h = [1, 3, 5, 7, 9]
print(heapq.heapreplace(h, 4), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 3))
e = []
print(heapq.heappushpop(e, 1), e)
