# raising inside an except block records the handled exception as __context__
try:
    try:
        [][0]
    except IndexError:
        {}["missing"]
except KeyError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__, e.__cause__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__context__, e.__cause__, e.__suppress_context__)
