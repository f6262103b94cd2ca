# raise ... from sets __cause__ and __suppress_context__
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as err:
    print(repr(err), repr(err.__cause__), err.__suppress_context__, err.__context__ is err.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as err:
    print(repr(err), err.__cause__, err.__suppress_context__, type(err.__context__).__name__)
