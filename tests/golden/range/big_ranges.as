# ranges beyond int64: arbitrary ints as in CPython, computed not iterated
B = 10**20
M = 2**63 - 1


def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


r = range(-B, B, 7)
print(r, r.start, r.stop, r.step, bool(r), bool(range(B, 0)), attempt(lambda: len(r)))
print(r[0], r[-1], r[B // 7], attempt(lambda: r[2 * B]), attempt(lambda: r[-2 * B]))
print(r[::3], r[::-1], r[5:-5:B], r[B:], r[Idx(1):Idx(B // 7):Idx(2)])
print(B in r, B - 1 in r, -B in r, B + 7 in r, True in r, r.count(-B), r.count(B))
print(r.index(-B + 7), attempt(lambda: r.index(B)), range(B, B + 3).index(float(B + 1)))
print(range(M + 1, M + 4), len(range(M + 1, M + 4)), list(range(M - 1, M + 3)), list(reversed(range(M - 1, M + 3))))
print(list(range(0, -M - 3, -M)), list(reversed(range(-M - 1, M, M))), sum(range(B, B + 10)))
print([x for x in range(2**64, 2**64 + 6, 2)], [x for x in reversed(range(B, -B, -B // 2))])
print(range(0, B, B) == range(1), range(B, 0) == range(5, 5), range(B, B + 3) == range(B, B + 3),
      range(B, B + 3) != range(B, B + 4), hash(range(B, B + 3)) == hash(range(B, B + 3, 1)))
print(len(range(-M - 1, 0, 2)), attempt(lambda: len(range(-M - 1, M))), range(-M - 1, M)[-1], range(-M - 1, 0)[::-1])
print(range(10)[::B], range(10)[::-B], range(10)[B:-B:-1], attempt(lambda: range(10)[B]), attempt(lambda: range(10)[::0]))
print(slice(None, None, B).indices(5), slice(-B, B, -3).indices(2**70), attempt(lambda: slice(1).indices(-1)))
print(attempt(lambda: range(0, B, 0)), attempt(lambda: range(1.5, B)), attempt(lambda: range(B)['a']))
