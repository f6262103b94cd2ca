# simplefilter: each action, category and lineno
import sys
import warnings

sys.stderr = sys.stdout


def twice(msg, cat=UserWarning):
    for i in range(2):
        warnings.warn(msg, cat)


warnings.simplefilter("always")
twice("always shown")
warnings.simplefilter("ignore", RuntimeWarning)
twice("hidden", RuntimeWarning)
twice("user still shown")
warnings.simplefilter("once")
twice("once only")
warnings.warn("once only")
warnings.simplefilter("module")
twice("module once")
warnings.warn("module once")
warnings.simplefilter("default")
twice("default per line")
warnings.warn("default per line")
warnings.simplefilter("ignore", lineno=28)
warnings.warn("ignored on this line")
warnings.warn("shown on this line")
warnings.simplefilter("error", append=True)
print(warnings.filters[0], warnings.filters[-1])
warnings.simplefilter("ignore", lineno=28)
print(len([f for f in warnings.filters if f[4] == 28]))
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", DeprecationWarning)
