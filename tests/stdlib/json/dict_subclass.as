import json

# dict subclasses are encoded through their items(), as in CPython.
class Rev(dict):
    def items(self):
        return reversed(list(super().items()))
class Odd(dict):
    def items(self):
        return [('x', 1), ('y', [2])]
print(json.dumps(Rev(a=1, b=2)), json.dumps(Odd(a=1)), json.dumps({'k': Rev(c=3, d=4)}, sort_keys=True))
print(json.dumps(Rev(a=1, b=2), indent=1))
class Bad(dict):
    def items(self):
        return 5
try:
    json.dumps(Bad(a=1))
except TypeError as e:
    print('TypeError:', e)
print(json.dumps(Bad()))
