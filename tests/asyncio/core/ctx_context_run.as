# Context.run executes in that context: sets inside stay there, the caller's context is untouched
import contextvars

color = contextvars.ContextVar('color', default='white')


def paint(value):
    color.set(value)
    return 'painted ' + color.get()


ctx = contextvars.copy_context()
print(ctx.run(paint, 'red'))
print('outside', color.get())
print('inside ctx', ctx[color], ctx.get(color))
print('ctx.run sees', ctx.run(color.get))
print('membership', color in ctx, len(ctx))
