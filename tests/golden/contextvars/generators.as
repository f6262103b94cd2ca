# A generator has no context of its own: each resumption sees the context it is resumed in
from contextvars import ContextVar, Context

where = ContextVar('where', default='top')


def reporter():
    while True:
        yield where.get()


gen = reporter()
one = Context()
two = Context()
one.run(where.set, 'one')
two.run(where.set, 'two')

print(next(gen))
print(one.run(next, gen))
print(two.run(next, gen))
print(next(gen))


# A generator that sets a var changes the context it is running in.
def setter():
    where.set('set by generator')
    yield 1
    where.set('set again')
    yield 2


g = setter()
print(one.run(next, g), one[where], where.get())
print(two.run(next, g), two[where], one[where])


# Closures and lambdas read the var when called, not when made.
readers = [lambda: where.get() for i in range(2)]
print([r() for r in readers], one.run(lambda: [r() for r in readers]))
