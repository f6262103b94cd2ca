# OSError(errno, strerror) picks the subclass that names the errno, for
# every subclass CPython maps; EnvironmentError and IOError are OSError.
codes = {2: 'ENOENT', 17: 'EEXIST', 13: 'EACCES', 1: 'EPERM', 21: 'EISDIR', 20: 'ENOTDIR',
         110: 'ETIMEDOUT', 11: 'EAGAIN', 114: 'EALREADY', 115: 'EINPROGRESS', 10: 'ECHILD',
         4: 'EINTR', 3: 'ESRCH', 32: 'EPIPE', 108: 'ESHUTDOWN', 103: 'ECONNABORTED',
         104: 'ECONNRESET', 111: 'ECONNREFUSED', 22: 'EINVAL'}
for code, name in codes.items():
    e = OSError(code, 'text')
    print(name, type(e).__name__, e.errno, e)
for cls in (BlockingIOError, ChildProcessError, InterruptedError, ProcessLookupError,
            ConnectionAbortedError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise ProcessLookupError(3, 'No such process')
except OSError as e:
    print(repr(e), e.strerror)
