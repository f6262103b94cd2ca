# format_exception / print_exception: the 3.10+ forms and the old (type, value, tb)
import sys
import traceback


def fail(n):
    raise KeyError(n)


try:
    fail(3)
except KeyError as e:
    exc = e

lines = traceback.format_exception(exc)
print(len(lines), lines[0] == "Traceback (most recent call last):\n")
print("".join(lines))
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
print(traceback.format_exception(exc, limit=1))
print(traceback.format_exception(ValueError("no traceback")))
print(traceback.format_exception(None))
traceback.print_exception(exc, file=sys.stdout)
traceback.print_exception(type(exc), exc, exc.__traceback__, limit=0, file=sys.stdout)
traceback.print_exception(exc, None, None, file=sys.stdout)
try:
    traceback.format_exception(exc, exc)
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception("not an exception")
except TypeError as e:
    print("TypeError:", e)
