import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(,)?(x)?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m.group(4))
print(m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span(4), m.start(4))
print(m.lastindex, m.lastgroup, m.string, m.pos, m.endpos, m.re)
print(m.regs)
print(bool(m), type(m), isinstance(m, re.Match))
for bad in [5, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError:', e)
try:
    m[7]
except IndexError as e:
    print('IndexError:', e)
try:
    m.start('x')
except IndexError as e:
    print('IndexError:', e)
print(re.match('a', 'a').groups(), re.match('a', 'a').groupdict(), re.match('a', 'a').lastindex)
print(re.match(b'(a)b', b'abc'))
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex)
print(re.match('(a)(b*)', 'a').lastindex, re.match('(a(b*))', 'a').lastindex)
print(re.match('(?P<x>a)|(?P<y>b)', 'b').lastgroup, re.match('(a)|(?P<y>b)', 'a').lastgroup)
print(re.match('(a)|b', 'b').lastindex)
try:
    re.Match()
except TypeError as e:
    print('TypeError:', e)
