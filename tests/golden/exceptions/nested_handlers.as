# an inner handler that doesn't match lets the outer one catch it
def inner():
    try:
        raise KeyError("deep")
    except ValueError:
        print("inner ValueError (not reached)")
    finally:
        print("inner finally")
try:
    inner()
except LookupError as e:
    print("outer caught", type(e).__name__, e)
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as t:
            print("inner-most", t)
        print("back in ValueError handler")
except Exception:
    print("not reached")
print("done")
