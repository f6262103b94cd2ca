import re

print(re.findall(r'\x41\u00e9\U0001F600\101\0', 'Aé😀A\x00'))
print(re.match(r'\a\f\n\r\t\v', '\a\f\n\r\t\v'))
print(re.findall(r'[\b]', 'a\bb'), re.findall(r'[\d\s]', 'a1 b'), re.findall(r'[^\w]', 'a-b'))
print(re.findall(r'\D\S\W', '1a-x. '))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[a\-z]', 'a-z'), re.findall('[]a]', ']a'))
print(re.findall(r'[\]]', ']'), re.findall('[^]]', 'a]'))
print(re.findall(r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', '.*+?()[]{}|^$\\'))
print(re.findall(r'\s+', 'a \t\n\r\x0b\x0cb'))
print(re.findall('[:alpha:]', 'ab:'))
