# bytes methods, str() and + take bytearray operands where CPython does
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: b"abc".replace(bytearray(b"a"), b"x"))
show(lambda: b"abc".split(bytearray(b"b")))
show(lambda: b"abc".strip(bytearray(b"a")))
show(lambda: b"abc".startswith(bytearray(b"a")))
show(lambda: b"abc".removeprefix(bytearray(b"a")))
show(lambda: b"abc".translate(bytearray(range(256))))
show(lambda: b"abc".center(5, bytearray(b"*")))
show(lambda: bytearray(b"abc").find())
show(lambda: bytearray(b"abc").count(b"b", 0, 10))
show(lambda: str(bytearray(b"x"), "ascii"))
show(lambda: "x".encode() + bytearray(b"y"))
show(lambda: sorted([bytearray(b"b"), b"a"]))
show(lambda: bytearray(b"ab") == "ab")
b = bytearray(b"a,b")
print(b.split(sep=b","), b.decode(encoding="ascii"), b.hex(sep=":"), b.split(sep=bytearray(b",")))
print(b"x,y".split(sep=bytearray(b",")), b"ab".endswith((bytearray(b"b"),)))
