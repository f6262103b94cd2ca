# finalize: a function called once when the object dies, or when called
import gc
import weakref


class Conn:
    pass


def close(name, reason="gone"):
    print("closing", name, reason)
    return name


c = Conn()
f = weakref.finalize(c, close, "db", reason="collected")
print(f.alive, f.peek()[1:] == (close, ("db",), {"reason": "collected"}), f.atexit)
del c
gc.collect()
print(f.alive, f.peek(), f())
d = Conn()
g = weakref.finalize(d, close, "manual")
print(g(), g(), g.alive)
e = Conn()
h = weakref.finalize(e, close, "detached")
obj, func, args, kwargs = h.detach()
print(obj is e, func is close, args, kwargs, h.alive, h.detach())
del e, obj
gc.collect()
print(repr(g).endswith("; dead>") or "for" in repr(g))
print("end")
