# importing a module that does not exist raises ModuleNotFoundError
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from helper_mod import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
