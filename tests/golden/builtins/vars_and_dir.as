# vars() of an instance; dir() of a simple class, without dunder names
class Simple:
    class_level = 1
    def method(self):
        pass
s = Simple()
s.b = 2
s.a = 1
print(vars(s), vars(s) is s.__dict__)
print([n for n in dir(Simple) if not n.startswith("__")])
print([n for n in dir(s) if not n.startswith("__")])
print("__init__" in dir(s), "__class__" in dir(s), dir(s) == sorted(dir(s)))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
