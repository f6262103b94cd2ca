# gc.collect() frees what the script deleted, even when the collection
# is asked for from a nested call (stale copies left in the callers'
# value stacks do not keep objects alive)
import gc
import weakref


class Thing:
    pass


def collect():
    gc.collect()


def make_and_drop():
    t = Thing()
    r = weakref.ref(t)
    del t
    collect()
    return r


t = Thing()
r = weakref.ref(t)
del t
collect()
print(r(), make_and_drop()())
things = [Thing() for i in range(3)]
refs = [weakref.ref(x) for x in things]
things.clear()
gc.collect()
print([r() for r in refs])
