# closures see variables of every enclosing function
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(10)(100))
def outer():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return middle(), v
print(outer())
