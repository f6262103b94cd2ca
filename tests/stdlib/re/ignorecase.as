import re

# IGNORECASE matches what CPython matches, its special cases (dotted and
# dotless i) included; \s is str.isspace().
s = 'Ii\u0130\u0131xX\u0390\u1fd3'
for p in ['(?i)[h-j]', '(?i)[^i]', '(?i)[^h-j]', '(?i:i)I', '(?i)(?-i:i)I', '(?i)\\x49', '(?i)\\u0131', '(?i)[\\u0130]', '(?ia)i', '(?i)\u0390', 'i', '(?i)(i)\\1']:
    print(p, ascii(re.findall(p, s)))
print(ascii(re.findall(b'(?i)i', b'Ii\xc4\xb0')))
chars = [chr(c) for c in range(0x3001) if not (0xd800 <= c < 0xe000)]
cased = ''.join([c for c in chars if c.lower() != c or c.upper() != c])
odd = []
for c in cased:
    found = re.findall('(?i)' + re.escape(c), cased)
    if len(found) != 2:
        odd.append(ascii(c) + ':' + ascii(''.join(found)))
print(len(cased), len(odd))
print(' '.join(odd))
spaces = ''.join([c for c in chars if re.match(r'\s', c)])
print(ascii(spaces), ascii(''.join(re.findall(r'[^\S]', ''.join(chars)))) == ascii(spaces))
print(ascii(''.join(re.findall(r'(?a)\s', ''.join(chars)))), re.split(r'\s+', 'a\x1cb\u180ec d'))
