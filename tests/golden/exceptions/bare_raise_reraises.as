# a bare raise re-raises the exception being handled
def check(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    check(0)
except ZeroDivisionError as e:
    print("outer caught:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
