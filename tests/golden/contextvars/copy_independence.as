# copy_context() and ctx.copy() make independent contexts; equality compares contents
from contextvars import ContextVar, Context, copy_context

x = ContextVar('x', default=0)
y = ContextVar('y')

x.set(1)
snapshot = copy_context()
x.set(2)
print(snapshot[x], x.get())

# Changing the copy leaves the original alone, and the other way round.
clone = snapshot.copy()
clone.run(x.set, 100)
clone.run(y.set, 'only in clone')
print(snapshot[x], y in snapshot, clone[x], clone[y])
snapshot.run(x.set, 50)
print(snapshot[x], clone[x])

# Equality: same variables with equal values.
a = Context()
b = Context()
print(a == b, a != b, a == snapshot)
a.run(x.set, [1, 2])
b.run(x.set, [1, 2])
print(a == b, a.copy() == a, a.copy() is a)
b.run(x.set, [3])
print(a == b, a != b)
print(a == 1, a != 'text', a == {x: [1, 2]})

# copy_context() inside run() copies the context being run.
inner_copy = clone.run(copy_context)
print(inner_copy == clone, inner_copy is clone, inner_copy[y])

# An iterator sees the mapping as it was when it was made.
items = clone.items()
clone.run(x.set, 'changed')
clone.run(ContextVar('z').set, 'new')
print(sorted((var.name, value) for var, value in items))
print(len(clone))

# Many copies, each changed once, stay independent.
copies = [copy_context() for i in range(2000)]
for i, c in enumerate(copies):
    c.run(x.set, i)
print(sum(c[x] for c in copies), x.get())
print(all(c[x] == i for i, c in enumerate(copies)))
