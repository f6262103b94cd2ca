# entering a context that is already entered raises RuntimeError
import contextvars

ctx = contextvars.copy_context()


def nested():
    try:
        ctx.run(print, 'never')
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])
    return 'outer run finished'


print(ctx.run(nested))
