import re

print(re.subn('a', 'o', 'banana'))
print(re.subn('a', 'o', 'banana', 1))
print(re.subn('x', 'o', 'banana'))
print(re.subn('x*', '-', 'abxd'))
print(re.compile(r'\d').subn(lambda m: str(int(m.group()) * 2), 'a1b2c3'))
