# conform: skip -- second helper: imports helper_mod itself
import helper_mod
print("other_helper imported; helper_mod.counter =", helper_mod.counter)
def use():
    return helper_mod.bump()
