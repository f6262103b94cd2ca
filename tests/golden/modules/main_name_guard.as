# __name__ is "__main__" in the script and the module name in imported modules
import helper_mod
print(__name__, helper_mod.__name__)
if __name__ == "__main__":
    print("running as main")
