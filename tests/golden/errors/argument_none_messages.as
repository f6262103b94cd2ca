# Argument type errors name None as "None" (not NoneType), as CPython's
# argument parsing does, and a few special messages.
import sys, time, os
tests = [
    lambda: format(1, None), lambda: sys.intern(None), lambda: time.strftime(None),
    lambda: bytes.fromhex(None), lambda: open('x', None), lambda: sys.stdout.write(None),
    lambda: 'a'.replace(None, 'b'), lambda: str.maketrans(None, 'a'), lambda: ExceptionGroup(None, []),
    lambda: os.path.normpath(None), lambda: os.fsencode(None), lambda: os.fsdecode(None),
    lambda: bytes('x', None), lambda: 'x'.split(1), lambda: 'x'.partition(None), lambda: 'x'.rpartition(None),
    lambda: (1).__format__(None), lambda: (1.0).__format__(None), lambda: object().__format__(None),
    lambda: float.fromhex(None), lambda: (1).to_bytes(1, None), lambda: 'x'.strip(1), lambda: 'x'.removeprefix(None),
    lambda: 'x'.center(3, None), lambda: 'x'.zfill(None), lambda: 'x'.count(None), lambda: 'x'.join([None]),
]
for f in tests:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
