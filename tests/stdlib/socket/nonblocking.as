# Non-blocking sockets: what the event loop relies on.
import socket

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
server.setblocking(False)
print(server.gettimeout(), server.getblocking())
try:
    server.accept()
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e.strerror, e)

client = socket.socket()
client.setblocking(False)
r = client.connect_ex(server.getsockname())
print(r in (0, 115))
conn, _ = server.accept()
print(conn.gettimeout(), conn.getblocking())
conn.setblocking(False)
print(client.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    conn.recv(10)
except BlockingIOError as e:
    print('recv:', e)
client.send(b'data')
print(conn.recv(10))

# Filling the send buffer: send returns less, then raises.
client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
total = 0
try:
    while True:
        total += client.send(b'x' * 65536)
except BlockingIOError as e:
    print('send:', e)
print(total > 0)
client.close()
conn.close()

# A non-blocking connect to a listening socket is in progress.
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(client.type, client.gettimeout())
try:
    client.connect(server.getsockname())
    print('connected at once')
except BlockingIOError as e:
    print('connect:', e)
client.close()
server.close()

s = socket.socket()
s.settimeout(0)
print(s.getblocking(), s.gettimeout())
s.settimeout(None)
print(s.getblocking(), s.gettimeout())
s.setblocking(True)
s.settimeout(2.5)
print(s.getblocking(), s.gettimeout())
s.close()
