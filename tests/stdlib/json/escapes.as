import json

# \u escapes: pairs, lone surrogates, and escapes cut short by the end of
# the document (CPython wants a character after the four digits).
docs = ['"\\ud800\\u12x4"', '"\\ud800\\u12"', '"\\ud800\\u"', '"\\ud800\\ude00', '"\\ud800\\ude0',
        '"\\ud800\\', '"\\u1234', '"\\u1234"', '"\\ud800\\ude00"', '"\\ud800\\n"', '"\\ud800\\u0041"',
        '"\\uDBFF\\uDFFF"', '"\\uD83D"', '"\\uDE00\\uD83D"', '"\\u00"', '"\\uzzzz"', '"\\x41"']
for doc in docs:
    try:
        print(repr(doc), ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), e)
for s in ['\ud800', '\udfff\ud800', '\U0010ffff', '\x7f\x80\xff', '\u2028\u2029']:
    print(ascii(s), json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
