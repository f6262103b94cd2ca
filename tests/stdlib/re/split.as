import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'))
print(re.split('(a)|(b)', 'xaybz'))
print(re.split(',', 'a,b,c', maxsplit=-1), re.split(',', ''), re.split('', ''))
print(re.split(b',', b'a,b'))
