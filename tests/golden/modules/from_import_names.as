# from NAME import a, b as c binds the names directly
from helper_mod import greet, Widget as W, GREETING
print(greet("from-import"), W(1), GREETING)
