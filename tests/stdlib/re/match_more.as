import re

p = re.compile(r'(?P<a>x)(y)?')
m = p.search('zzxz', -3, 100)
print(m.pos, m.endpos, m.span(), m.regs)
m = p.search('zzxz', 1, 3)
print(m.pos, m.endpos, m.re is p, m.string)
print(m.__copy__() is m, m.__deepcopy__({}) is m)
print(m.group(True), m.group(False), m[True], m.start(True))
for bad in [1.5, None, [1], 'zz', 3, -1]:
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    m.group(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    m.start(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(m.groups(default=0), m.groupdict(default='?'))
print(re.match('a', 'a').regs, re.match('(a)(b)?', 'a').regs)
m = re.search('(é+)(ü)', 'xxééü!')
print(m.span(1), m.span(2), m.group(1, 2), m.start(), m.end(), m.regs)
m = re.search(b'(\\xff)', b'a\xffb')
print(m, m.group(1), m.span(1))
print([m.group() for m in re.finditer('é', 'aébéc', 2)])
print(re.match('x', 'x').__class__.__name__, re.Match.__name__)
