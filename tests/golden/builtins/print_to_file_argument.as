# print(file=...) writes to any object with a write method
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("hello", 42, file=c)
print("x", "y", sep="+", end=".", file=c)
print(c.parts)
print("to stdout", file=None)
