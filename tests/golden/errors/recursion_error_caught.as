# RecursionError can be caught, and the program continues normally afterwards
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught RecursionError:", e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("recovered, depth(500) =", depth(500))
