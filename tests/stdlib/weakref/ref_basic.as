# weakref.ref: calling it, death at the next collection, the type and repr
import gc
import weakref


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(r() is n, type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(repr(r).startswith("<weakref at 0x"), "; to 'Node' at 0x" in repr(r))
print(weakref.getweakrefcount(n), weakref.getweakrefs(n) == [r])
del n
gc.collect()
print(r(), r() is None, repr(r).endswith("; dead>"))


def func():
    pass


rf = weakref.ref(func)
print(repr(rf).endswith("(func)>"), "to 'function' at" in repr(rf))
print(weakref.ref(Node)() is Node, weakref.ref(int)() is int)
