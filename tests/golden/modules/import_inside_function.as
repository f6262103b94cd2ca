# import inside a function binds a local name
def use():
    import helper_mod
    return helper_mod.greet("local")
print(use())
try:
    helper_mod
except NameError as e:
    print("NameError:", e)
