# ctx.run(f, *args, **kwargs) runs f inside ctx: its changes stay in ctx, the caller's context is untouched
from contextvars import ContextVar, Context, copy_context

user = ContextVar('user', default='nobody')
depth = ContextVar('depth', default=0)

user.set('alice')
ctx = copy_context()


def login(name, *, level=1):
    print('inside before:', user.get(), depth.get())
    user.set(name)
    depth.set(level)
    print('inside after:', user.get(), depth.get())
    return name.upper()


print(ctx.run(login, 'bob', level=3))
print('outside:', user.get(), depth.get())
print('ctx holds:', ctx[user], ctx[depth])

# Running in the same context again sees what the last run left there.
print(ctx.run(lambda: (user.get(), depth.get())))

# A fresh Context starts empty: only defaults are seen.
print(Context().run(lambda: (user.get(), depth.get())))

# Changes made outside after the copy do not reach the copy.
user.set('carol')
print(ctx.run(user.get), user.get())

# Positional and keyword arguments are passed through unchanged.
print(ctx.run(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3, y=4))

# Nested runs of different contexts see their own values and restore on the way out.
inner = Context()


def nested():
    before = user.get()
    seen = inner.run(lambda: user.get())
    return before, seen, user.get()


print(ctx.run(nested))
