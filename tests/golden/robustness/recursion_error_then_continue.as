# RecursionError from mutual recursion in methods is catchable repeatedly
class Node:
    def a(self, n):
        return self.b(n + 1)
    def b(self, n):
        return self.a(n + 1)
for attempt in range(3):
    try:
        Node().a(0)
    except RecursionError:
        print("attempt", attempt, "hit the limit")
print("done")
