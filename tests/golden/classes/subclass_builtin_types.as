# subclassing list, dict and int keeps their behaviour
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class Default(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else "?"
d = Default(a=1)
print(d["a"], d["b"], d)
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
m = Meters(5)
print(m, m + 3, repr(m), [m])
class MyErr(ValueError):
    pass
print(MyErr("x"), repr(MyErr("x")), isinstance(MyErr(), ValueError))
