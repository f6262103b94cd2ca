# Descriptors where a path may be given: CPython passes ints on as fds.
import os
for c in (lambda: os.stat(-1), lambda: os.chdir(-1), lambda: os.stat(2**40), lambda: os.stat(True).st_mode > 0, lambda: os.path.exists(-1), lambda: os.path.isdir(2**70)):
    try: print(c())
    except Exception as e: print(type(e).__name__, e)
