# Timeouts: a socket with a timeout waits with poll(2), then raises
# TimeoutError('timed out').
import socket

print(socket.timeout is TimeoutError, socket.getdefaulttimeout())

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
server.settimeout(0.05)
print(server.gettimeout(), server.getblocking())
try:
    server.accept()
except TimeoutError as e:
    print(type(e).__name__, repr(e), e.errno)
except socket.timeout:
    print('not reached')

client = socket.create_connection(server.getsockname(), timeout=0.05)
conn, _ = server.accept()
print(conn.gettimeout())
try:
    client.recv(10)
except socket.timeout as e:
    print('recv:', e)
try:
    client.recvfrom(10)
except OSError as e:
    print('recvfrom:', type(e).__name__, e)
conn.sendall(b'in time')
print(client.recv(10))
client.close()
conn.close()
server.close()

socket.setdefaulttimeout(0.05)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout())
s.close()
a, b = socket.socketpair()
print(a.gettimeout(), b.gettimeout())
try:
    a.recv(1)
except TimeoutError as e:
    print('socketpair:', e)
a.close()
b.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
for bad in (-1, 'x'):
    try:
        socket.setdefaulttimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
