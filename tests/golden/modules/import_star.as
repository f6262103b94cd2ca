# from NAME import * binds public names only
from helper_mod import *
print(greet("star"), GREETING, Widget(2))
try:
    _private
except NameError as e:
    print("NameError:", e)
