# exception groups print in their boxes, as the interpreter prints them
import sys
import traceback


def raise_group():
    raise ExceptionGroup("several", [ValueError("one"), TypeError("two")])


try:
    raise_group()
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)
    print("".join(traceback.format_exception_only(e)))
