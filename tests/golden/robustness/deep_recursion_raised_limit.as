# recursion 100000 deep after sys.setrecursionlimit(200000) must not crash.
# gc-stress: skip -- too slow when the collector runs at every allocation
# CPython 3.12 runs this fine (Python-to-Python calls do not use the C stack).
import sys
sys.setrecursionlimit(200000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(50000)
count = 0
while nested:
    nested = nested[0]
    count += 1
print(count)
