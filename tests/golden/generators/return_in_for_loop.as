# a generator's return value is invisible to for loops and list()
def g():
    yield 1
    return "hidden"
print([x for x in g()], list(g()))
def wrapper():
    value = yield from g()
    yield value
print(list(wrapper()))
