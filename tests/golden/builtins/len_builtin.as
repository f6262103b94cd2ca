# len() of every sized builtin, and errors for unsized objects
print(len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(frozenset()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
