# classmethod receives the class (also for subclasses); staticmethod receives nothing
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def area_of_square(s):
        return s * s
class Square(Shape):
    pass
s = Square.create()
print(type(s).__name__, Shape.count, Shape.area_of_square(3), s.area_of_square(4))
print(Shape.create().__class__.__name__, Shape.count)
