import json

print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x"}'))
print(json.loads('  [1, 2]  '), json.loads('"s"'), json.loads('3'), json.loads('-0'), json.loads('-0.0'))
print(json.loads('1.5e3'), json.loads('1E+2'), json.loads('2e-3'), json.loads('123456789012345678901234567890'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{}'), json.loads('[]'), json.loads('[[[]]]'))
print(json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(repr(json.loads('"\\ud800"')), json.loads('"\\ud83d\\ude00"'), repr(json.loads('"\\udc00\\ud800x"')))
print(json.loads('"héllo ☃ 😀"'), json.loads('{"ключ": "значение"}'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(b'\xef\xbb\xbf{"a": 1}'))
print(json.loads('\n[\r\n1\t,2]\n'))
print(json.loads('"a\\u0000b"') == 'a\x00b')
print(type(json.loads('1')), type(json.loads('1.0')), type(json.loads('1e2')))
