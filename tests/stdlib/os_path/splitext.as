from os.path import splitext

for s in ['a.txt', 'a.tar.gz', '.bashrc', '..', '...x', 'a/.b', 'a.b/c', 'a.b/.c.d', 'noext', 'a.', '/x/y.z']:
    print(repr(s), splitext(s))
try:
    splitext(3)
except TypeError as e:
    print(e)
