import re

# IGNORECASE with ASCII: only ASCII letters match their other case.
s = 'aAbB kK\u212a sS\u017f iI\u0130\u0131 éÉ zZ[]^_`'
for p in ['a', 'k', 's', 'i', 'é', '[a-c]', '[^a]', '[Z-a]', '[K]', '(a)\\1', '(?-i:a)A', '\\x41', '[\\x41-\\x43]', '\\w+', 'é', '[é]', '(?P<x>k)(?P=x)']:
    print(p, ascii(re.findall(p, s, re.I | re.A)), ascii(re.findall('(?a)(?i)' + p, s)), ascii(re.findall(p, s, re.I)))
print(ascii(re.findall('(?i:K)', s, re.A)), ascii(re.findall(b'(?i)k', b'kK\xe9\xc9')))
