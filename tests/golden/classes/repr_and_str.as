# print uses __str__, falling back to __repr__; containers use __repr__
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class Neither:
    pass
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(Both(), repr(Both()), [Both()], f"{Both()!r}")
n = repr(Neither())
print(n.startswith("<__main__.Neither object at 0x"), n.endswith(">"))
print(Neither())
