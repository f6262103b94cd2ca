# gc-stress: skip
import re

text = 'word%d, ' * 1 % () if False else ''.join(['w%d, ' % i for i in range(50000)])
words = re.findall(r'w(\d+)', text)
print(len(words), words[:3], words[-1])
print(len(re.split(', ', text)))
out = re.sub(r'\d', 'x', text)
print(len(out), out[:20])
u = 'é' * 100000 + 'x' + 'ü' * 100000
print(re.search('x', u).span(), len(re.findall('é', u)), len(re.sub('ü', 'u', u)))
print(len(list(re.finditer('[éü]', u))))
