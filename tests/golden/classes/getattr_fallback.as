# __getattr__ runs only for missing attributes; __setattr__ intercepts all sets
class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"no {name}")
print(Dyn().real, Dyn().x_y)
try:
    Dyn().other
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
print(l.a)
