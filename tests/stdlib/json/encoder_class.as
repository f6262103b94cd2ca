import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder().encode([frozenset('ab')]))
try:
    SetEncoder().encode(object())
except TypeError as e:
    print('TypeError:', e)
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({'b': 1, 'a': [1]}))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
print(repr(json.JSONEncoder().item_separator), repr(json.JSONEncoder(indent=1).item_separator))
print(''.join(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(json.JSONEncoder().encode('text'), json.JSONEncoder(ensure_ascii=False).encode('é'))
enc = json.JSONEncoder(default=str)
print(enc.encode([range(2)]))
