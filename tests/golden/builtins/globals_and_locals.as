# globals() is the module namespace; locals() inside a function is a snapshot dict
g_value = 5
print(globals()["g_value"], "g_value" in globals(), globals()["__name__"])
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
globals()["made_up"] = "via globals"
print(made_up)
