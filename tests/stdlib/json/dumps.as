import json

print(json.dumps({'a': 1, 'b': [1, 2.5, None, True, False], 'c': 'x'}))
print(json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(None), json.dumps(3))
print(json.dumps((1, 2)), json.dumps([[], {}, [[]]]))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e100), json.dumps(-0.0), json.dumps(1/3))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(float('-inf')))
print(json.dumps(12345678901234567890123456789), json.dumps(-2**70))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(';', '=')))
print(json.dumps('"quoted" \\ back\nnew\ttab\b\f\r\x00\x1f\x7f'))
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(k=1)]))
print(json.dumps({MyInt(3): 1, MyStr('k'): 2}))
