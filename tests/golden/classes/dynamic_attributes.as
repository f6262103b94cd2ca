# setattr/getattr/delattr/hasattr with dynamic names on instances
class Bag:
    pass
b = Bag()
for i, name in enumerate(["alpha", "beta"]):
    setattr(b, name, i)
print(getattr(b, "alpha"), b.beta, hasattr(b, "gamma"), vars(b))
delattr(b, "alpha")
print(vars(b))
try:
    delattr(b, "alpha")
except AttributeError as e:
    print("AttributeError:", e)
