# bool(NotImplemented) is True with a DeprecationWarning, issued through
# the warnings module's filters
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    if NotImplemented:
        print("true in an if")
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
warnings.simplefilter("error")
try:
    not NotImplemented
except DeprecationWarning as e:
    print("DeprecationWarning:", e)
