# assignment anywhere in a function makes the name local; global opts out
x = "global"
def read_only():
    return x
def shadow():
    x = "local"
    return x
def rebind():
    global x
    x = "rebound"
print(read_only(), shadow(), x)
rebind()
print(x)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
