import json

data = {'name': 'x', 'items': [1, [2, 3], {}, []], 'nested': {'a': {'b': None}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, 2], indent=0))
print(json.dumps([1, {'a': 2}], indent=-1))
print(json.dumps(data, indent=4, sort_keys=True, separators=(',', ': ')))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2))
print(json.dumps({'a': [1, 2]}, indent=1, separators=(' ,', ' : ')))
