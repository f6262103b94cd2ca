# iter()/next(): default values, exhausted iterators, callable-sentinel form
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
values = [3, 2, 1, 0, 5]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
di = iter(d)
print(next(di), type(di).__name__ == "dict_keyiterator")
