import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII, re.UNICODE, re.LOCALE)
print(repr(re.I | re.M), str(re.S | re.X | re.A), re.I | 0x200)
print(int(re.I), re.I + 1, re.I == 2, f'{re.M:d}', format(re.M))
print(isinstance(re.I, int), type(re.I | re.M).__name__)
print(re.I & re.M, re.I ^ re.I, 2 | re.M)
print(re.findall('a', 'AaA', re.I))
print(re.findall('^b', 'a\nb\nb', re.M), re.findall('^b', 'a\nb'))
print(re.findall('a.c', 'a\nc', re.S), re.findall('a.c', 'a\nc'))
print(re.findall(r'''
    \d+     # digits
    [ ]     # a space
    [a-z]+  # a word
''', '12 ab 3 cd', re.X))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'\d', '٣4'), re.findall(r'\d', '٣4', re.ASCII))
