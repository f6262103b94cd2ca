# A socket the program drops is closed by the collector; one detached
# first is not.
import gc
import os
import socket

s = socket.socket(type=socket.SOCK_DGRAM)
fd = s.fileno()
print(repr(s.type), s.timeout)
os.fstat(fd)
del s
gc.collect()
try:
    os.fstat(fd)
except OSError as e:
    print('closed:', e)

s = socket.socket()
fd = s.detach()
del s
gc.collect()
print(os.fstat(fd) is not None)
os.close(fd)

# Many sockets dropped in a loop do not run out of descriptors.
for i in range(3000):
    socket.socket()
print('done')
