# warnings.warn(stacklevel=N) blames the caller N-1 levels up
import sys
import warnings

sys.stderr = sys.stdout


def deprecated_api():
    warnings.warn("old api", UserWarning, stacklevel=2)


def user():
    deprecated_api()


user()
deprecated_api()


def deep():
    warnings.warn("beyond the stack", stacklevel=50)


deep()
