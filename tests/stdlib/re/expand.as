import re

m = re.match(r'(?P<a>\w+)-(\d+)(x)?', 'abc-42')
print(m.expand(r'\2:\1'))
print(m.expand(r'\g<a>/\g<2>/\g<0>'))
print(repr(m.expand(r'[\3]')))
print(m.expand('plain'), repr(m.expand(r'\t\n')))
print(re.match(b'(a)', b'a').expand(b'<\\1>'))
for bad in [r'\4', r'\g<9>', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\q', '\\']:
    try:
        m.expand(bad)
    except re.error as e:
        print(repr(bad), 're.error:', e)
try:
    m.expand(r'\g<nope>')
except IndexError as e:
    print('IndexError:', e)
