# pass and ... as empty bodies
def nothing():
    pass

class Empty:
    ...

if True:
    pass
print(nothing(), Empty.__name__, ...)
print(Ellipsis is ..., repr(...))
