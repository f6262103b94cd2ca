# chmod, truncate, ftruncate, fsync, dup, dup2, link, utime, umask, the ids, uname, kill.
import os

root = f'/tmp/aster_os_more_{os.getpid()}'
os.mkdir(root)
name = root + '/f'
with open(name, 'w') as f:
    f.write('0123456789')
os.chmod(name, 0o600)
print(oct(os.stat(name).st_mode & 0o777))
os.truncate(name, 4)
print(os.path.getsize(name))
fd = os.open(name, os.O_RDWR)
os.ftruncate(fd, 2)
os.fsync(fd)
print(os.fstat(fd).st_size)
fd2 = os.dup(fd)
print(fd2 != fd, os.read(fd2, 10))
fd3 = os.dup2(fd, fd2 + 5)
print(fd3 == fd2 + 5)
for x in (fd, fd2, fd3):
    os.close(x)
os.link(name, root + '/hard')
print(os.stat(name).st_nlink, os.path.samefile(name, root + '/hard'))
os.utime(name, (1000000000, 1234567890.5))
st = os.stat(name)
print(st.st_atime, st.st_mtime, st[8])
os.utime(name)
print(os.stat(name).st_mtime > 1234567890.5)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(type(os.getuid()).__name__, os.getuid() == os.geteuid(), type(os.getgid()).__name__, os.getgid() == os.getegid())
u = os.uname()
print(type(u).__name__, len(u), type(u.sysname).__name__, u[0] == u.sysname, repr(u).startswith('posix.uname_result(sysname='))
os.kill(os.getpid(), 0)
for call in (lambda: os.chmod(root + '/none', 0o600), lambda: os.truncate(root + '/none', 0),
             lambda: os.link(root + '/none', root + '/x'), lambda: os.utime(root + '/none'),
             lambda: os.utime(name, (1,)), lambda: os.dup(-1), lambda: os.kill(-99999999, 0),
             lambda: os.chmod(name, 'x'), lambda: os.getuid(1)):
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(root, 'ROOT'))
os.remove(root + '/hard')
os.remove(name)
os.rmdir(root)
