import re

p = re.compile(r'(?P<word>\w+)\s+(\d+)')
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a+', re.IGNORECASE))
print(re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile('a', re.A))
print(re.compile(b'a+', re.I))
print(re.compile('(?i)abc').flags, re.compile('(?s)(?m)x').flags)
print(re.compile('(?a)x').flags, re.compile(b'x').flags)
print(re.compile(p) is p)
print(re.compile('x') == re.compile('x'), re.compile('x') == re.compile('x', re.I))
print(hash(re.compile('x')) == hash(re.compile('x')))
print(repr(re.compile('a' * 300))[-10:])
print(type(p), re.Pattern, isinstance(p, re.Pattern))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(3)
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError:', e)
