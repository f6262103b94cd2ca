# under virtual time the wall clock starts at 2000-01-01 00:00:00 UTC
import time
print(time.strftime("%X"))
print(time.strftime("%Y-%m-%d %H:%M:%S"))
