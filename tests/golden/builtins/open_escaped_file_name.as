# open() writes a file name's escaped bytes (lone surrogates U+DC80..U+DCFF,
# as os.listdir gives them for names that are not UTF-8) as those bytes.
import os

root = f'/tmp/aster_open_escaped_{os.getpid()}'
os.mkdir(root)
name = root + '/caf\udce9'
with open(name, 'w') as f:
    f.write('x')
print([ascii(n) for n in os.listdir(root)])
with open(name) as f:
    print(f.read())
try:
    open('\ud800', 'w')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
os.remove(name)
os.rmdir(root)
