# __init__ sets instance attributes; instances have independent state
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def moved(self, dx):
        return Point(self.x + dx, self.y)
p = Point(1, 2)
q = p.moved(5)
p.z = "extra"
print(p.x, p.y, p.z, q.x, q.y, hasattr(q, "z"))
print(p.__dict__, type(p).__name__, type(p) is Point)
