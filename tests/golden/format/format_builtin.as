# format(value, spec) and __format__ on a user class
print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), repr(format(7)))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
m = Money(5)
print(format(m), f"{m}", f"{m:.0f}", "{:.1f}".format(m))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
