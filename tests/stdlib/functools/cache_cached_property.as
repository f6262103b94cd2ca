# cache is an unbounded lru_cache; cached_property computes once per
# instance and keeps the value in the instance's __dict__.
import functools

@functools.cache
def slow(n):
    print('slow', n)
    return n * 10
print(slow(1), slow(1), slow(2), slow.cache_info())

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        """The area."""
        print('computing area')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
c.area = 0
print(c.area)
del c.area
print(c.area)
print(Circle(1).area, type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)

cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(c, Circle)
except TypeError as e:
    print(type(e).__name__, e)
