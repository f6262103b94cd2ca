# sys.maxsize is the largest 64-bit signed int; sys.modules holds loaded modules
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys)
