import re

s = 'Ünïcödé tëxt — ☃ snow, 日本語のテキスト, 😀 emoji'
print(re.findall(r'\w+', s))
m = re.search('☃ (\\w+)', s)
print(m, m.span(1), s[m.start():m.end()])
print(re.sub('ö', 'o', s))
print(re.split(r'\s+', s))
print([m.span() for m in re.finditer('[テキ]', s)])
print(re.findall('(?i)ÜNÏ', s), re.findall('é', s, re.I))
print(re.search('😀', s).span(), len(s))
print(re.compile('é').search(s, 6).span(), re.compile('é').match(s, 6))
print(re.sub('', '|', 'añb'))
print(re.split('', '日本'))
print(re.fullmatch('.{3}', '日本語'), re.match('...', '😀😀😀x'))
print(re.findall(r'\d+', '١٢٣ and 456'))
print(re.sub('(?i)straße', 'X', 'STRASSE Straße'))
