# an exception in __enter__ skips the body and __exit__
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit (not reached)")
try:
    with BadEnter():
        print("body (not reached)")
except RuntimeError as e:
    print("caught:", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except KeyError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))
