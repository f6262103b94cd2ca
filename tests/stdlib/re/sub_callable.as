import re

p = re.compile(r'\d+')

def double_inner(m):
    # Runs the same pattern again while sub is in the middle of its scan.
    inner = p.sub(lambda n: n.group() * 2, m.group())
    return '<' + inner + '|' + str(len(p.findall('1 2 3'))) + '>'

print(p.sub(double_inner, 'a1b22c333'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.sub('(a)(n)?', lambda m: str(m.lastindex) + str(m.span()), 'banana'))
print(re.subn('', lambda m: '-', 'ab'))
for repl in [lambda m: 5, lambda m: b'x']:
    try:
        re.sub('a', repl, 'xay')
    except TypeError as e:
        print('TypeError:', e)
try:
    re.sub(b'a', lambda m: 'q', b'xay')
except TypeError as e:
    print('TypeError:', e)
for args in [('a', b'z', 'xay'), ('a', b'z', 'ay'), ('a', b'z', 'xyz')]:
    try:
        print(re.sub(*args))
    except TypeError as e:
        print('TypeError:', e)
def boom(m):
    raise ValueError('from repl')
try:
    re.sub('a', boom, 'xa')
except ValueError as e:
    print('ValueError:', e)
seen = []
re.sub(r'(\w)(\d)?', lambda m: seen.append((m.group(), m.groups(), m.pos, m.endpos, m.string)) or '', 'a1b')
print(seen)
