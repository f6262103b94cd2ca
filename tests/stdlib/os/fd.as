# File descriptors: open, write, lseek, read, close, pipe, isatty.
import os

name = f'/tmp/aster_os_fd_{os.getpid()}'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello world'))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5), os.lseek(fd, 0, os.SEEK_END))
print(os.isatty(fd))
os.close(fd)
os.remove(name)
r, w = os.pipe()
print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
for call in [lambda: os.close(r), lambda: os.read(r, 1), lambda: os.write(w, b'x')]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.write(1, 'text')
except TypeError as e:
    print(e)
try:
    os.open(name, os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
try:
    os.read(0, -1)
except OSError as e:
    print(e)
print(os.O_RDONLY, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK)
