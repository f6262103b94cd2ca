# a return in finally replaces the try's return and swallows exceptions
def f():
    try:
        return 1
    finally:
        return 2
def g():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(f(), g())
