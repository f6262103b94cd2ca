# WeakKeyDictionary: entries leave when their key dies
import gc
import weakref


class K:
    def __init__(self, name):
        self.name = name


data = weakref.WeakKeyDictionary()
x, y = K("x"), K("y")
data[x] = 1
data[y] = 2
data[x] = 10
print(len(data), data[x], x in data, data.get(K("z"), "no"), 5 in data)
print(sorted(k.name for k in data.keys()), sorted(data.values()))
print(sorted((k.name, v) for k, v in data.items()), len(data.keyrefs()))
del x
gc.collect()
print(len(data), sorted(data.values()))
print(data.setdefault(y, 99), data.pop(y), len(data))
z = K("z")
data.update({z: "zz"})
print(data[z], repr(data).startswith("<WeakKeyDictionary at 0x"))
del data[z]
print(len(data))
try:
    data[z]
except KeyError:
    print("KeyError")
