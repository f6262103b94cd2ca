# File names that are not UTF-8 round-trip through str as CPython's
# surrogateescape does: listdir, fsencode/fsdecode, the environment.
import os

root = f'/tmp/aster_os_escape_{os.getpid()}'
os.mkdir(root)
name = os.fsdecode(b'caf\xe9-\xff\xfe-ok')
print(ascii(name), os.fsencode(name), os.fsencode('plain é'), ascii(os.fsdecode(b'\xc3\xa9\x80')))
fd = os.open(os.path.join(root, name), os.O_WRONLY | os.O_CREAT, 0o644)
os.write(fd, b'data')
os.close(fd)
print([ascii(n) for n in os.listdir(root)], os.path.getsize(os.path.join(root, name)))
print([ascii(e.name) for e in os.scandir(root)], os.path.exists(root + '/' + name))
os.environ['ASTER_ESCAPED'] = name
print(ascii(os.environ['ASTER_ESCAPED']))
del os.environ['ASTER_ESCAPED']
for bad in ['\ud800', 'x\udc7f']:
    try:
        os.stat(bad)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    try:
        os.fsencode(bad)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
os.remove(os.path.join(root, name))
os.rmdir(root)
