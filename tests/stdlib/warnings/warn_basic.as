# warnings.warn: the printed format, once per location by default
import sys
import warnings

sys.stderr = sys.stdout


def f():
    warnings.warn("careful")


for i in range(3):
    f()
warnings.warn("second place")
warnings.warn("as runtime", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(FutureWarning("instance keeps its class"), RuntimeWarning)
print("done")
