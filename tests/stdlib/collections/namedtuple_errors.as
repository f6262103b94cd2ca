from collections import namedtuple

Point = namedtuple('Point', 'x y')
attempts = [
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2, z=3),
    lambda: Point(1, x=2),
    lambda: Point._make([1]),
    lambda: Point._make([1, 2, 3]),
    lambda: Point(1, 2)._replace(z=1),
    lambda: Point(1, 2)._replace(z=1, w=2),
    lambda: setattr(Point(1, 2), 'x', 5),
    lambda: delattr(Point(1, 2), 'y'),
    lambda: setattr(Point(1, 2), 'z', 5),
    lambda: namedtuple('P', 'a b', defaults=[1, 2, 3]),
    lambda: namedtuple('P', 'a a'),
    lambda: namedtuple('P', 'a _b'),
    lambda: namedtuple('P', 'a class'),
    lambda: namedtuple('P', 'a 1b'),
    lambda: namedtuple('class', 'a'),
    lambda: namedtuple('P-Q', 'a'),
    lambda: namedtuple('P', 'a b', bogus=1),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
