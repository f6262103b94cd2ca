# __length_hint__ of reversed() over a sequence and of the iterator over
# a class with __getitem__.
import operator


def walk(label, it):
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(label, hints)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i


class NoLen:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


walk('reversed-tuple', reversed((1, 2, 3)))
walk('reversed-str', reversed('ab'))
walk('reversed-seq', reversed(Seq(2)))
walk('iter-seq', iter(Seq(3)))
print(type(iter(NoLen())).__name__, iter(NoLen()).__length_hint__())
print(operator.length_hint(iter(NoLen()), 7))
print(operator.length_hint(reversed((1, 2))))

s = Seq(3)
it = iter(s)
next(it)
s.n = 1
print('shrunk', it.__length_hint__())
r = reversed(s)
s.n = 0
print('reversed shrunk', r.__length_hint__())
