# a decorator factory takes arguments and returns the decorator
def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args):
            return sep.join(fn(*args) for _ in range(times))
        return wrapper
    return deco
@repeat(3)
def word(w):
    return w
@repeat(times=2, sep="|")
def other():
    return "x"
print(word("hi"), other())
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def d(x):
    return 2 * x
print(registry["double"](21), d is registry["double"])
