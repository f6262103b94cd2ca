# functions defined inside functions are new objects on every call
def make():
    def inner():
        return "inner"
    return inner
a, b = make(), make()
print(a(), a is b, a.__name__)
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 10), apply_twice(str.upper, "q"))
