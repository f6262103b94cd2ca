# an exception raised while importing a module propagates to the importer
try:
    import broken_helper
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
import sys
print("broken_helper" in sys.modules)
