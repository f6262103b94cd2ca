# what cannot be weakly referenced, and wrong arguments
import weakref


class IntSub(int):
    pass


class ListSub(list):
    pass


class StrSub(str):
    pass


def gen():
    yield


for value in (1, 1.5, "text", b"x", (), [], {}, object(), ValueError(), None, IntSub(2)):
    try:
        weakref.ref(value)
        print("ok", type(value).__name__)
    except TypeError as e:
        print("TypeError:", e)
for value in (ListSub(), StrSub("s"), set(), frozenset(), gen(), len, weakref):
    print("ok", type(value).__name__, weakref.ref(value)() is value)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    weakref.ref(set())(1)
except TypeError as e:
    print("TypeError:", type(e).__name__)
