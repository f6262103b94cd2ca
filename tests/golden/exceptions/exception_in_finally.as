# an exception raised in finally replaces the one in flight (which becomes its context)
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
