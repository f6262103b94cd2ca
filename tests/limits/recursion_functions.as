# Unbounded recursion of plain functions raises RecursionError, which can
# be caught; afterwards the interpreter is whole and recursion works again.
import sys

def down(n):
    return down(n + 1)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)

print(depth(500))

# A method, a lambda and mutual recursion meet the same limit.
class Node:
    def walk(self):
        return self.walk()

try:
    Node().walk()
except RecursionError as e:
    print("method:", e)

f = lambda n: f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("lambda:", e)

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)

# Raising the limit allows deeper (not infinite) recursion.
sys.setrecursionlimit(20000)
print(depth(15000))
try:
    down(0)
except RecursionError as e:
    print("raised limit:", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
