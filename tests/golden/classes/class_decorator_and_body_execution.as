# the class body runs at definition time; class decorators receive the class
print("before class")
def add_tag(cls):
    cls.tag = "tagged"
    return cls
@add_tag
class C:
    print("in class body")
    x = 1
    y = x + 1
print("after class", C.tag, C.y)
