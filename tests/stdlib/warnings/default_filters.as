# the default filters: DeprecationWarning shown only when issued from __main__
import sys
import warnings

sys.stderr = sys.stdout

print(warnings.filters)
print(warnings.defaultaction)
warnings.warn("main deprecation", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("future", FutureWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)
for cat in (PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning,
            UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(cat.__name__, cat.__mro__[1].__name__, issubclass(cat, Warning))
