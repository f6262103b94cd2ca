# a closure reads the variable's value at call time
def f():
    def show():
        return msg
    msg = "assigned after def"
    r1 = show()
    msg = "reassigned"
    return r1, show()
print(f())
