import json

docs = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"',
        '"\\u12x4"', '"a\x01"', 'nul', '[', '{', '{"a":', '1 2', '[1,2', '-', '-x', '01', '1.', '1e',
        '[1]x', '\ufeff[]', '"\\', '{"a":1 "b":2}', '{"a"', 'tru', '[\n1,\n2\n3]', '{"é": "ü", x}',
        '"\\ud800\\u12"', 'nan', '+1', '.5', '[,]']
for doc in docs:
    try:
        print(repr(doc), '->', json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1,')
except ValueError as e:
    print(type(e).__name__, e.args)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
e = json.JSONDecodeError('Oops', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
