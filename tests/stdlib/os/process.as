# getpid, getppid, cpu_count, urandom, strerror, and the constants.
import os
import sys

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
data = os.urandom(16)
print(type(data).__name__, len(data), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))
print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep, os.altsep, os.extsep)
print(os.error is OSError, os.path is sys.modules['os.path'])
