import re

for m in re.finditer(r'\w+', 'one two  three'):
    print(m.span(), m.group())
it = re.finditer('x*', 'axb')
print(next(it))
print([m.span() for m in it])
print([m.group(1) for m in re.compile(r'(\d)').finditer('1a2b3', 2)])
print(list(re.finditer('z', 'abc')))
