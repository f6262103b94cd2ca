# islice: stop, start/stop/step, None defaults, laziness, CPython's errors.
from itertools import islice, count

s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, 3)), list(islice(s, 10)), list(islice(s, 5, 3)))
print(list(islice(count(), 3, 20, 5)), list(islice(range(10), 1, 8, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
print(list(islice([], 5)), list(islice(s, 0)))
for args in [(s,), (s, -1), (s, 'a'), (s, -1, 5), (s, 1, -5), (s, 0, 5, 0), (s, 0, 5, -1), (s, 0, 5, 1.5),
             (s, 1.0, 3), (s, 1, 2, 3, 4)]:
    try:
        islice(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(s, -5), (s, 2**70), (s, 'x', 3), (s, 0, -1), (s, 0, -5), (s, 0, 'x'), (s, 0, 3, 2**70), (s, 1.0)]:
    try:
        islice(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(list(islice(s, True, 3)), list(islice(s, False, None, True)))
