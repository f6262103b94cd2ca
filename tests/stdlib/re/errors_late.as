import re

# Errors CPython finds after parsing: look-behind widths, group numbers
# in conditions, incompatible flags.
for p in ['(?<=a+)b', '(?<=a|bc)d', '(?<!x*)y', '(?(2)a)(b)', '(?(1)a|b|c)', '(a)(?(1)a|b|c)', '(?(',
          '(?(1)', '(?<=a|b)c', '(?<=ab|cd)e', '(?<=a(b|c))d']:
    try:
        c = re.compile(p)
        print(repr(p), 'compiled', c.findall('xabcde'))
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos)
for p, f in [('(?a)(?u)a', 0), ('(?u)a', re.A), ('(?a)a', re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print(repr(p), 'ValueError:', e)
try:
    re.compile(b'(?L)(?a)x')
except ValueError as e:
    print('ValueError:', e)
