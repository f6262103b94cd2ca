# `import NAME` runs the module beside the script once and binds it
import helper_mod
print(helper_mod.greet("world"), helper_mod.GREETING)
print(helper_mod.Widget(3), type(helper_mod).__name__, helper_mod.__name__)
