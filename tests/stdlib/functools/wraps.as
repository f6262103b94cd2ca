# update_wrapper/wraps copy __module__, __name__, __qualname__, __doc__,
# merge __dict__ and set __wrapped__.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Adds two numbers."""
    return a + b
add.extra = 1
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__, add.__wrapped__.__name__)

def original():
    "orig doc"
original.tag = 'T'
def other():
    pass
w = functools.update_wrapper(other, original)
print(w is other, other.__name__, other.__doc__, other.tag, other.__wrapped__ is original)

def plain():
    pass
functools.update_wrapper(plain, original, assigned=('__doc__',), updated=())
print(plain.__name__, plain.__doc__, hasattr(plain, 'tag'), plain.__wrapped__ is original)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Outer:
    def method(self):
        "a method"
@functools.wraps(Outer.method)
def replacement():
    pass
print(replacement.__name__, replacement.__qualname__, replacement.__doc__)

class Callable:
    def __call__(self):
        pass
c = Callable()
functools.update_wrapper(c, add)
print(c.__name__, c.__doc__, c.__wrapped__ is add, c.extra)
