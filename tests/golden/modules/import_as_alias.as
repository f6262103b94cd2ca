# import NAME as ALIAS binds only the alias
import helper_mod as hm
print(hm.greet("alias"))
try:
    helper_mod
except NameError as e:
    print("NameError:", e)
