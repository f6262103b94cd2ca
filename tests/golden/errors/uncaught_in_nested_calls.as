# the error comes from several calls deep; output printed before it is kept
def a():
    print("in a")
    b()
def b():
    print("in b")
    c()
def c():
    return [1][5]
a()
