import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError('cannot encode ' + type(o).__name__)

print(json.dumps([Point(1, 2), Point(3, 4)], default=encode_point))
print(json.dumps({1, 2, 3}, default=sorted))
print(json.dumps({'p': Point(0, 0)}, default=lambda o: o.__dict__, sort_keys=True))
try:
    json.dumps(object(), default=encode_point)
except TypeError as e:
    print('TypeError:', e)

class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print('ValueError:', e)
