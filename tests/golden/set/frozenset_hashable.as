# frozensets are hashable: set elements and dict keys; they have no add
fs = frozenset([1, 2])
d = {fs: "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
print({frozenset([1]), frozenset([1])}, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
