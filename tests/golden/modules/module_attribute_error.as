# a missing module attribute names the module in the error
import helper_mod
try:
    helper_mod.nothing_here
except AttributeError as e:
    print("AttributeError:", e)
