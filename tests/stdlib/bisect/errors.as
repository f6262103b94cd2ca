# Argument errors as CPython reports them.
import bisect

tests = [
    lambda: bisect.bisect([1], 1, -1),
    lambda: bisect.bisect_left([1], 1, lo=-5),
    lambda: bisect.bisect(5, 1),
    lambda: bisect.insort((1,), 1),
    lambda: bisect.bisect([1], 1, 0, 'a'),
    lambda: bisect.bisect([1], 1, 0, 1.5),
    lambda: bisect.bisect([1], 1, 'a'),
    lambda: bisect.bisect(),
    lambda: bisect.bisect_left([1]),
    lambda: bisect.bisect([1], 1, 0, 1, None),
    lambda: bisect.bisect([1], 1, foo=2),
    lambda: bisect.bisect([1, 2], 'x'),
    lambda: bisect.insort_left([1], 1, a=[]),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
