# The names the language core relies on, in one place.
import sys

print(type(sys.argv).__name__, type(sys.path).__name__, sys.modules['sys'] is sys)
print(sys.platform, sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.maxunicode)
print(sys.version_info[:2], sys.version_info >= (3, 12), sys.version.startswith('3.12'))
print(type(sys.implementation.name).__name__, sys.hexversion >> 16 == 0x30c)
limit = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(type(sys.executable).__name__, sys.stdout.writable(), sys.stdin.readable())
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
