import re

bad = ['(a', 'a)', '*a', 'a**', 'a*??', '+', 'a|*', '^*', '[z-a]', r'[\d-z]', r'\q', r'\e', '(?P<1>a)',
       '(?P<a>x)(?P<a>y)', '(?P=nope)', '(?P<a>(?P=a))', r'(a)\2', r'(a\1)', 'a{3,2}', '(?<x>a)',
       '(?Px)', '(?', '(?z)', 'x(?i)', r'\x1', r'\u12', r'\U00110000', '[a', '[]', '\\', '(?#x',
       'ab\n(cd', r'\777', r'[\A]', r'[\9]', '(?(x)a|b)', '(?(2)a|b)', '(?P<a b>x)', '(?P<', '(?P<a']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile(b'\\u1234')
except re.error as e:
    print(e)
print(issubclass(re.error, Exception), re.error.__name__)
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno)
try:
    re.search('a', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError:', e)
