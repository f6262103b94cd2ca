# SystemExit is an exception: it can be caught and inspected
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit("text")
except SystemExit as e:
    print("code is", repr(e.code))
print("still running")
