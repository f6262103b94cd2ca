# the interpreter's "coroutine ... was never awaited" goes through the filters
import gc
import sys
import warnings


async def job():
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
    gc.collect()
    print([str(m.message) for m in log], [m.category.__name__ for m in log])
    print(log[0].lineno if log else None)

warnings.simplefilter("ignore", RuntimeWarning)
job()
gc.collect()
print("ignored: nothing printed")

sys.stderr = sys.stdout
warnings.resetwarnings()
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("shown:", c.__name__, m)
job()
gc.collect()
print("end")
