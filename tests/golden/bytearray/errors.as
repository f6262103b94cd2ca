# bytearray error paths match CPython's messages
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = bytearray(b"abc")
show(lambda: bytearray(-1))
show(lambda: bytearray("abc"))
show(lambda: bytearray(1, "utf-8"))
show(lambda: bytearray("a", 1))
show(lambda: bytearray(1.5))
show(lambda: bytearray(None))
show(lambda: bytearray([256]))
show(lambda: bytearray([-1]))
show(lambda: bytearray(["a"]))
show(lambda: b[3])
show(lambda: b[-4])
show(lambda: b["x"])
def setitem(k, v):
    b[k] = v
show(lambda: setitem(0, 256))
show(lambda: setitem(0, -1))
show(lambda: setitem(0, "a"))
show(lambda: setitem(5, 1))
show(lambda: setitem("k", 1))
show(lambda: setitem(slice(0, 1), 5))
show(lambda: setitem(slice(0, 1), "x"))
show(lambda: setitem(slice(0, 1), 1.5))
show(lambda: setitem(slice(0, 1), None))
show(lambda: setitem(slice(0, 1), [300]))
show(lambda: setitem(slice(None, None, 2), b"abc"))
def delitem(k):
    del b[k]
show(lambda: delitem(10))
show(lambda: b.append(256))
show(lambda: b.append("a"))
show(lambda: b.extend(5))
show(lambda: b.extend("ab"))
show(lambda: b.extend([1, 999]))
show(lambda: b.insert(0, 300))
show(lambda: bytearray().pop())
show(lambda: b.pop(10))
show(lambda: b.remove(120))
show(lambda: b.remove(300))
show(lambda: b + "x")
show(lambda: b + [1])
show(lambda: b * 1.5)
show(lambda: "x" in b)
show(lambda: 300 in b)
show(lambda: b.index(b"z"))
show(lambda: b"".join([1]))
show(lambda: bytearray.fromhex("zz"))
def iadd():
    global b
    b += [1]
show(iadd)
print(b)
