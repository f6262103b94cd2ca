# attribute builtins on instances, classes and modules
import math
class C:
    cls_attr = 1
o = C()
setattr(o, "x", 10)
print(hasattr(o, "x"), hasattr(o, "cls_attr"), hasattr(o, "nope"), getattr(o, "x"), getattr(o, "nope", None))
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"), getattr([], "append").__name__)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
