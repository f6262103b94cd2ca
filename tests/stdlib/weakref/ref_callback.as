# callbacks run once the referent is collected, newest first, with the weakref
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name


log = []
a = Res("a")
r1 = weakref.ref(a, lambda wr: log.append(("first", wr() is None)))
r2 = weakref.ref(a, lambda wr: log.append(("second", wr is r2)))
print(r1.__callback__ is not None, log)
del a
gc.collect()
print(log, r1.__callback__, r2.__callback__)


def noisy(wr):
    raise ValueError("from a callback")


b = Res("b")
rb = weakref.ref(b, noisy)
del b
gc.collect()
print("the callback's exception was printed, not raised")
keep = Res("kept")
rk = weakref.ref(keep, lambda wr: print("never"))
del rk
c = Res("c")
lost = weakref.ref(c, lambda wr: print("dropped with its weakref"))
del lost
del c
gc.collect()
print("end")
