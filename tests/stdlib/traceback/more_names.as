# traceback.print_last, clear_frames and walk_stack.
import sys
import traceback


def inner():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]


def outer():
    return inner()


print(outer()[:3])

try:
    traceback.print_last()
except ValueError as e:
    print('ValueError', e)


def fail(n):
    raise ValueError(f'bad {n}')


try:
    fail(0)
except ValueError as e:
    sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
    traceback.clear_frames(e.__traceback__)
    print('cleared', e.__traceback__.tb_next.tb_lineno)
traceback.print_last(file=sys.stdout)
traceback.print_last(limit=1, file=sys.stdout)
