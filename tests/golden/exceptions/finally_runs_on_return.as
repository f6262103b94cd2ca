# finally runs when the try block returns; the return value is kept
def f():
    try:
        print("in try")
        return "from try"
    finally:
        print("in finally")
print(f())
def g():
    x = "original"
    try:
        return x
    finally:
        x = "changed in finally"
print(g())
