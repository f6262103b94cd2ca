# f"{expr=}" prints the expression text and the repr of its value
x = 42
name = "aster"
print(f"{x=}", f"{name=}", f"{x * 2=}", f"{x = }")
print(f"{x=:>5}", f"{name=!s}", f"{3.14159=:.2f}")
