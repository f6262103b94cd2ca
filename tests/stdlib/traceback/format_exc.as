# format_exc / print_exc: the exception being handled, as an uncaught one prints
import sys
import traceback


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(type(text).__name__, text.endswith("\n"))
    print(text)
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
    print(traceback.format_exc(limit=0))
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
