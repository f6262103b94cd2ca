# Failures: the OSError subclasses of errno with CPython's messages, and
# the argument errors.
import socket


def attempt(label, f):
    try:
        result = f()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__, e)


print(socket.error is OSError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.gaierror.__name__)

# A port nobody listens on: bind a socket to get one, then close it.
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
address = probe.getsockname()
probe.close()
s = socket.socket()
attempt('refused', lambda: s.connect(address))
s.close()
s = socket.socket()
print('connect_ex', s.connect_ex(address))
s.close()
attempt('create_connection', lambda: socket.create_connection(address))
attempt('all_errors', lambda: socket.create_connection(address, all_errors=True))

# Writing to a closed peer: BrokenPipeError, not SIGPIPE.
a, b = socket.socketpair()
b.close()
attempt('broken pipe', lambda: a.sendall(b'x' * 100000))
a.close()

# A peer that closes with unread data resets the connection.
server = socket.create_server(('127.0.0.1', 0))
client = socket.create_connection(server.getsockname())
conn, _ = server.accept()
client.sendall(b'unread')
conn.close()
attempt('reset', lambda: (client.send(b'more'), client.recv(10)))
client.close()
attempt('bind in use', lambda: socket.socket().bind(server.getsockname()))
try:
    socket.create_server(server.getsockname())
except OSError as e:
    print('create_server in use', type(e).__name__, e.errno, str(e).replace(str(server.getsockname()[1]), 'PORT'))
server.close()

s = socket.socket()
attempt('bind str', lambda: s.bind('x'))
attempt('bind short', lambda: s.bind(('x',)))
attempt('bind host int', lambda: s.bind((1, 2)))
attempt('bind port str', lambda: s.bind(('127.0.0.1', 'a')))
attempt('bind port big', lambda: s.bind(('127.0.0.1', 70000)))
attempt('bind port negative', lambda: s.bind(('127.0.0.1', -1)))
attempt('connect triple', lambda: s.connect(('127.0.0.1', 1, 2)))
attempt('send str', lambda: s.send('abc'))
attempt('recv str', lambda: s.recv('a'))
attempt('recv negative', lambda: s.recv(-1))
attempt('settimeout negative', lambda: s.settimeout(-1))
attempt('settimeout str', lambda: s.settimeout('a'))
attempt('setsockopt str', lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 'a'))
attempt('getsockopt 0', lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0))
attempt('getsockopt 4', lambda: len(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)))
attempt('getsockopt big', lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
attempt('listen str', lambda: s.listen('a'))
attempt('getpeername', lambda: s.getpeername())
attempt('shutdown', lambda: s.shutdown(socket.SHUT_RD))
attempt('sendto 1', lambda: s.sendto(b'x'))
attempt('sendto 4', lambda: s.sendto(b'x', 1, 2, 3))
attempt('recv_into bytes', lambda: s.recv_into(b'x'))
attempt('recv_into small', lambda: s.recv_into(bytearray(2), 5))
attempt('recv_into negative', lambda: s.recv_into(bytearray(2), -1))
s.close()
attempt('closed recv', lambda: s.recv(1))
attempt('closed fileno', lambda: s.fileno())
attempt('closed getsockname', lambda: s.getsockname())
attempt('closed send', lambda: s.send(b'x'))
attempt('closed close', lambda: s.close())

attempt('family 99', lambda: socket.socket(99))
attempt('family str', lambda: socket.socket('a'))
attempt('fileno bad', lambda: socket.socket(fileno=9999))
attempt('close bad', lambda: socket.close(9999))
u = socket.socket(socket.AF_UNIX)
attempt('unix bind int', lambda: u.bind(1))
attempt('unix bind missing', lambda: u.bind('/nonexistent/dir/x'))
attempt('unix getsockname', lambda: u.getsockname())
u.close()
s6 = socket.socket(socket.AF_INET6)
attempt('inet6 bind 5', lambda: s6.bind(('::1', 0, 1, 2, 3)))
attempt('inet6 bind 1', lambda: s6.bind(('::1',)))
attempt('inet6 bind str', lambda: s6.bind('::1'))
attempt('inet6 getsockname', lambda: s6.getsockname())
s6.close()
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt('recvfrom negative', lambda: d.recvfrom(-1))
d.close()
