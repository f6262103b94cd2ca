# select.select and select.poll on pipes.
import os
import select

r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b'x')
print(select.select([r], [w], [], 0.0))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


rw = Wrapper(r)
print(select.select([rw], [], [], 1)[0] == [rw])
with open(r, 'rb', closefd=False) as f:
    print(select.select([f], [], [])[0] == [f])

p = select.poll()
p.register(r, select.POLLIN)
p.register(Wrapper(w), select.POLLOUT)
print(sorted(p.poll(0)))
p.modify(w, select.POLLIN)
print(p.poll(10.5))
print(os.read(r, 1), p.poll(0))
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print('KeyError', e)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
os.close(w)
print(p.poll(), p.poll(None), p.poll(-1))
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
os.close(r)
p = select.poll()
p.register(r)
print(p.poll(0))
