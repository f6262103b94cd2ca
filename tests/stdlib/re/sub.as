import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('a', 'b', 'banana', count=2))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<first>\w+) (?P<second>\w+)', r'\g<second> \g<first> \g<0>', 'hello world'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n\t\\', 'xax'), repr(re.sub('a', r'\-', 'a')))
print(re.sub('a', r'\101\0', 'a') == 'A\x00')
print(re.sub('', '-', 'abc'))
print(re.sub(r'\s+', ' ', '  a   b \n c  '))
print(re.sub('(?i)B', 'x', 'abBA'), re.sub('b', 'x', 'abBA', flags=re.I))
print(re.sub(b'a', b'\\g<0>\\g<0>', b'cat'))
print(re.compile('o').sub('0', 'foo boo'))
def upper(m):
    return m.group(0).upper()
print(re.sub(r'\b\w', upper, 'the quick brown fox'))
print(re.sub('a', lambda m: '', 'banana'))
