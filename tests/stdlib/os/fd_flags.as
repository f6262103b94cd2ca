# pipe2, the blocking and inheritable flags, closerange, pidfd_open.
import os
import select
import subprocess

r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(r)
os.close(w)

r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r))
os.closerange(r, w + 1)
for fd in (r, w):
    try:
        os.get_blocking(fd)
    except OSError as e:
        print(e)

r, w = os.pipe2(0)
print(os.get_inheritable(r), os.get_blocking(r))
os.close(r)
os.close(w)

p = subprocess.Popen(['sleep', '0.2'])
fd = os.pidfd_open(p.pid)
print(select.select([fd], [], [], 0)[0])
print(select.select([fd], [], [], 10)[0] == [fd])
os.close(fd)
print(p.wait())
print(os.WNOHANG, os.WUNTRACED, os.O_NONBLOCK, os.O_CLOEXEC)
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
