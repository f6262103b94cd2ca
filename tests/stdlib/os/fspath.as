import os


class Place:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class Bad:
    def __fspath__(self):
        return 42


print(os.fspath('a/b'), os.fspath(b'raw'), os.fspath(Place('/tmp')))
print(os.path.join(Place('/x'), 'y'), os.path.isdir(Place('/')), os.listdir(Place('/')) == os.listdir('/'))
print(os.fsencode('caf\u00e9'), os.fsdecode(b'caf\xc3\xa9'), os.fsdecode('same'))
for bad in [1, None, Bad()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)


class Sub(os.PathLike):
    def __fspath__(self):
        return 'sub'


print(os.fspath(Sub()), isinstance(Sub(), os.PathLike))
