# a module body runs only on the first import; later imports reuse it
import helper_mod
import helper_mod
from helper_mod import bump
import other_helper
print(bump(), helper_mod.bump(), other_helper.use(), helper_mod.counter)
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
