# type(), __class__, __name__, __qualname__, __module__, repr of classes
class Outer:
    class Inner:
        pass
o = Outer()
print(type(o), o.__class__, Outer, Outer.Inner, type(Outer))
print(Outer.__name__, Outer.Inner.__qualname__, Outer.__module__)
print(type(1), type("s"), type(None), type([]), type(len), type(o) == Outer)
