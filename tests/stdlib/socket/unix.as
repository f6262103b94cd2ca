# AF_UNIX: socketpair, paths in a fresh directory, abstract names.
import os
import socket

a, b = socket.socketpair()
print(repr(a.family), repr(a.type), a.proto)
print(repr(a.getsockname()), repr(a.getpeername()))
a.sendall(b'over the pair')
print(b.recv(100))
a.close()
print(b.recv(10))
b.close()

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b'datagram')
print(b.recvfrom(100))
a.close()
b.close()

directory = f'/tmp/aster-socket-test-{os.getpid()}'
os.mkdir(directory)
path = directory + '/sock'
try:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    print(server.getsockname() == path, os.path.exists(path))
    client = socket.socket(socket.AF_UNIX)
    client.connect(path)
    conn, addr = server.accept()
    print(repr(addr), client.getpeername() == path, repr(client.getsockname()))
    client.sendall(b'unix')
    print(conn.recv(10))
    text = repr(conn).replace(path, 'PATH')
    print(text[:text.find('fd=')] + text[text.find('family='):])
    for s in (client, conn, server):
        s.close()
    try:
        socket.socket(socket.AF_UNIX).connect(directory + '/missing')
    except FileNotFoundError as e:
        print(e)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(path)
    except OSError as e:
        print(type(e).__name__, e)
    server.close()
finally:
    os.unlink(path)
    os.rmdir(directory)

name = f'\0aster-socket-test-{os.getpid()}'
server = socket.socket(socket.AF_UNIX)
server.bind(name)
print(server.getsockname() == name.encode())
server.listen()
client = socket.socket(socket.AF_UNIX)
client.connect(name)
conn, _ = server.accept()
conn.sendall(b'abstract')
print(client.recv(10))
for s in (client, conn, server):
    s.close()
try:
    socket.socket(socket.AF_UNIX).bind('x' * 200)
except OSError as e:
    print(e)
