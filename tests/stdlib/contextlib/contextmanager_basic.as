from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wraps output in a tag."""
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('b') as value:
    print('inside', value)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)

# An exception in the body is thrown into the generator at the yield.
try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', repr(e))

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('translated') from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))

# As a decorator each call gets a fresh generator.
@tag('call')
def work(n):
    print('working', n)
    return n * 2

print(work(1), work(2))

cm = tag('once')
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print('AttributeError')

@contextmanager
def plain():
    yield 5

with plain() as five, tag('p') as p:
    print(five, p)
