# sys._getframe: the caller's frame, f_back up to the module, depth errors
import sys


def where(depth=0):
    f = sys._getframe(depth + 1)
    return f.f_code.co_name, f.f_lineno, f.f_globals is globals()


def outer():
    return inner()


def inner():
    names = []
    f = sys._getframe()
    while f.f_code.co_name != "<module>":
        names.append(f.f_code.co_name)
        f = f.f_back
    return names, f.f_lineno


print(where())
print(where(0), where(-0))
print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
