# slice() objects, their repr, indices(), and use as subscripts
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1))
print("abcdefghij"[s], list(range(10))[slice(None, 3)])
print(s.indices(5), slice(None, None, -1).indices(4))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[1:2, 5], p[...])
