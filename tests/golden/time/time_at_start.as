# time.time() is 946684800.0 at start under virtual time; monotonic starts at 0
import time
print(time.time())
print(time.monotonic())
