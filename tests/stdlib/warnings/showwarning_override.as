# showwarning and formatwarning may be replaced; warn_explicit
import sys
import warnings

warnings.simplefilter("always")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "file.py", 12, "  the line  ")))
warnings.showwarning("shown", UserWarning, "some.py", 3, sys.stdout)
warnings.showwarning("with line", UserWarning, "some.py", 3, sys.stdout, "x = 1")


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s %s\n" % (category.__name__, message, lineno)


warnings.formatwarning = my_format
sys.stderr = sys.stdout
warnings.warn("through formatwarning")
warnings.formatwarning = warnings._formatwarning_orig


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", category.__name__, message, filename, lineno, file, line)


warnings.showwarning = my_show
warnings.warn("through showwarning")
warnings.warn_explicit("explicit", UserWarning, "fake.py", 99)
warnings.warn_explicit(RuntimeWarning("explicit instance"), UserWarning, "fake.py", 98)
registry = {}
warnings.resetwarnings()
warnings.warn_explicit("registered", UserWarning, "fake.py", 5, registry=registry)
warnings.warn_explicit("registered", UserWarning, "fake.py", 5, registry=registry)
print(sorted(k for k in registry if k != "version"))
