# decorators wrap functions; stacking applies bottom-up
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args):
        return fn(*args) + "!"
    return wrapper
@exclaim
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
calls = []
def trace(fn):
    def inner(*a):
        calls.append(fn.__name__)
        return fn(*a)
    return inner
@trace
def sq(x):
    return x * x
print(sq(4), sq(5), calls, sq.__name__)
