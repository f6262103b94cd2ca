# Datagrams sent to oneself, over IPv4 and IPv6.
import socket

for family, host in ((socket.AF_INET, '127.0.0.1'), (socket.AF_INET6, '::1')):
    s = socket.socket(family, socket.SOCK_DGRAM)
    print(repr(s.family), repr(s.type), s.proto)
    s.bind((host, 0))
    addr = s.getsockname()
    print(len(addr), addr[0])
    print(s.sendto(b'one', addr))
    print(s.sendto(b'two', 0, addr))
    data, sender = s.recvfrom(100)
    print(data, sender == addr)
    print(s.recv(1))
    try:
        s.recvfrom(10, socket.MSG_DONTWAIT)
    except BlockingIOError as e:
        print(type(e).__name__, e.errno, e)
    s.connect(addr)
    s.send(b'connected')
    print(s.recv(100))
    print(s.getpeername() == addr)
    s.close()

# A datagram larger than the buffer is cut short.
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
s.sendto(b'0123456789', s.getsockname())
print(s.recv(4))
s.close()

# Port 0 ('' means any address)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('', 0))
print(s.getsockname()[0])
s.close()
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(('', 0))
addr = s.getsockname()
print(addr[0], addr[2:])
s.close()
