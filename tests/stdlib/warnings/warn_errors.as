# wrong arguments to warn and the filter functions
import warnings

for bad in (int, "text", 3):
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError:", e)

for call in (lambda: warnings.simplefilter("bogus"),
             lambda: warnings.simplefilter("error", lineno=-1),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", module=None)):
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)

warnings.simplefilter("error")
try:
    warnings.warn("now an exception")
except UserWarning as e:
    print("caught", repr(e))
try:
    warnings.warn("runtime", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e), e.args)
try:
    warnings.warn("prefixes", skip_file_prefixes=["not a tuple"])
except TypeError as e:
    print("TypeError:", e)
