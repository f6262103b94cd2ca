import json

print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=tuple, object_hook=dict))
print(json.loads('[1.5, 2, 1e3]', parse_float=lambda s: 'F' + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('"a\tb"', strict=False) == 'a\tb')
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)
class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)
print(json.loads('{"x": {"y": 1}}', cls=Upper))
dec = json.JSONDecoder()
print(dec.decode(' {"a": [1]} '), dec.raw_decode('[1] extra'), dec.raw_decode('xx 42', 3))
print(dec.strict, dec.object_hook, dec.parse_float is float, dec.parse_int is int)
