# os.access and its R_OK/W_OK/X_OK modes, the O_APPEND/O_EXCL/
# O_NONBLOCK/O_CLOEXEC open flags, os.defpath and os.DirEntry, all in a
# fresh directory of the test's own.
import os

root = f'/tmp/aster_os_more_{os.getpid()}'
os.mkdir(root)
path = root + '/data.txt'

print(os.F_OK == 0, os.R_OK, os.W_OK, os.X_OK)
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
os.write(fd, b'one\n')
os.close(fd)
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e.errno == 17)

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'two\n')
os.close(fd)
with open(path) as f:
    print(repr(f.read()))

fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
print(os.read(fd, 3))
os.close(fd)
print(len({os.O_APPEND, os.O_EXCL, os.O_NONBLOCK, os.O_CLOEXEC}))

os.chmod(path, 0o640)
print(os.access(path, os.F_OK), os.access(path, os.R_OK | os.W_OK),
      os.access(path, os.X_OK))
os.chmod(path, 0o750)
print(os.access(path, os.X_OK), os.access(root, os.R_OK | os.X_OK))
print(os.access(root + '/missing', os.F_OK), os.access(root + '/missing', os.R_OK))
try:
    os.access(path)
except TypeError as e:
    print('TypeError')

print(isinstance(os.defpath, str), ':' in os.defpath, '/bin' in os.defpath.split(':'))

os.mkdir(root + '/sub')
with os.scandir(root) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(type(e) is os.DirEntry, e.name, e.path == os.path.join(root, e.name),
          e.is_dir(), e.is_file(), e.is_symlink())
print(entries[0].stat().st_size, os.fspath(entries[0]) == path)
print(repr(entries[0]))
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)

os.remove(path)
os.rmdir(root + '/sub')
os.rmdir(root)
print(os.path.exists(root))
