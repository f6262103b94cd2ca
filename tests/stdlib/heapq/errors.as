# Argument errors as CPython reports them.
import heapq

tests = [
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heappop([]),
    lambda: heapq.heappop({}),
    lambda: heapq.heappop([], 1),
    lambda: heapq.heapify(5),
    lambda: heapq.heapify(),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heapreplace('ab', 1),
    lambda: heapq.heappushpop(None, 1),
    lambda: heapq.heappush([], 1, x=1),
    lambda: heapq.heappop(),
]
for f in tests:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
